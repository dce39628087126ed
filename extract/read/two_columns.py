"""Running text set in two columns: pdfplumber reads across the page, so a left-column line and
the right-column line level with it come out as one line, or as lines interleaved by height.
Where a long run of lines leaves a gutter near the middle of the page uncrossed, with text on
both sides, the run is read left column first, then right column."""

from __future__ import annotations

from collections.abc import Sequence

from extract.context import Context
from extract.model import BBox, Line, Segment
from extract.tables.grid import reads_as_plan_header

#: where a gutter may lie (share of the page width), tried every STEP points
MIDDLE = (0.35, 0.65)
STEP = 4.0
#: a two-column run has at least this many lines on each side
MIN_SIDE_LINES = 4


#: a line with words on both sides of the gutter must leave at least this gap (ems) there
GUTTER_EM = 0.9


def crosses(line: Line, x: float) -> bool:
    """Does the line run across x: a word over it, or words on both sides only a word space
    apart (one line of single-column text)?"""
    if any(w.x0 < x < w.x1 for w in line.words):
        return True
    left = [w.x1 for w in line.words if w.x1 <= x]
    right = [w.x0 for w in line.words if w.x0 >= x]
    return bool(left and right) and min(right) - max(left) < GUTTER_EM * line.size


def side(line: Line, words: Sequence[Segment]) -> Line:
    box = BBox(words[0].x0, line.bbox.top, words[-1].x1, line.bbox.bottom)
    return Line(" ".join(w.text for w in words), line.page, box, line.size, line.bold, tuple(words))


def halves(line: Line, x: float) -> tuple[Line | None, Line | None]:
    left = [w for w in line.words if w.x1 <= x]
    right = [w for w in line.words if w.x0 >= x]
    return (side(line, left) if left else None), (side(line, right) if right else None)


def best_run(lines: Sequence[Line], x: float) -> tuple[int, int]:
    """The longest run of consecutive lines no word of which crosses x, with text on both
    sides: (start, end), or (0, 0)."""
    best, start = (0, 0), 0
    for i in range(len(lines) + 1):
        if i == len(lines) or crosses(lines[i], x):
            if two_sided(lines[start:i], x) and i - start > best[1] - best[0]:
                best = (start, i)
            start = i + 1
    return best


def two_sided(run: Sequence[Line], x: float) -> bool:
    left = sum(1 for line in run if any(w.x1 <= x for w in line.words))
    right = sum(1 for line in run if any(w.x0 >= x for w in line.words))
    return left >= MIN_SIDE_LINES and right >= MIN_SIDE_LINES


def in_columns(lines: Sequence[Line], width: float, ctx: Context) -> list[Line]:
    """The page's lines in reading order. A page with a plan table's header is left as it is
    (its columns are the table's, not the text's)."""
    if not lines or any(reads_as_plan_header(line, ctx) for line in lines):
        return list(lines)
    x, (start, end) = max(((x, best_run(lines, x)) for x in gutters(width)), key=lambda c: c[1][1] - c[1][0])
    if end - start == 0:
        return list(lines)
    parts = [halves(line, x) for line in lines[start:end]]
    left = [half for half, _ in parts if half is not None]
    right = [r for _, r in parts if r is not None]
    return [*lines[:start], *left, *right, *lines[end:]]


def gutters(width: float) -> list[float]:
    steps = int((MIDDLE[1] - MIDDLE[0]) * width / STEP)
    return [MIDDLE[0] * width + i * STEP for i in range(steps + 1)]
