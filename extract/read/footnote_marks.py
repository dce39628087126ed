"""Step 2a: footnote reference marks ("services.¹", "policy²") left out of the text. A mark is
a digit or note symbol set small and raised against the letter it follows: it points to a
footnote and is no part of the sentence (the footnote itself, at the page's foot, stays)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: a mark is set this much smaller than the letter before it, or smaller still
MARK_SCALE = 0.8
#: ... and its foot this share of that letter's size above the letter's foot, or more
MARK_RAISE = 0.2
_MARKS = set("0123456789*†‡§")


def note_marks(chars: Sequence[dict[str, Any]]) -> set[int]:
    """The `id` of every character that is (part of) a footnote reference mark."""
    marks: set[int] = set()
    anchor: dict[str, Any] | None = None
    for char in chars:
        if anchor is not None and is_mark(char, anchor):
            marks.add(id(char))
            continue
        anchor = char if char["text"].strip() else anchor
    return marks


def is_mark(char: dict[str, Any], anchor: dict[str, Any]) -> bool:
    """Is `char` a mark raised after `anchor`, the last full-size character before it?"""
    size = float(anchor["size"])
    return (char["text"] in _MARKS and float(char["size"]) <= MARK_SCALE * size
            and -0.1 * size <= float(char["x0"]) - float(anchor["x1"]) < 0.5 * size
            and float(anchor["bottom"]) - float(char["bottom"]) >= MARK_RAISE * size)


def without_note_marks(page: Any) -> Any:
    """The page without its footnote reference marks."""
    marks = note_marks(page.chars)
    if not marks:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) not in marks)
