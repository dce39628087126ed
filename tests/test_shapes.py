"""The shapes of printed text read from `extract/rules/patterns/shapes/*.jsonl` (issue 14: the
word lists and regexes that lived in Python): each file loads, each shape reads what its header
says, and a broken file is a RulesInvalid naming the file and the line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.context import Context
from extract.fields.meeting import committee_part, is_council_name
from extract.fields.status import rated, read_status
from extract.read.furniture import _PAGE_NUMBER
from extract.read.paragraphs import is_bullet, strip_bullet
from extract.rules import shapes
from extract.rules.pattern_files import RulesInvalid, jsonl_lines
from extract.settings import Settings
from extract.values import Rag, Status


@pytest.fixture
def own_shapes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A shapes folder of the test's own, the cache emptied before and after."""
    shapes.shape.cache_clear()
    monkeypatch.setattr(shapes, "SHAPES", tmp_path)
    yield tmp_path
    shapes.shape.cache_clear()


def test_every_label_of_every_shape_file_compiles() -> None:
    files = sorted(shapes.SHAPES.glob("*.jsonl"))
    assert {path.stem for path in files} >= {"bullets", "list_numbers", "page_numbers", "contents_lines",
                                             "meeting_lines", "number_labels"}
    for path in files:
        labels = {row["label"] for _, row in jsonl_lines(path)}
        assert labels and all(shapes.shape(path.stem, label).pattern for label in labels)


def test_a_bullet_is_taken_off_the_start_only() -> None:
    assert [is_bullet(t) for t in ("• Item", "o Sub-item", "(cid:127)Item", "\uf0b7 Item", "-5 degrees", "Item")] == \
        [True, True, True, True, False, False]
    assert strip_bullet("➢ Train staff") == "Train staff"
    assert strip_bullet("Train staff • now") == "Train staff • now"


@pytest.mark.parametrize("line, page_number", [("3", True), ("- 3 -", True), ("page 3 of 12", True), ("3/12", True),
                                                ("3 recommendations", False), ("2024 12 31", False)])
def test_a_page_number_alone_is_one(line: str, page_number: bool) -> None:
    assert bool(_PAGE_NUMBER.match(line)) is page_number


def test_the_meeting_line_shapes_cut_the_council_label_and_lead_in() -> None:
    ctx = Context.of(Settings())
    assert is_council_name("ANYTOWN DISTRICT COUNCIL") and not is_council_name("Full Council")
    assert committee_part("Report to the Children and Young People Scrutiny Panel", ctx) == \
        "Children and Young People Scrutiny Panel"
    assert committee_part("Executive Meeting: 5 March 2025", ctx) == "Executive"


def test_a_rating_stands_for_the_status_its_pattern_names() -> None:
    ctx = Context.of(Settings())
    assert rated("B", ctx) == (Rag.BLUE, Status.COMPLETE)
    assert rated("Amber", ctx) == (Rag.AMBER, Status.IN_PROGRESS)
    assert read_status("", "", ctx, "Green") == (Status.IN_PROGRESS, "RAG Green")
    assert read_status("", "", ctx, "purple") == (Status.UNKNOWN, "")


def test_a_label_no_line_has_is_named(own_shapes: Path) -> None:
    (own_shapes / "bullets.jsonl").write_text('{"label": "bullet", "regex": "•\\\\s+"}\n')
    assert shapes.shape("bullets", "bullet").match("• x")
    with pytest.raises(RulesInvalid, match=r"bullets.jsonl: no line with label 'dash'"):
        shapes.shape("bullets", "dash")


def test_a_regex_python_cannot_compile_names_its_line(own_shapes: Path) -> None:
    (own_shapes / "page_numbers.jsonl").write_text('// numbers\n{"label": "page_number", "regex": "(\\\\d+"}\n')
    with pytest.raises(RulesInvalid, match=r"page_numbers.jsonl line 2: regex: missing \)"):
        shapes.shape("page_numbers", "page_number")
