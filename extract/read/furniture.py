"""Step 2b: find running headers, footers and page numbers ("furniture") so no cell or
paragraph ever contains them."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from extract.model import Line
from extract.rules.shapes import shape
from extract.settings import Settings

_PAGE_NUMBER = shape("page_numbers", "page_number")


_END_NUMBERS = re.compile(r"^(?:#\s+)+|(?:\s+#)+$")


def furniture_key(text: str) -> str:
    """Text with its numbers blanked, so "Page 2 of 5" and "Page 3 of 5" compare equal."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def running_key(key: str) -> str:
    """A furniture key without a page number at either end: a running header printed "Title 3"
    on odd pages and "4 Title" on even ones is one header."""
    return _END_NUMBERS.sub("", key) or key


def in_band(line: Line, height: float, band: float) -> bool:
    return line.bbox.bottom <= height * band or line.bbox.top >= height * (1 - band)


def find_furniture(pages: Sequence[tuple[float, Sequence[Line]]], settings: Settings,
                   exempt: Callable[[Line], bool] = lambda line: False) -> set[tuple[int, int]]:
    """(page index, line index) of each running header/footer line.

    `pages` gives each page's height and lines. A line counts when it sits in the top or bottom
    band and either is a page number or repeats (numbers aside) on enough pages, unless it is
    `exempt` (a table's header row repeated at the top of each page repeats just the same).
    """
    where: dict[str, set[int]] = defaultdict(set)
    candidates: list[tuple[int, int, str]] = []
    for p, (height, lines) in enumerate(pages):
        for i, line in enumerate(lines):
            if in_band(line, height, settings.furniture_band) and not exempt(line):
                key = furniture_key(line.text)
                where[running_key(key)].add(p)
                candidates.append((p, i, key))
    needed = max(2, settings.furniture_min_share * len(pages))
    return {(p, i) for p, i, key in candidates
            if len(where[running_key(key)]) >= needed or _PAGE_NUMBER.match(key.replace("#", "1"))}
