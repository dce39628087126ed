"""Step 2a: footnote reference marks ("services.¹", "policy²") left out of the text. A mark is
a digit or note symbol set small and raised against the letter it follows: it points to a
footnote and is no part of the sentence (the footnote itself, at the page's foot, stays)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from extract.settings import ReadingSettings

_MARKS = set("0123456789*†‡§")


def note_marks(chars: Sequence[dict[str, Any]], reading: ReadingSettings) -> set[int]:
    """The `id` of every character that is (part of) a footnote reference mark."""
    marks: set[int] = set()
    anchor: dict[str, Any] | None = None
    for char in chars:
        if anchor is not None and is_mark(char, anchor, reading):
            marks.add(id(char))
            continue
        anchor = char if char["text"].strip() else anchor
    return marks


def is_mark(char: dict[str, Any], anchor: dict[str, Any], reading: ReadingSettings) -> bool:
    """Is `char` a mark raised after `anchor`, the last full-size character before it (set
    smaller than it, its foot raised above the anchor's)?"""
    size = float(anchor["size"])
    return (char["text"] in _MARKS and float(char["size"]) <= reading.mark_scale * size
            and -0.1 * size <= float(char["x0"]) - float(anchor["x1"]) < 0.5 * size
            and float(anchor["bottom"]) - float(char["bottom"]) >= reading.mark_raise * size)


def without_note_marks(page: Any, reading: ReadingSettings) -> Any:
    """The page without its footnote reference marks."""
    marks = note_marks(page.chars, reading)
    if not marks:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in marks)
