"""Step 5: table fragments on consecutive pages -> whole recommendation tables, with repeated
header rows dropped and rows broken at a page boundary rejoined."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language

from extract.cells import continues_paragraph
from extract.columns import header_key, is_plan_header, read_header
from extract.numbering import starts_with_number
from extract.model import BBox, Block, CellPart, Column, Page, RecommendationTable, Region, Row, TableFragment


@dataclass
class _Open:
    """A table being stitched (mutable only inside this module)."""

    columns: tuple[Column, ...]
    key: tuple[str, ...]
    last_page: int
    rows: list[tuple[CellPart, ...]] = field(default_factory=list)
    breaks: set[int] = field(default_factory=set)  # indexes of rows that open a new page

    def role_index(self, role: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.role == role), None)


def fragments(pages: Iterable[Page]) -> Iterable[tuple[Page, TableFragment, bool, bool]]:
    """Every table fragment and box with its page, whether it is the first table on its page
    (a box: nothing ruled above it), and whether it is a box."""
    for page in pages:
        for i, fragment in enumerate(page.tables):
            if fragment.rows:
                yield page, fragment, i == 0, False
        tables_top = min((f.bbox.top for f in page.tables), default=page.height)
        for i, box in enumerate(page.boxes):
            if box.rows:
                yield page, box, i == 0 and box.bbox.top < tables_top, True


def at_top(page: Page, box: TableFragment) -> bool:
    """Is nothing printed above the box on its page (but running headers)?"""
    return not any(b.bbox.bottom <= box.bbox.top + 1 for b in page.blocks)


def adjoining(page: Page, fragment: TableFragment) -> list[Block]:
    """The paragraphs right above the table inside its width, each within two lines of the one
    below it (a title further up, or text wider than the table, is no part of it)."""
    inside = sorted((b for b in page.blocks if b.bbox.bottom <= fragment.bbox.top + 1
                     and fragment.bbox.x0 - 2 <= b.bbox.x0 and b.bbox.x1 <= fragment.bbox.x1 + 2),
                    key=lambda b: b.bbox.top, reverse=True)
    taken, edge = [], fragment.bbox.top
    for block in inside:
        if edge - block.bbox.bottom > 2 * block.size:
            break
        taken.append(block)
        edge = block.bbox.top
    return sorted(taken, key=lambda b: b.bbox.top)


def overhang(page: Page, fragment: TableFragment) -> tuple[tuple[CellPart, ...], ...]:
    """The rest of a row broken at the page boundary, printed above the table's first rule (a
    row continued without a rule on top, under no repeated header, is no part of the grid the
    table finder sees): the page's text above the table, each paragraph in the column it
    starts in."""
    edges = [part.region.bbox for part in fragment.rows[0]]
    above = adjoining(page, fragment)
    if not above:
        return ()
    columns: list[list[str]] = [[] for _ in edges]
    for block in above:
        k = max(i for i, box in enumerate(edges) if block.bbox.x0 >= box.x0 - 2 or i == 0)
        columns[k].append(block.text)
    box = BBox.around(block.bbox for block in above)
    return (tuple(CellPart(tuple(texts), Region(page.number, box)) for texts in columns),)


def continues(table: _Open | None, fragment: TableFragment, first_on_page: bool) -> bool:
    return (table is not None and first_on_page and fragment.page == table.last_page + 1
            and len(fragment.rows[0]) == len(table.columns))


def stitch_tables(pages: Sequence[Page], nlp: Language) -> list[RecommendationTable]:
    """The recommendation tables of a document, each stitched over the pages it runs across."""
    done: list[_Open] = []
    table: _Open | None = None
    for page, fragment, first_on_page, boxed in sorted(fragments(pages), key=lambda f: (f[0].number, f[1].bbox.top)):
        columns = read_header(fragment.rows[0], nlp)
        repeated = is_plan_header(columns) and header_key(fragment.rows[0])
        if boxed and not (at_top(page, fragment) or is_plan_header(columns)):
            continue  # a boxed paragraph: running text
        if continues(table, fragment, first_on_page) and (not is_plan_header(columns) or repeated == table.key):
            body = (fragment.rows[1:] if repeated else overhang(page, fragment) + fragment.rows)
            table.breaks.add(len(table.rows))
            table.rows.extend(body)
            table.last_page = fragment.page
        elif is_plan_header(columns):
            table = _Open(columns, header_key(fragment.rows[0]), fragment.page, list(fragment.rows[1:]))
            done.append(table)
        elif not boxed:
            table = None
    return [finish(t) for t in done]


def numbered(table: _Open) -> bool:
    """Do most rows that carry a recommendation carry a number (own column or leading its text)?"""
    rec = table.role_index("recommendation")
    rows = [row for row in table.rows if row[rec].paragraphs or row_number(table, row)]
    hits = sum(bool(row_number(table, row)) for row in rows)
    return hits * 2 > len(rows)


def row_number(table: _Open, row: Sequence[CellPart]) -> str:
    number = table.role_index("number")
    if number is not None and row[number].text.strip():
        return row[number].text.strip()
    text = row[table.role_index("recommendation")].text
    return text if starts_with_number(text) else ""


def is_broken_part(table: _Open, row: Sequence[CellPart], is_numbered: bool) -> bool:
    """Is this first row on a new page the rest of the row the previous page ended with?"""
    if is_numbered:
        return not row_number(table, row)
    text = row[table.role_index("recommendation")].text.strip()
    return not text or text[0].islower()


Parts = list[tuple[CellPart, ...]]


def kept(cell: CellPart) -> bool:
    """A cell part worth keeping: it holds text, or a colour (a RAG cell coloured, not written)."""
    return bool(cell.paragraphs or cell.fill)


def new_row(cells: Sequence[CellPart]) -> Parts:
    return [(cell,) if kept(cell) else () for cell in cells]


def extend(row: Parts, cells: Sequence[CellPart], skip: int | None = None) -> Parts:
    return [parts + ((cell,) if kept(cell) and i != skip else ())
            for i, (parts, cell) in enumerate(zip(row, cells))]


def continues_action(row: Parts, cells: Sequence[CellPart], action: int) -> bool:
    """Does the top of a new page carry on the action the last page ended with (rather than
    start the next action under the same recommendation)? Actions are often printed without a
    full stop, so only an empty action cell or one starting in lower case carries on."""
    after = cells[action].paragraphs
    return not row[action] or not after or after[0][:1].islower()


def rejoin(rows: list[Parts], cells: Sequence[CellPart], table: _Open) -> None:
    """Add the rest of a row broken at a page boundary. In a plan with several actions per
    recommendation, the recommendation's text goes to its own (merged) cell, and the rest either
    continues the last action or is the next one."""
    action, rec = table.role_index("action"), table.role_index("recommendation")
    if action is None:
        rows[-1] = extend(rows[-1], cells)
        return
    owner = max(i for i, row in enumerate(rows) if row[rec] or i == 0)
    if cells[rec].paragraphs:
        rows[owner][rec] = rows[owner][rec] + (cells[rec],)
    if continues_action(rows[-1], cells, action):
        rows[-1] = extend(rows[-1], cells, skip=rec)
    else:
        rows.append(extend([() for _ in cells], cells, skip=rec))


def is_theme_row(cells: Sequence[CellPart], is_numbered: bool, after: Parts | None) -> bool:
    """In a numbered plan, a row that heads a group of recommendations ("Theme 1: Information
    sharing"): text in the first cell only (often merged across the table), not a number. At the
    top of a page it must also not read as the rest of the row above (`after`)."""
    filled = [i for i, cell in enumerate(cells) if cell.paragraphs]
    if not is_numbered or filled != [0] or len(cells) <= 2 or starts_with_number(cells[0].text):
        return False
    before = [p for part in after[0] for p in part.paragraphs] if after else []
    return (not before or starts_with_number(before[-1])  # the cell above holds a number only
            or not continues_paragraph(before[-1], cells[0].paragraphs[0]))


def finish(table: _Open) -> RecommendationTable:
    is_numbered = numbered(table)
    rows: list[Parts] = []
    for i, cells in enumerate(table.rows):
        at_break = bool(rows) and i in table.breaks
        if not any(c.paragraphs for c in cells) or is_theme_row(cells, is_numbered, rows[-1] if at_break else None):
            continue
        if rows and i in table.breaks and is_broken_part(table, cells, is_numbered):
            rejoin(rows, cells, table)
        else:
            rows.append(new_row(cells))
    return RecommendationTable(table.columns, tuple(Row(tuple(r)) for r in rows))
