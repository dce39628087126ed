"""Step 3: a pdfplumber document -> Pages: running text as blocks and tables as fragments,
with running headers, footers and page numbers removed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from extract.furniture import find_furniture
from extract.layout import extract_lines, group_paragraphs, is_bullet, join_wrapped, line_pitch, strip_bullet
from extract.model import BBox, Block, CellPart, Line, Page, Region, TableFragment
from extract.settings import Settings

CellLines = tuple[BBox, list[Line]]


@dataclass(frozen=True)
class _Scan:
    """What one page holds before furniture is known."""

    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[tuple[BBox, list[list[CellLines]]]]


def centre(obj: dict[str, Any]) -> tuple[float, float]:
    return (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2


def inside(page: Any, box: BBox) -> Any:
    """The page reduced to the objects whose centre lies in `box`: a glyph that overhangs a
    ruling line by a hair still belongs to its cell (pdfplumber's own `Table.extract` rule)."""
    return page.filter(lambda obj: box.contains_point(*centre(obj)))


def scan_table(page: Any, table: Any, number: int) -> tuple[BBox, list[list[CellLines]]]:
    """Each cell of a pdfplumber table with the lines printed inside it."""
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            box = BBox(*cell) if cell else BBox(*row.bbox)
            lines = extract_lines(inside(page, box), number) if cell else []
            cells.append((box, lines))
        rows.append(cells)
    return BBox(*table.bbox), rows


def scan_page(page: Any) -> _Scan:
    number = page.page_number
    tables = [scan_table(page, t, number) for t in page.find_tables()]
    boxes = [box for box, _ in tables]

    def outside(obj: dict[str, Any]) -> bool:
        return not any(b.contains_point(*centre(obj)) for b in boxes)

    lines = extract_lines(page.filter(outside), number)
    return _Scan(number, float(page.width), float(page.height), lines, tables)


def to_blocks(lines: Sequence[Line], gap_ratio: float) -> tuple[Block, ...]:
    blocks = []
    for group in group_paragraphs(lines, gap_ratio):
        first = group[0]
        bullet = is_bullet(first.text)
        texts = [strip_bullet(first.text) if bullet else first.text] + [l.text for l in group[1:]]
        box = first.bbox
        for line in group[1:]:
            box = box.union(line.bbox)
        blocks.append(Block(text=join_wrapped(texts), page=first.page, bbox=box,
                            size=first.size, bold=all(l.bold for l in group), bullet=bullet))
    return tuple(blocks)


def to_fragment(number: int, box: BBox, rows: list[list[CellLines]], gap_ratio: float) -> TableFragment:
    pitch = line_pitch([lines for row in rows for _, lines in row])
    out = []
    for row in rows:
        cells = []
        for cell_box, lines in row:
            paragraphs = tuple(join_wrapped([l.text for l in group])
                               for group in group_paragraphs(lines, gap_ratio, pitch))
            cells.append(CellPart(paragraphs, Region(number, cell_box)))
        out.append(tuple(cells))
    return TableFragment(number, box, tuple(out))


def read_pages(pdf: Any, settings: Settings) -> tuple[Page, ...]:
    """Every page of an open pdfplumber document as a Page."""
    scans = [scan_page(page) for page in pdf.pages]
    furniture = find_furniture([(s.height, s.lines) for s in scans], settings)
    pages = []
    for p, scan in enumerate(scans):
        kept = [line for i, line in enumerate(scan.lines) if (p, i) not in furniture]
        tables = tuple(to_fragment(scan.number, box, rows, settings.paragraph_gap)
                       for box, rows in scan.tables)
        pages.append(Page(scan.number, scan.width, scan.height,
                          to_blocks(kept, settings.paragraph_gap), tables))
    return tuple(pages)
