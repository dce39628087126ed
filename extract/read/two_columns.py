"""Running text set in two columns: pdfplumber reads across the page, so a left-column line and
the right-column line level with it come out as one line, or as lines interleaved by height.
Where a long run of lines leaves a gutter near the middle of the page uncrossed, with text on
both sides, the run is read left column first, then right column."""

from __future__ import annotations

from collections.abc import Sequence

from extract.context import Context
from extract.model import BBox, Line, Segment
from extract.settings import ReadingSettings
from extract.tables.grid import reads_as_plan_header


def crosses(line: Line, x: float, reading: ReadingSettings) -> bool:
    """Does the line run across x: a word over it, or words on both sides only a word space
    apart (one line of single-column text)?"""
    if any(w.x0 < x < w.x1 for w in line.words):
        return True
    left = [w.x1 for w in line.words if w.x1 <= x]
    right = [w.x0 for w in line.words if w.x0 >= x]
    return bool(left and right) and min(right) - max(left) < reading.gutter_em * line.size


def side(line: Line, words: Sequence[Segment]) -> Line:
    box = BBox(words[0].x0, line.bbox.top, words[-1].x1, line.bbox.bottom)
    return Line(" ".join(w.text for w in words), line.page, box, line.size, line.bold, tuple(words))


def halves(line: Line, x: float) -> tuple[Line | None, Line | None]:
    left = [w for w in line.words if w.x1 <= x]
    right = [w for w in line.words if w.x0 >= x]
    return (side(line, left) if left else None), (side(line, right) if right else None)


def best_run(lines: Sequence[Line], x: float, reading: ReadingSettings) -> tuple[int, int]:
    """The longest run of consecutive lines no word of which crosses x, with text on both
    sides: (start, end), or (0, 0)."""
    best, start = (0, 0), 0
    for i in range(len(lines) + 1):
        if i == len(lines) or crosses(lines[i], x, reading):
            if two_sided(lines[start:i], x, reading) and i - start > best[1] - best[0]:
                best = (start, i)
            start = i + 1
    return best


def two_sided(run: Sequence[Line], x: float, reading: ReadingSettings) -> bool:
    left = sum(1 for line in run if any(w.x1 <= x for w in line.words))
    right = sum(1 for line in run if any(w.x0 >= x for w in line.words))
    return left >= reading.min_side_lines and right >= reading.min_side_lines


def in_columns(lines: Sequence[Line], width: float, ctx: Context) -> list[Line]:
    """The page's lines in reading order. A page with a plan table's header is left as it is
    (its columns are the table's, not the text's)."""
    if not lines or any(reads_as_plan_header(line, ctx) for line in lines):
        return list(lines)
    reading = ctx.settings.reading
    x, (start, end) = max(((x, best_run(lines, x, reading)) for x in gutters(width, reading)), key=lambda c: c[1][1] - c[1][0])
    if end - start == 0:
        return list(lines)
    parts = [halves(line, x) for line in lines[start:end]]
    left = [half for half, _ in parts if half is not None]
    right = [r for _, r in parts if r is not None]
    return [*lines[:start], *left, *right, *lines[end:]]


def gutters(width: float, reading: ReadingSettings) -> list[float]:
    steps = int((reading.gutter_to - reading.gutter_from) * width / reading.gutter_step)
    return [reading.gutter_from * width + i * reading.gutter_step for i in range(steps + 1)]
