"""Step 3: a pdfplumber document -> Pages: running text as blocks and tables as fragments,
with running headers, footers and page numbers removed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import pdfplumber.utils.text

from extract.context import Context
from extract.model import BBox, Block, CellPart, Line, Page, Region, ScannedCell, TableFragment
from extract.read.cidmap import PdfiumReader, name_cids
from extract.read.footnote_marks import without_note_marks
from extract.read.furniture import find_furniture
from extract.read.paragraphs import (
    extract_lines,
    first_word_width,
    group_paragraphs,
    is_bullet,
    join_wrapped,
    line_pitch,
    lines_of_chars,
    paragraph_texts,
    strip_bullet,
    text_margin,
)
from extract.read.two_columns import in_columns
from extract.settings import ReadingSettings, TableSettings
from extract.tables.column_roles import is_plan_header, read_header
from extract.tables.fill_colours import rag_of
from extract.tables.grid import reads_as_plan_header
from extract.tables.offset_headers import aligned
from extract.tables.unruled import find_unruled


@dataclass(frozen=True)
class PageScan:
    """What one page holds before furniture is known (it depends on that page alone)."""

    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[tuple[BBox, list[list[ScannedCell]]]]
    boxes: list[tuple[BBox, list[list[ScannedCell]]]]


def centre(obj: dict[str, Any]) -> tuple[float, float]:
    return (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2


def inside(page: Any, box: BBox) -> Any:
    """The page reduced to the objects whose centre lies in `box`: a glyph that overhangs a
    ruling line by a hair still belongs to its cell (pdfplumber's own `Table.extract` rule)."""
    return page.filter(lambda obj: box.contains_point(*centre(obj)))


def fill_of(page: Any, box: BBox, tables: TableSettings) -> str:
    """The RAG colour of the smallest filled rectangle behind the cell's centre."""
    x, y = (box.x0 + box.x1) / 2, (box.top + box.bottom) / 2
    behind = [r for r in page.rects if r.get("fill") and r["x0"] <= x <= r["x1"] and r["top"] <= y <= r["bottom"]]
    smallest = min(behind, key=lambda r: r["width"] * r["height"], default=None)
    return rag_of(smallest.get("non_stroking_color"), tables) if smallest else ""


def scan_table(page: Any, table: Any, number: int, tables: TableSettings) -> tuple[BBox, list[list[ScannedCell]]]:
    """Each cell of a pdfplumber table with the lines printed inside it and its fill colour."""
    page = inside(page, BBox(*table.bbox))  # the table's own objects
    boxes = [[BBox(*cell) if cell else None for cell in row.cells] for row in table.rows]
    chars = chars_by_cell(page.chars, [box for row in boxes for box in row if box])
    rows = []
    for row, row_boxes in zip(table.rows, boxes):
        cells: list[ScannedCell] = []
        for box in row_boxes:
            if box is None:
                cells.append(ScannedCell(BBox(*row.bbox), ()))
            else:
                cells.append(ScannedCell(box, tuple(lines_of_chars(chars[box], number)), fill_of(page, box, tables)))
        rows.append(cells)
    return BBox(*table.bbox), aligned(rows, tables)


def chars_by_cell(chars: list[dict[str, Any]], boxes: list[BBox]) -> dict[BBox, list[dict[str, Any]]]:
    """The characters of each cell, placed by their centre, in one pass over the table's."""
    found: dict[BBox, list[dict[str, Any]]] = {box: [] for box in boxes}
    for char in chars:
        x, y = centre(char)
        for box in boxes:
            if box.contains_point(x, y):
                found[box].append(char)
    return found


def is_rule(obj: dict[str, Any], reading: ReadingSettings) -> bool:
    """A ruling line: a line, a stroked rectangle, or a filled one thin enough to be a border
    (a wider filled one is cell shading)."""
    if obj.get("object_type") == "line":
        return True
    return obj.get("object_type") == "rect" and (bool(obj.get("stroke")) or min(obj["width"], obj["height"]) < reading.rule_width)


def ruled(page: Any, table: Any, reading: ReadingSettings) -> bool:
    """Is any ruling drawn on the table? Shaded rows of an unruled table (zebra stripes, a
    shaded header) look like a table to the table finder; they are left to the unruled step."""
    x0, top, x1, bottom = table.bbox
    return any(is_rule(o, reading) and o["x0"] <= x1 and o["x1"] >= x0 and o["top"] <= bottom and o["bottom"] >= top
               for o in page.lines + page.rects)


def open_ends(page: Any, reading: ReadingSettings) -> list[float]:
    """Where three or more column rules start (or stop) at one height with no rule across
    them there: a table carried on over a page break, drawn without its top (or bottom) rule.
    The table finder, which needs an edge there, is given one."""
    edges = [o for o in page.rects + page.lines if o["x1"] - o["x0"] < 1.5 and o["bottom"] - o["top"] >= reading.column_rule]
    across = [o for o in page.rects + page.lines if o["bottom"] - o["top"] < 1.5 and o["x1"] - o["x0"] > 2]
    ends = []
    for y in sorted({round(o["top"]) for o in edges} | {round(o["bottom"]) for o in edges}):
        at = [o for o in edges if abs(o["top"] - y) <= 1 or abs(o["bottom"] - y) <= 1]
        if len(at) >= 3:
            left, right = min(o["x0"] for o in at), max(o["x1"] for o in at)
            if not any(abs(o["top"] - y) <= 1 and o["x0"] <= left + 2 and o["x1"] >= right - 2 for o in across):
                ends.append(float(y))
    return ends


def find_ruled(page: Any, reading: ReadingSettings) -> list[Any]:
    """pdfplumber's tables of the page, an open top or bottom edge closed first (open_ends)."""
    ends = open_ends(page, reading)
    return cast(list[Any], page.find_tables({"explicit_horizontal_lines": ends} if ends else None))


def is_grid(table: Any) -> bool:
    """A table of at least two columns: rules drawn only above and below rows (or a shaded
    header alone) make pdfplumber see one wide column, which is no table; its text stays with
    the page, where the unruled-table step reads its columns from the white space."""
    return max((len(row.cells) for row in table.rows), default=0) >= 2


def header_alone(rows: list[list[ScannedCell]], ctx: Context) -> bool:
    """A plan's header row ruled or shaded on its own, the rows below it set out without rules
    (Word's plain table styles): the table finder sees a one-row table, which is left to the
    unruled step to read with the rows under it."""
    texts = [" ".join(line.text for line in cell.lines) for cell in rows[0]] if len(rows) == 1 else []
    return bool(texts) and is_plan_header(read_header([CellPart((t,), Region(0, BBox(0, 0, 0, 0))) for t in texts], ctx))


class _IndexedChars(list[dict[str, Any]]):
    """A page's characters whose `index` is by identity. pdfplumber's `dedupe_chars` puts the
    kept characters back in order with `sorted(kept, key=chars.index)`, and `list.index` compares
    dicts one by one: quadratic, 0.4 s on a page of 3,000 characters."""

    def __init__(self, chars: list[dict[str, Any]]) -> None:
        super().__init__(chars)
        self._at = {id(char): i for i, char in enumerate(chars)}

    def index(self, char: Any, *_: Any) -> int:
        return self._at[id(char)]


def dedupe_chars(page: Any) -> Any:
    """The page with characters drawn twice at one place (a ligature, or "fake bold"
    overprinting) reduced to one, by pdfplumber's `dedupe_chars` (same rule, same result)."""
    kept = {id(char) for char in pdfplumber.utils.text.dedupe_chars(_IndexedChars(page.chars))}
    return page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) in kept)


def scan_page(page: Any, ctx: Context, reader: PdfiumReader | None = None) -> PageScan:
    """One page's tables and lines, its duplicated characters first reduced to one (and glyphs
    pdfminer cannot name named as `reader`, PDFium, reads them)."""
    number, reading = page.page_number, ctx.settings.reading
    if reader is not None:
        name_cids(page.chars, number, reader, reading)
    page = without_note_marks(dedupe_chars(page), reading)
    found = [t for t in find_ruled(page, reading) if ruled(page, t, reading)]
    tables = [scan_table(page, t, number, ctx.settings.tables) for t in found if is_grid(t)]
    tables = [(box, rows) for box, rows in tables if not header_alone(rows, ctx)]
    single = [scan_table(page, t, number, ctx.settings.tables) for t in found if not is_grid(t)]
    edges = [box for box, _ in tables]

    def outside(obj: dict[str, Any]) -> bool:
        return not any(b.contains_point(*centre(obj)) for b in edges)

    lines = extract_lines(page.filter(outside), number)
    return PageScan(number, float(page.width), float(page.height), lines, tables, single)


def scan_and_close(page: Any, ctx: Context, reader: PdfiumReader | None = None) -> PageScan:
    """A page's scan, its parsed objects then released (a long document's pages would
    otherwise all stay in memory)."""
    try:
        return scan_page(page, ctx, reader)
    finally:
        page.close()


def to_blocks(lines: Sequence[Line], gap_ratio: float) -> tuple[Block, ...]:
    blocks = []
    for group in group_paragraphs(lines, gap_ratio):
        first = group[0]
        bullet = is_bullet(first.text)
        texts = [strip_bullet(first.text) if bullet else first.text] + [line.text for line in group[1:]]
        blocks.append(Block(text=join_wrapped(texts), page=first.page, bbox=BBox.around(line.bbox for line in group),
                            size=first.size, bold=all(line.bold for line in group), bullet=bullet))
    return tuple(blocks)


def to_fragment(number: int, box: BBox, rows: list[list[ScannedCell]], gap_ratio: float) -> TableFragment:
    pitch = line_pitch([cell.lines for row in rows for cell in row])
    out = []
    for row in rows:
        out.append(tuple(cell_part(number, cell.box, cell.lines, pitch, gap_ratio, cell.fill) for cell in row))
    return TableFragment(number, box, tuple(out))


def cell_part(number: int, box: BBox, lines: Sequence[Line], pitch: float, gap_ratio: float, fill: str = "") -> CellPart:
    """A cell's lines as paragraphs (a bullet's glyph dropped), with the room its last line
    leaves and the width of its first word, to rejoin a paragraph a page break cut."""
    paragraphs = paragraph_texts(lines, gap_ratio, pitch, text_margin(lines))
    if not lines:
        return CellPart(paragraphs, Region(number, box), fill=fill)
    return CellPart(paragraphs, Region(number, box), room=room_after(lines, box),
                    first_word=first_word_width(lines[0]), fill=fill, opens_bullet=is_bullet(lines[0].text))


def room_after(lines: Sequence[Line], box: BBox) -> float:
    """Space left on the last line: measured against the cell's edge less a padding, or a wider
    line above it; a word space taken off."""
    size = lines[-1].size
    right = max([box.x1 - 0.5 * size] + [line.bbox.x1 for line in lines[:-1]])
    return right - lines[-1].bbox.x1 - 0.25 * size


def scanned_once(page: Any, ctx: Context, scanned: dict[int, PageScan], reader: PdfiumReader | None) -> PageScan:
    """The page's scan from `scanned` (by page number), made and kept there the first time."""
    if page.page_number not in scanned:
        scanned[page.page_number] = scan_and_close(page, ctx, reader)
    return scanned[page.page_number]


def read_pages(pdf: Any, ctx: Context, scanned: dict[int, PageScan],
               reader: PdfiumReader | None = None) -> tuple[Page, ...]:
    """Every page of an open pdfplumber document as a Page: ruled tables, then tables set out
    with white space only (found in the running text once headers and footers are gone).
    `scanned` holds the scans already made of this PDF's pages, by number: they are reused, and
    the new ones added (a page's scan depends on that page alone)."""
    scans = [scanned_once(page, ctx, scanned, reader) for page in pdf.pages]
    furniture = find_furniture([(s.height, s.lines) for s in scans], ctx.settings,
                               exempt=lambda line: reads_as_plan_header(line, ctx))
    pages = []
    carried = None
    for p, scan in enumerate(scans):
        if p and scan.number != scans[p - 1].number + 1:  # pages left out by triage between
            carried = None
        kept = [line for i, line in enumerate(scan.lines) if (p, i) not in furniture]
        kept = kept if carried else in_columns(kept, scan.width, ctx)  # a table going on is no text column
        found = find_unruled(kept, ctx, carried)
        unruled, text, carried = found.fragments, found.rest, found.open_grid
        tables = tuple(to_fragment(scan.number, box, rows, ctx.settings.paragraph_gap)
                       for box, rows in scan.tables)
        ordered = tuple(sorted(tables + tuple(unruled), key=lambda t: t.bbox.top))
        running = tuple(line.text for i, line in enumerate(scan.lines) if (p, i) in furniture)
        boxes = tuple(to_fragment(scan.number, box, rows, ctx.settings.paragraph_gap) for box, rows in scan.boxes)
        pages.append(Page(scan.number, scan.width, scan.height,
                          to_blocks(text, ctx.settings.paragraph_gap), ordered, running, boxes))
    return tuple(pages)
