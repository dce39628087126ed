"""`actionplan eval`: pairing and scoring on synthetic records, finding truth files, the peers'
intact-row rule, and one real run on the archetype sample."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from pipelines.evaluation.matching import Numbered, pair_records
from pipelines.evaluation.peers import PeerJob, availability, intact, measure
from pipelines.evaluation.scoring import score_document_fields, score_records
from pipelines.evaluation.textnorm import exact
from pipelines.evaluation.truth import truth_for
from tests.conftest import SAMPLES, run_cli

ARCHETYPE = SAMPLES / "child-h-cabinet-report.pdf"
ARCHETYPE_TRUTH = SAMPLES / "child-h-cabinet-report.truth.json"

TEXTS = ["The Board should publish a multi-agency neglect strategy within six months.",
         "Health visitors should record the name of every adult living in the household at each visit.",
         "Children's Social Care should audit the use of written agreements with parents."]


def rec(number: str, text: str, **fields: str) -> dict[str, str]:
    return {"number": number, "text": text, **fields}


def truth_records() -> list[dict[str, str]]:
    return [rec(str(i + 1), text, lead="Public Health", status="in_progress") for i, text in enumerate(TEXTS)]


def test_perfect_prediction_scores_one() -> None:
    counts, fields, mismatches = score_records("a.pdf", truth_records(), truth_records())
    assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)
    assert all(fields[name].correct == fields[name].total == 3 for name in ("number", "text", "lead", "status"))
    assert mismatches == []


def test_a_missing_record_lowers_recall_only() -> None:
    counts, fields, mismatches = score_records("a.pdf", truth_records(), truth_records()[:2])
    assert counts.precision == 1.0 and counts.recall == pytest.approx(2 / 3)
    assert fields["lead"].correct == 2 and fields["lead"].total == 3, "a missed record is wrong in every field"
    assert [(m.number, m.field, m.got) for m in mismatches] == [("3", "record", "")]


def test_an_extra_record_lowers_precision_only() -> None:
    predicted = truth_records() + [rec("4", "Schools should nominate a designated safeguarding lead.")]
    counts, _, mismatches = score_records("a.pdf", truth_records(), predicted)
    assert counts.recall == 1.0 and counts.precision == pytest.approx(3 / 4)
    assert [(m.number, m.field, m.expected) for m in mismatches] == [("4", "record", "")]


def test_a_split_record_is_a_miss_and_false_positives() -> None:
    words = TEXTS[1].split()
    halves = [rec("2", " ".join(words[:8])), rec("", " ".join(words[8:]))]
    predicted = [truth_records()[0], *halves, truth_records()[2]]
    counts, _, mismatches = score_records("a.pdf", truth_records(), predicted)
    assert (counts.matched, counts.truth, counts.predicted) == (2, 3, 4)
    assert counts.recall == pytest.approx(2 / 3) and counts.precision == pytest.approx(2 / 4)
    assert sorted((m.field, bool(m.expected)) for m in mismatches) == [
        ("record", False), ("record", False), ("record", True)]


def test_whitespace_only_differences_are_still_exact() -> None:
    truth = [rec("1", "Review the policy:\nfirst paragraph.\nSecond  one.", lead="Public Health")]
    predicted = [rec("1", "  Review  the\tpolicy: \n first paragraph. \nSecond one. ", lead="Public\t Health ")]
    _, fields, mismatches = score_records("a.pdf", truth, predicted)
    assert fields["text"].correct == fields["lead"].correct == 1 and mismatches == []
    assert exact("a \n b") == "a\nb" and exact("a\nb") != exact("a b"), "paragraph breaks still count"


def test_a_wrong_field_is_a_mismatch_of_its_matched_record() -> None:
    predicted = truth_records()
    predicted[1] = {**predicted[1], "lead": "Police"}
    counts, fields, mismatches = score_records("a.pdf", truth_records(), predicted)
    assert counts.f1 == 1.0 and fields["lead"].correct == 2
    assert [(m.number, m.field, m.expected, m.got) for m in mismatches] == [("2", "lead", "Public Health", "Police")]


def test_keys_absent_from_the_truth_are_not_scored() -> None:
    truth = [{"number": "1", "text": TEXTS[0]}]
    _, fields, _ = score_records("a.pdf", truth, [rec("1", TEXTS[0], lead="Anyone", rag="red")])
    assert fields["lead"].total == fields["rag"].total == 0 and fields["text"].total == 1


def test_no_recommendations_expected_or_predicted_is_perfect() -> None:
    counts, _, _ = score_records("a.pdf", [], [])
    assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)
    counts, _, _ = score_records("a.pdf", [], truth_records()[:1])
    assert counts.precision == 0.0 and counts.f1 == 0.0


def test_equal_texts_pair_by_number() -> None:
    truth = [Numbered("1", TEXTS[0]), Numbered("2", TEXTS[0])]
    pairing = pair_records(truth, [Numbered("2", TEXTS[0]), Numbered("1", TEXTS[0])])
    assert [(p.truth, p.predicted) for p in pairing.pairs] == [(0, 1), (1, 0)]


def test_document_fields_without_a_column_are_not_scored() -> None:
    truth = {"title": "Child H", "decision": "noted", "committee": "Cabinet"}
    row = {"title": "Child  H", "committee": "Council"}
    tallies, mismatches = score_document_fields("a.pdf", truth, row, ["title", "committee"])
    assert set(tallies) == {"title", "committee"}
    assert tallies["title"].correct == 1 and tallies["committee"].correct == 0
    assert [m.field for m in mismatches] == ["document.committee"]


def test_truth_is_found_for_a_producer_rendering(tmp_path: Path) -> None:
    (tmp_path / "sar-adult-b.truth.json").write_text("{}")
    link = truth_for(tmp_path / "sar-adult-b--reportlab.pdf")
    assert link is not None and link.path == tmp_path / "sar-adult-b.truth.json"
    assert link.producer == "reportlab"
    plain = truth_for(tmp_path / "sar-adult-b.pdf")
    assert plain is not None and plain.producer == ""
    assert truth_for(tmp_path / "other--reportlab.pdf") is None


def test_peer_rows_count_only_when_intact() -> None:
    record = Numbered("3", "Pre-birth conferences should be held at least one month before delivery.")
    wrapped = "Pre-birth conferences should be\nheld at least one month before\ndelivery."
    assert intact([("3. " + wrapped, "Health")], record)
    assert intact([("R3 " + wrapped, "Health")], record)
    assert intact([("3", wrapped, "Health")], record)
    broken = [("3. Pre-birth conferences should be", "Health"), ("held at least one month before delivery.", "")]
    assert not intact(broken, record), "a row broken in two is not intact"
    assert not intact([("4", wrapped)], Numbered("3", "Something else entirely."))


def test_a_peer_that_cannot_run_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    job = PeerJob("a.pdf", tmp_path / "a.pdf", (Numbered("1", TEXTS[0]),))
    monkeypatch.setitem(sys.modules, "camelot", None)  # as if camelot-py were not installed
    missing = measure("camelot", job)
    assert missing.unavailable and "camelot-py is not installed" in missing.error
    broken = measure("pdfplumber", job)  # no such file: the tool's own error
    assert broken.intact == 0 and broken.error and not broken.unavailable
    assert availability("camelot", [missing]) == missing.error


def test_eval_on_the_archetype_sample(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARCHETYPE, folder / ARCHETYPE.name)
    shutil.copy(ARCHETYPE_TRUTH, folder / ARCHETYPE_TRUTH.name)
    result = run_cli("eval", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    report = json.loads((tmp_path / "out" / "eval.json").read_text(encoding="utf-8"))
    assert report["overall"]["recommendations"]["f1"] == 1.0
    assert report["by_family"]["archetype"]["fields"]["text"]["accuracy"] == 1.0
    assert report["mismatches"] == [] and report["skipped"] == []
    assert (tmp_path / "out" / "run" / "recommendations.csv").is_file()
    tools = report["peers"]["tools"]
    assert set(tools) == {"pdfplumber", "camelot"}
    assert all(t["available"] for t in tools.values()), tools  # both are dev dependencies
    assert report["peers"]["overall"]["ours_exact_text"] == 7
    assert "archetype" in result.stdout and "Traceback" not in result.stderr


def test_eval_of_no_such_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("eval", str(tmp_path / "missing"), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "no such folder" in result.stderr
