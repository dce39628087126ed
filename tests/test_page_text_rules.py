"""Focused tests of the small steps that read a page's text and a plan's columns: footnote
marks, running headers with page numbers, a paragraph ended short or a list without bullets in
a cell, and which column answers a recommendation."""

from __future__ import annotations

from typing import Any

import pytest

from extract.model import BBox, Column, Line, RecommendationTable, Segment
from extract.read.footnote_marks import note_marks
from extract.read.furniture import running_key
from extract.read.paragraphs import ended_short, list_indent, text_margin
from extract.recommendations import answer_role
from extract.settings import ReadingSettings
from extract.values import Role


def char(text: str, x0: float, size: float = 10.0, bottom: float = 100.0) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + size * 0.5, "size": size, "bottom": bottom}


def test_a_small_raised_digit_after_a_word_is_a_footnote_mark() -> None:
    word = [char(c, 10 + 5 * i) for i, c in enumerate("services.")]
    mark = char("1", word[-1]["x1"] + 0.2, size=6.0, bottom=96.0)
    assert note_marks([*word, mark], ReadingSettings()) == {id(mark)}


@pytest.mark.parametrize("size, bottom", [(10.0, 96.0), (6.0, 100.0), (6.0, 102.0)],
                         ids=["full size", "not raised", "a subscript"])
def test_a_digit_full_size_or_on_the_line_or_below_it_is_text(size: float, bottom: float) -> None:
    word = [char(c, 10 + 5 * i) for i, c in enumerate("CO")]
    digit = char("2", word[-1]["x1"] + 0.2, size=size, bottom=bottom)
    assert note_marks([*word, digit], ReadingSettings()) == set()


def test_a_digit_apart_from_the_word_before_it_is_no_mark() -> None:
    word = [char(c, 10 + 5 * i) for i, c in enumerate("page")]
    assert note_marks([*word, char("3", word[-1]["x1"] + 20, size=6.0, bottom=96.0)], ReadingSettings()) == set()


def test_a_running_header_numbered_at_either_end_is_one_header() -> None:
    assert running_key("Annual report #") == running_key("# Annual report") == "Annual report"
    assert running_key("#") == "#"  # a page number alone stays what it is


def line(text: str, x0: float, x1: float, top: float = 0.0, size: float = 10.0) -> Line:
    first = text.split(" ", 1)[0]
    return Line(text, 1, BBox(x0, top, x1, top + size), size, False, (Segment(x0, x0 + 5 * len(first), first),))


def test_a_sentence_closed_well_short_of_the_margin_ends_its_paragraph() -> None:
    assert ended_short(line("The plan is due by March.", 50, 200), line("Review the guidance", 50, 400), 400)
    assert not ended_short(line("The plan is due by the end of March.", 50, 390), line("Review it", 50, 400), 400)
    assert not ended_short(line("The plan covers the", 50, 200), line("training offer", 50, 400), 400)


def test_a_list_without_bullets_is_indented_under_a_lead_in_ending_with_a_colon() -> None:
    lead_in = line("The plan includes:", 50, 300)
    first = line("Training for all staff", 70, 250)
    assert list_indent(lead_in, first, None) == 70
    assert list_indent(first, line("Audit of referrals", 70, 240), 70) == 70
    assert list_indent(first, line("The Board will report", 50, 300), 70) is None
    assert list_indent(line("The plan includes", 50, 300), first, None) is None


def test_a_cells_margin_needs_three_lines_to_show() -> None:
    assert text_margin([line("a", 50, 300), line("b", 50, 310)]) is None
    assert text_margin([line("a", 50, 300), line("b", 50, 310), line("c", 50, 120)]) == 310


@pytest.mark.parametrize("roles, answer", [
    ((Role.RECOMMENDATION, Role.ACTION, Role.LEAD), "action"),
    ((Role.RECOMMENDATION, Role.ACTION, Role.PROGRESS), "progress"),
    ((Role.RECOMMENDATION, Role.PROGRESS), "progress"),
    ((Role.RECOMMENDATION, Role.LEAD), "progress"),
])
def test_a_plan_of_actions_with_no_progress_column_answers_with_its_actions(roles: tuple[Role, ...],
                                                                             answer: str) -> None:
    table = RecommendationTable(tuple(Column(role.value.title(), role) for role in roles), ())
    assert answer_role(table) == answer
