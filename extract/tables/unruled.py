"""Step 3b: tables printed without ruling lines, columns separated only by white space.

A header line (or two or three wrapped header lines) whose runs of text name a recommendation
column and a plan column fixes the columns; each following line's runs fall into the column
they start in, until a line runs across a column boundary (running text again) or the page
ends. Rows start where the number (or recommendation) column starts a numbered item, or, in an
unnumbered table, where a paragraph gap opens with text in the first column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.context import Context
from extract.fields.numbering import starts_with_number
from extract.model import BBox, CellPart, Line, Region, Segment, TableFragment
from extract.read.paragraphs import line_pitch, paragraph_texts
from extract.rules.shapes import shape
from extract.settings import TableSettings
from extract.tables.column_roles import read_header
from extract.tables.grid import Grid, header_at, heading_part
from extract.values import Role


def fits(line: Line, grid: Grid) -> bool:
    return not any(grid.crosses(w, line.size) for w in line.words) and not outdented(line, grid)


def group_heading(lines: Sequence[Line], i: int, grid: Grid, tables: TableSettings) -> bool:
    """A short line across the columns, with table lines after it: a heading that groups the
    rows below it (an agency, a theme: "Anyshire Police"), not the end of the table."""
    line = lines[i]
    return (len(line.words) <= tables.max_group_heading_words and not line.text.rstrip().endswith(".")
            and i + 1 < len(lines) and fits(lines[i + 1], grid) and len(lines[i + 1].words) > 1)


def table_lines(lines: Sequence[Line], start: int, grid: Grid, tables: TableSettings) -> int:
    """Index just past the table's last line: it ends before a line that runs across a column
    boundary or starts left of the table (running text), unless it heads a group of rows, or
    after a gap (`after_gap`)."""
    pitch = line_pitch([lines[start:]]) if start < len(lines) else 0
    end = start
    while end < len(lines):
        line = lines[end]
        if not fits(line, grid) and not group_heading(lines, end, grid, tables):
            break
        if end > start and after_gap(lines[end - 1], line, pitch):
            break
        end += 1
    return end


def after_gap(above: Line, line: Line, pitch: float) -> bool:
    """A gap of several lines, or a bold line (a heading) after a gap, ends the table."""
    gap = line.bbox.top - above.bbox.top
    return gap > 4 * pitch or (line.bold and not above.bold and gap > 1.5 * pitch)


def outdented(line: Line, grid: Grid) -> bool:
    """Does the line start left of the table (running text again)? A number hanging in the
    margin before the first column ("1) Practitioners ...") belongs to the table."""
    starts_left = line.bbox.x0 < grid.bounds[0] - line.size
    return starts_left and not (line.words and starts_with_number(line.words[0].text))


def cells_of(line: Line, grid: Grid) -> dict[int, Line]:
    """The line cut into the columns its words start in (a group heading across the columns
    stays whole, in the first column)."""
    if not fits(line, grid):
        return {0: line}
    found: dict[int, list[Segment]] = {}
    for word in line.words:
        found.setdefault(grid.column(word.x0), []).append(word)
    return {i: Line(" ".join(s.text for s in segs), line.page,
                    BBox(segs[0].x0, line.bbox.top, segs[-1].x1, line.bbox.bottom), line.size, line.bold,
                    tuple(segs))
            for i, segs in found.items()}


#: a number's label printed on a line of its own in a narrow column ("Rec." above "10")
_LABEL_ONLY = shape("number_labels", "number_label")


def key_text(cells: dict[int, Line], key: int) -> str:
    return cells[key].text if key in cells else ""


def numbered_starts(body: Sequence[dict[int, Line]], key: int) -> list[bool]:
    """Rows of a numbered table start at a number, or at its label when the number wraps onto
    the next line ("Rec." / "10"); that number's own line then starts nothing."""
    texts = [key_text(cells, key) for cells in body]
    starts = []
    for i, text in enumerate(texts):
        label = bool(_LABEL_ONLY.match(text)) and i + 1 < len(texts) and starts_with_number(texts[i + 1])
        after_label = i > 0 and bool(_LABEL_ONLY.match(texts[i - 1])) and starts_with_number(text)
        starts.append(label or (starts_with_number(text) and not after_label))
    return starts


def row_starts(body: Sequence[dict[int, Line]], key: int, numbered: bool, pitch: float,
               gap_ratio: float) -> list[bool]:
    """Which body lines open a new row."""
    if numbered:
        return numbered_starts(body, key)
    starts = []
    for i, cells in enumerate(body):
        text = key_text(cells, key)
        tops = [c.bbox.top for c in body[i - 1].values()] if i else []
        gap = not tops or min(c.bbox.top for c in cells.values()) - max(tops) > pitch + gap_ratio * cells[min(cells)].size
        starts.append(bool(text) and gap)
    return starts


def cell_part(lines: Sequence[Line], row_box: BBox, page: int, pitch: float, gap_ratio: float) -> CellPart:
    if not lines:
        return CellPart((), Region(page, row_box))
    return CellPart(paragraph_texts(lines, gap_ratio, pitch), Region(page, BBox.around(line.bbox for line in lines)))


def split_rows(body: list[dict[int, Line]], key: int, pitch: float, gap_ratio: float) -> list[list[dict[int, Line]]]:
    numbered = any(starts_with_number(cells[key].text) for cells in body if key in cells)
    rows: list[list[dict[int, Line]]] = []
    for cells, start in zip(body, row_starts(body, key, numbered, pitch, gap_ratio)):
        if start or not rows:
            rows.append([])
        rows[-1].append(cells)
    return rows


def to_fragment(header: Sequence[Line], body_lines: Sequence[Line], grid: Grid, ctx: Context) -> TableFragment:
    """The table's rows as a fragment: its header row first when the page prints one (a table
    carried over from the page before may not)."""
    gap_ratio = ctx.settings.paragraph_gap
    first = (header or body_lines)[0]
    roles = [c.role for c in read_header([heading_part(h, first) for h in grid.headers], ctx)]
    key = roles.index(Role.NUMBER) if Role.NUMBER in roles else roles.index(Role.RECOMMENDATION)
    body = [cells_of(line, grid) for line in body_lines]
    # measured column by column: cells of one row need not share baselines
    pitch = line_pitch([[cells[k] for cells in body if k in cells] for k in range(len(grid.headers))])
    rows = [tuple(heading_part(h, first) for h in grid.headers)] if header else []
    for row in split_rows(body, key, pitch, gap_ratio):
        box = BBox.around(line.bbox for cells in row for line in cells.values())
        rows.append(tuple(cell_part([cells[k] for cells in row if k in cells], box, first.page, pitch, gap_ratio)
                          for k in range(len(grid.headers))))
    return TableFragment(first.page, BBox.around(line.bbox for line in [*header, *body_lines]), tuple(rows))


@dataclass(frozen=True)
class Unruled:
    """A page's unruled plan tables, the lines left as running text, and the grid of a table
    that runs to the foot of the page (to carry over to the next page)."""

    fragments: tuple[TableFragment, ...]
    rest: tuple[Line, ...]
    open_grid: Grid | None


def find_unruled(lines: Sequence[Line], ctx: Context, carried: Grid | None = None) -> Unruled:
    """The page's unruled plan tables: each under a header it prints, and at the top of the page
    the rest of a table `carried` over from the page before without its header repeated (unless
    the page opens with a bold line: a heading, so the table ended with the page before)."""
    fragments: list[TableFragment] = []
    rest: list[Line] = []
    grid, i = None, 0
    if carried is not None and lines and not lines[0].bold and header_at(lines, 0, ctx) is None:
        end = table_lines(lines, 0, carried, ctx.settings.tables)
        if end:
            fragments.append(to_fragment([], lines[:end], carried, ctx))
            grid, i = carried, end
    while i < len(lines):
        found = header_at(lines, i, ctx)
        if found is None:
            rest.append(lines[i])
            grid, i = None, i + 1
            continue
        grid, n = found
        end = table_lines(lines, i + n, grid, ctx.settings.tables)
        fragments.append(to_fragment(lines[i:i + n], lines[i + n:end], grid, ctx))
        i = end
    return Unruled(tuple(fragments), tuple(rest), grid)
