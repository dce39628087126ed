"""Step 3a: a ruled table whose header cells are drawn as boxes of their own, offset from the
cells below (a bordered header inset in its column, a double rule): pdfplumber sees more columns
than the table has, the headings in some and the data in others. Columns empty in every row are
dropped, and a column whose only text is its heading joins the neighbour it stands over."""

from __future__ import annotations

from collections.abc import Sequence

from extract.model import BBox, ScannedCell
from extract.settings import TableSettings


def has_text(cell: ScannedCell) -> bool:
    return cell.has_text


def columns_of(rows: Sequence[Sequence[ScannedCell]]) -> int:
    return min((len(row) for row in rows), default=0)


def overlap(a: BBox, b: BBox) -> float:
    return max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0))


def without_empty(rows: list[list[ScannedCell]]) -> list[list[ScannedCell]]:
    width = columns_of(rows)
    keep = [c for c in range(width) if any(has_text(row[c]) for row in rows)]
    return [[row[c] for c in keep] for row in rows] if 0 < len(keep) < width else rows


def heading_only(rows: Sequence[Sequence[ScannedCell]], c: int) -> bool:
    return has_text(rows[0][c]) and not any(has_text(row[c]) for row in rows[1:])


def partner(rows: Sequence[Sequence[ScannedCell]], c: int) -> int | None:
    """The neighbour column a heading-only column `c` stands over: empty in the header row,
    holding text below, and overlapping the heading most."""
    heading = rows[0][c].box
    best, most = None, 0.0
    for n in (c - 1, c + 1):
        if 0 <= n < columns_of(rows) and not has_text(rows[0][n]) and any(has_text(r[n]) for r in rows[1:]):
            shared = min(overlap(heading, row[n].box) for row in rows[1:] if has_text(row[n]))
            if shared > most:
                best, most = n, shared
    return best


def line_by_line(rows: list[list[ScannedCell]], tables: TableSettings) -> list[list[ScannedCell]]:
    """A one-column table whose rows below the heading are single lines (Word shading a boxed
    paragraph line by line makes each line a row): those rows as one cell."""
    body = [row[0] for row in rows[1:] if has_text(row[0])]
    if columns_of(rows) != 1 or len(body) < tables.line_rows or any(len(cell.lines) != 1 for cell in body):
        return rows
    merged = ScannedCell(BBox.around(cell.box for cell in body), tuple(line for cell in body for line in cell.lines),
                         body[0].fill)
    return [rows[0], [merged]]


def complementary(rows: Sequence[Sequence[ScannedCell]], a: int, b: int) -> bool:
    return not any(has_text(row[a]) and has_text(row[b]) for row in rows)


def unheaded_merged(rows: list[list[ScannedCell]]) -> list[list[ScannedCell]]:
    """A column with no heading whose cells hold text only where its headed neighbour's are
    empty (the table finder split one column in two, row by row): the two as one column."""
    for c in range(columns_of(rows) - 1, 0, -1):
        n = c - 1
        if not has_text(rows[0][c]) and has_text(rows[0][n]) and complementary(rows[1:], c, n) \
                and any(has_text(row[c]) for row in rows[1:]):
            rows = [[row[c] if (k == n and has_text(row[c])) else cell for k, cell in enumerate(row) if k != c]
                    for row in rows]
    return rows


def aligned(rows: list[list[ScannedCell]], tables: TableSettings) -> list[list[ScannedCell]]:
    """The table's rows with offset headings moved over the columns they name, and a boxed
    paragraph ruled line by line read as one cell."""
    if len(rows) < 2:
        return rows
    rows = line_by_line(without_empty(rows), tables)
    for c in range(columns_of(rows) - 1, -1, -1):
        n = partner(rows, c) if heading_only(rows, c) else None
        if n is not None:
            rows = [[rows[0][c] if (i == 0 and k == n) else cell for k, cell in enumerate(row) if k != c]
                    for i, row in enumerate(rows)]
    return unheaded_merged(rows)
