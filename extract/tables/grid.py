"""The columns of a table set out with white space only: a header line (or two or three wrapped
header lines) whose runs of words name a plan's columns fixes them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.context import Context
from extract.fields.numbering import starts_with_number
from extract.model import CellPart, Line, Region, Segment
from extract.read.paragraphs import join_wrapped
from extract.settings import TableSettings
from extract.tables.column_roles import is_plan_header, read_header


@dataclass(frozen=True)
class Grid:
    """The columns of an unruled table: left boundaries, and the header texts."""

    bounds: tuple[float, ...]
    headers: tuple[str, ...]

    def column(self, x0: float) -> int:
        return max(i for i, b in enumerate(self.bounds) if x0 >= b or i == 0)

    def crosses(self, word: Segment, size: float) -> bool:
        """Does a word run over a column's left edge (running text, not a cell)? The edge lies
        half an em left of its heading, so a word ending in that gutter does not count."""
        return any(word.x0 < b and word.x1 > b + 0.5 * size for b in self.bounds[1:])


def runs(words: Sequence[Segment], size: float, tables: TableSettings) -> list[Segment]:
    """A line's words joined into runs wherever the gap between two is under the column gap."""
    out: list[Segment] = []
    for word in words:
        if out and word.x0 - out[-1].x1 <= tables.column_gap_em * size:
            out[-1] = Segment(out[-1].x0, word.x1, f"{out[-1].text} {word.text}")
        else:
            out.append(word)
    return out


def grid_of(lines: Sequence[Line], tables: TableSettings) -> Grid | None:
    """Columns from header lines: the first line's runs, wrapped lines added to the run above.
    Each column starts just left of its heading (headings and cells are set flush left)."""
    first = runs(lines[0].words, lines[0].size, tables)
    if len(first) < 2:
        return None
    texts = [[s.text] for s in first]
    bounds = [s.x0 - 0.5 * lines[0].size for s in first]  # body text lines up with its heading
    grid = Grid(tuple(bounds), ())
    for line in lines[1:]:
        for segment in runs(line.words, line.size, tables):
            if grid.crosses(segment, line.size):
                return None
            texts[grid.column(segment.x0)].append(segment.text)
    return Grid(tuple(bounds), tuple(join_wrapped(t) for t in texts))


def header_at(lines: Sequence[Line], i: int, ctx: Context) -> tuple[Grid, int] | None:
    """The widest header starting at line i that names a plan's columns, with its line count."""
    found, tables = None, ctx.settings.tables
    for n in range(1, tables.max_header_lines + 1):
        run = lines[i:i + n]
        if len(run) < n or not same_style(run, tables):
            break
        grid = grid_of(run, tables)
        if grid and is_plan_header(read_header([heading_part(h, lines[i]) for h in grid.headers], ctx)):
            found = (grid, n)
    return found


def reads_as_plan_header(line: Line, ctx: Context) -> bool:
    """Does the line, cut at its wide gaps, name a plan's columns?"""
    parts = runs(line.words, line.size, ctx.settings.tables)
    return len(parts) >= 2 and is_plan_header(read_header([heading_part(p.text, line) for p in parts], ctx))


def same_style(run: Sequence[Line], tables: TableSettings) -> bool:
    """Lines that could be one wrapped header: same weight and size, set at line spacing, no
    numbered item among them."""
    head = run[0]
    return all(line.bold == head.bold and abs(line.size - head.size) < 0.5
               and 0 < line.bbox.top - above.bbox.top <= tables.wrap_step_em * head.size
               and not any(starts_with_number(s.text) for s in runs(line.words, line.size, tables))
               for above, line in zip(run, run[1:]))


def heading_part(text: str, line: Line) -> CellPart:
    """A heading's text as a cell part printed where `line` is."""
    return CellPart((text,), Region(line.page, line.bbox))
