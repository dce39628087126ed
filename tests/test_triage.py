"""The page triage: long documents are read only where they can hold what we extract, and what
comes out is the same as reading every page."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.document import read_document
from extract.read.triage import load_cues, pages_to_read, triage
from extract.settings import Settings
from tests.conftest import REAL, SAMPLE_PDFS

CUES = load_cues()
NARRATIVE = ("12. On 3 March 2019 the health visitor visited the family home. The learning from\n"
             "this episode is reflected in\nrecommendation 4 in Appendix A. The safeguarding\n"
             "lead referred the case to the school nurse.\n")


def test_a_heading_is_a_cue_and_the_page_after_it_is_read() -> None:
    texts = ["Serious Case Review: Child D", NARRATIVE, NARRATIVE, "8. Recommendations\n1. The Board should",
             "2. The partnership should audit", NARRATIVE, NARRATIVE]
    assert pages_to_read(texts, CUES) == (1, 4, 5, 6)


def test_a_word_wrapped_onto_a_line_is_no_cue() -> None:
    assert pages_to_read(["Title", NARRATIVE, NARRATIVE], CUES) == (1,)


def test_a_plan_without_its_header_repeated_is_followed_while_rows_continue() -> None:
    header = "Recommendation\nLead\nProgress at 30.9.24\n1. The Board should review\n"
    rows = "4. The CCG should\nIn progress\n"
    texts = ["Report", NARRATIVE, header, rows, rows, "Complete\n", NARRATIVE, NARRATIVE]
    assert pages_to_read(texts, CUES) == (1, 3, 4, 5, 6, 7)


@pytest.mark.parametrize("line", ["The Cabinet is RECOMMENDED to note the progress made.",
                                  "Progress is reported as at 30 September 2024.",
                                  "Issues raised in the review include:"])
def test_decisions_dates_and_findings_lead_ins_are_cues(line: str) -> None:
    assert pages_to_read(["Title", NARRATIVE, NARRATIVE + line + "\n", NARRATIVE, NARRATIVE], CUES) == (1, 3, 4)


def test_the_first_page_with_text_is_always_read() -> None:
    assert pages_to_read(["", "  ", NARRATIVE, NARRATIVE], CUES) == (3,)


def test_short_documents_and_the_switch_read_every_page(long_documents: Path) -> None:
    data = next(long_documents.glob("*.pdf")).read_bytes()
    assert triage(data, Settings(triage=False)) is None
    assert triage(data, Settings(triage_min_pages=10_000)) is None
    assert triage(b"not a pdf", Settings()) is None


def test_triage_reads_a_fraction_of_the_pages_and_finds_the_same(long_documents: Path) -> None:
    pdfs = sorted(long_documents.glob("*.pdf"))
    assert len(pdfs) == 4
    for pdf in pdfs:
        data = pdf.read_bytes()
        chosen = triage(data, Settings())
        assert chosen is not None and chosen.pages >= 10
        assert len(chosen.read) <= chosen.pages / 2, f"{pdf.name}: read {chosen.read} of {chosen.pages}"
        fast, full = read_document(data, pdf.name, Settings()), read_document(data, pdf.name, Settings(triage=False))
        assert fast.recommendations and fast.pages == full.pages == chosen.pages
        assert fast == full, pdf.name


@pytest.mark.parametrize("pdf", [p for p in SAMPLE_PDFS if REAL not in p.parents], ids=lambda p: p.stem)
def test_every_sample_is_the_same_with_triage_forced_on(pdf: Path) -> None:
    """The generated samples (the real ones are scored with triage as run, test_real_corpus)."""
    data = pdf.read_bytes()
    forced, off = Settings(triage_min_pages=1), Settings(triage=False)
    assert read_document(data, pdf.name, forced) == read_document(data, pdf.name, off)


def test_a_title_naming_the_recommendations_does_not_bring_in_page_two() -> None:
    title = "Serious Case Review: Child D\nRecommendations: progress report\n" + NARRATIVE * 3
    assert pages_to_read([title, NARRATIVE, NARRATIVE], CUES) == (1,)
    assert pages_to_read([title, "3 The CCG should audit\nGreen Complete.\n", NARRATIVE], CUES) == (1, 2, 3)


def test_a_numbered_header_row_is_a_cue() -> None:
    assert pages_to_read(["Title", NARRATIVE, "No. Recommendation Action(s) Lead\n", NARRATIVE], CUES) == (1, 3, 4)


def test_a_heading_an_analyst_adds_to_the_vocabularies_is_a_cue_too(tmp_path: Path) -> None:
    """A section heading (sections.jsonl) or a column heading (columns.jsonl) added in a rules
    folder brings its page in without a triage regex of its own; a number label does not."""
    (tmp_path / "sections.jsonl").write_text('{"label": "recommendations", "pattern": "matters requiring attention"}\n')
    (tmp_path / "columns.jsonl").write_text('{"label": "progress", "pattern": [{"LOWER": "where"}, {"LOWER": "we"}, '
                                            '{"LOWER": "are"}]}\n{"label": "number", "pattern": "item"}\n')
    texts = ["Title", NARRATIVE, "3. Matters Requiring Attention", NARRATIVE, NARRATIVE, "Where we are   Lead", NARRATIVE,
             NARRATIVE, "Item 4 of the agenda", NARRATIVE, NARRATIVE]
    assert pages_to_read(texts, load_cues(None)) == (1,)
    assert pages_to_read(texts, load_cues(tmp_path)) == (1, 3, 4, 6, 7)


def test_a_heading_cue_needs_the_heading_at_a_line_start_in_capitals(tmp_path: Path) -> None:
    (tmp_path / "sections.jsonl").write_text('{"label": "recommendations", "pattern": "matters requiring attention"}\n')
    cues = load_cues(tmp_path)
    for line in ("The report lists matters requiring attention", "matters requiring attention were"):
        assert not cues.start(line, line.lower()), line
    assert cues.start("MATTERS REQUIRING ATTENTION", "matters requiring attention")
