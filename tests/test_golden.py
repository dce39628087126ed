"""Every sample against its expected output: every field of every feed of every sample PDF
(tests/golden/, written by `make golden`: a change that moves any field shows in its diff), each
generated document's records against its truth file (written from the page, never from our
output), and the corpus as a whole against the bar."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipelines.evaluation.evaluate import Evaluation
from pipelines.evaluation.totals import summarise
from pipelines.evaluation.truth import truth_for
from tests.conftest import GOLDEN, REAL, SAMPLE_PDFS, SAMPLES, golden, golden_path, read_csv

FEEDS = ("recommendations", "documents", "findings", "actions")
GOLDEN_PDFS = [p for p in SAMPLE_PDFS if golden_path(p).is_file()]
TRUTH_PDFS = [p for p in SAMPLE_PDFS if truth_for(p) is not None]
#: the generated samples, each held to its truth exactly (the real corpus is held to its floors
#: as a whole, in test_real_corpus.py)
GENERATED_PDFS = [p for p in TRUTH_PDFS if REAL not in p.parents]
#: fields the layout decides (the language fields, status and addressee, are scored by the eval)
LAYOUT_FIELDS = ("number", "text", "lead", "progress", "source", "rag", "target_text", "target_date")
ACTION_FIELDS = ("text", "lead", "target_text", "rag", "progress")


def rows_for(out: Path, feed: str, pdf: Path) -> list[dict[str, str]]:
    name = pdf.relative_to(SAMPLES).as_posix()
    return [row for row in read_csv(out / f"{feed}.csv") if row["source_file"] in (name, pdf.name)]


def truth_of(pdf: Path) -> dict[str, Any]:
    link = truth_for(pdf)
    assert link is not None
    return json.loads(link.path.read_text(encoding="utf-8"))


def test_every_sample_has_an_expected_output() -> None:
    assert len(SAMPLE_PDFS) >= 129, "sample PDFs missing"
    assert [p for p in SAMPLE_PDFS if p not in GOLDEN_PDFS] == []
    assert sorted(GOLDEN.rglob("*.json")) == sorted(golden_path(p) for p in SAMPLE_PDFS), "a golden file without its PDF"


@pytest.mark.parametrize("feed", FEEDS)
@pytest.mark.parametrize("pdf", GOLDEN_PDFS, ids=lambda p: p.stem)
def test_feed_matches_golden(sample_run: Path, pdf: Path, feed: str) -> None:
    expected = golden(pdf)[feed]
    actual = rows_for(sample_run, feed, pdf)
    assert len(actual) == len(expected)
    for want, got in zip(expected, actual):
        assert list(got) == list(want), "columns and their order"
        for column in want:
            assert got[column] == want[column], f"{feed} row {want.get('number', '')}: {column}"


@pytest.mark.parametrize("pdf", GENERATED_PDFS, ids=lambda p: p.stem)
def test_records_match_truth(sample_run: Path, pdf: Path) -> None:
    truth = truth_of(pdf)
    got = rows_for(sample_run, "recommendations", pdf)
    assert [r["number"] for r in got] == [t["number"] for t in truth["recommendations"]]
    for want, row in zip(truth["recommendations"], got):
        for field in LAYOUT_FIELDS:
            if field in want:
                assert row[field] == want[field], f"recommendation {want['number']}: {field}"
    [doc] = rows_for(sample_run, "documents", pdf)
    assert doc["status"] == truth["document"]["status"]


@pytest.mark.parametrize("pdf", [p for p in GENERATED_PDFS if any("actions" in r for r in truth_of(p)["recommendations"])],
                         ids=lambda p: p.stem)
def test_actions_match_truth(sample_run: Path, pdf: Path) -> None:
    want = [(rec["number"], i, action) for rec in truth_of(pdf)["recommendations"]
            for i, action in enumerate(rec.get("actions", []), 1)]
    numbers = {r["recommendation_id"]: r["number"] for r in rows_for(sample_run, "recommendations", pdf)}
    got = rows_for(sample_run, "actions", pdf)
    assert [(numbers[a["recommendation_id"]], int(a["number"])) for a in got] == [(n, i) for n, i, _ in want]
    for (number, i, action), row in zip(want, got):
        for field in ACTION_FIELDS:
            if field in action:
                assert row[field] == action[field], f"recommendation {number} action {i}: {field}"


def test_the_corpus_meets_the_bar(sample_eval: Evaluation) -> None:
    """The generated samples: record F1 >= 0.98; text exact, lead and progress >= 0.97 (issue 3's
    floors); the language fields, addressee >= 0.99 and status >= 0.97 (291 of 299 on 2026-12-01)."""
    generated = [s for s in sample_eval.scores if not s.document.startswith("real/")]
    assert len(generated) == len(GENERATED_PDFS)
    total = summarise(generated)
    assert total.records.f1 >= 0.98
    floors = {"text": 0.97, "lead": 0.97, "progress": 0.97, "addressee": 0.99, "status": 0.97}
    for field, floor in floors.items():
        assert total.fields[field].total >= 250, field
        assert (total.fields[field].accuracy or 0) >= floor, field
