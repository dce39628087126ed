"""Step 5: table fragments on consecutive pages -> whole recommendation tables, with repeated
header rows dropped and rows broken at a page boundary rejoined."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from extract.context import Context
from extract.fields.numbering import split_number, starts_with_number
from extract.model import BBox, Block, CellPart, Column, Page, RecommendationTable, Region, Row, TableFragment
from extract.settings import TableSettings
from extract.tables.cells import continues_paragraph, ends_paragraph
from extract.tables.column_roles import header_key, is_plan_header, read_header
from extract.values import Role


@dataclass
class _Open:
    """A table being stitched (mutable only inside this module)."""

    columns: tuple[Column, ...]
    key: tuple[str, ...]
    last_page: int
    rows: list[tuple[CellPart, ...]] = field(default_factory=list)
    breaks: set[int] = field(default_factory=set)  # indexes of rows that open a new page
    spans: tuple[tuple[float, float], ...] = ()  # each column's left and right edge
    runs_off: bool = True  # does the last fragment reach the foot of its page (no text below)?

    def role_index(self, role: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.role == role), None)

    @property
    def rec(self) -> int:
        """The recommendation column, which every plan has (read_header makes a plan's only
        action column its recommendation column)."""
        index = self.role_index("recommendation")
        assert index is not None, "a plan table has a recommendation column"
        return index


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


def below_title(fragment: TableFragment, ctx: Context) -> TableFragment:
    """The fragment from its header row on, where a title row or two ("Public Toilet Action
    Plan" across the table, one filled cell each) stands above the header."""
    tables = ctx.settings.tables
    for i, row in enumerate(fragment.rows[:tables.title_rows + 1]):
        rest = replace(fragment, rows=fragment.rows[i:])
        if i and is_plan_header(coded(read_header(row, ctx), rest, tables)):
            return rest
        if sum(bool(cell.paragraphs) for cell in row) > 1:
            break
    return fragment


def in_columns_of(table: _Open, fragment: TableFragment) -> TableFragment:
    """A fragment the table finder split into other columns than the table's on the page
    before (a page's rules drawn differently), its cells put in the table's columns by where
    their middles lie (each cell in one column: the first whose edges hold its middle, where
    a header cell drawn inside another gives two)."""
    if len(fragment.rows[0]) == len(table.columns) or len(table.spans) != len(table.columns):
        return fragment
    return replace(fragment, rows=tuple(in_spans(row, table.spans) for row in fragment.rows))


def in_spans(row: Sequence[CellPart], spans: Sequence[tuple[float, float]]) -> tuple[CellPart, ...]:
    placed: list[list[CellPart]] = [[] for _ in spans]
    for cell in row:
        middle = (cell.region.bbox.x0 + cell.region.bbox.x1) / 2
        holding = [k for k, (x0, x1) in enumerate(spans) if x0 <= middle <= x1]
        if holding:
            placed[holding[0]].append(cell)
    return tuple(joined_parts(cells, x0, x1, row[0]) for cells, (x0, x1) in zip(placed, spans))


def joined_parts(inside: Sequence[CellPart], x0: float, x1: float, first: CellPart) -> CellPart:
    if not inside:
        return CellPart((), Region(first.region.page, BBox(x0, first.region.bbox.top, x1, first.region.bbox.bottom)))
    if len(inside) == 1:
        return inside[0]
    box = BBox.around(c.region.bbox for c in inside)
    return replace(inside[0], paragraphs=tuple(p for c in inside for p in c.paragraphs),
                   region=Region(inside[0].region.page, box))


def coded(columns: tuple[Column, ...], fragment: TableFragment, tables: TableSettings) -> tuple[Column, ...]:
    """A recommendation column beside columns of short codes only (a summary of who accepted
    what: "F" in full, "P" in principle, "F/P", "Y", "✓", "Accepted"): the first such column read as the status, the others
    as codes (a role no field takes, so the headings name the table's columns)."""
    if "recommendation" not in {c.role for c in columns} or "status" in {c.role for c in columns}:
        return columns
    body = fragment.rows[1:]
    rec = [c.role for c in columns].index(Role.RECOMMENDATION)
    if sum(len(row[rec].text.split()) > 2 for row in body if rec < len(row)) * 2 < len(body):
        return columns  # no recommendations to speak of: a table of counts, say
    out, found = list(columns), False
    for i, column in enumerate(columns):
        values = [row[i].text.strip() for row in body if i < len(row) and row[i].text.strip()]
        if column.role is None and column.header.strip() and len(values) * 2 >= len(body) > 0 \
                and all(len(v) <= tables.max_code_chars and any(ch.isalpha() for ch in v) for v in values):
            out[i] = replace(column, role=Role.CODE if found else Role.STATUS)
            found = True
    return tuple(out)


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


def stitch_tables(pages: Sequence[Page], ctx: Context) -> list[RecommendationTable]:
    """The recommendation tables of a document, each stitched over the pages it runs across."""
    done: list[_Open] = []
    table: _Open | None = None
    for page, fragment, first_on_page, boxed in sorted(fragments(pages), key=lambda f: (f[0].number, f[1].bbox.top)):
        fragment = below_title(fragment, ctx)
        if table is not None and first_on_page and at_top(page, fragment) \
                and not is_plan_header(read_header(fragment.rows[0], ctx)):
            fragment = in_columns_of(table, fragment)  # its own header heads a table of its own
        columns = read_header(fragment.rows[0], ctx)
        repeated = is_plan_header(columns) and header_key(fragment.rows[0])
        if boxed and not (at_top(page, fragment) or is_plan_header(columns)):
            continue  # a boxed paragraph: running text
        if table is not None and continues(table, fragment, first_on_page) \
                and (not is_plan_header(columns) or repeated == table.key):
            body = (fragment.rows[1:] if repeated else overhang(page, fragment) + fragment.rows)
            if table.runs_off:
                table.breaks.add(len(table.rows))
            table.rows.extend(body)
            table.last_page = fragment.page
            table.runs_off = runs_off(page, fragment)
        elif is_plan_header(columns := coded(columns, fragment, ctx.settings.tables)):
            table = _Open(columns, header_key(fragment.rows[0]), fragment.page, list(fragment.rows[1:]),
                          spans=tuple((c.region.bbox.x0, c.region.bbox.x1) for c in fragment.rows[0]),
                          runs_off=runs_off(page, fragment))
            done.append(table)
        elif not boxed:
            table = None
    return [finish(t, ctx.settings.tables) for t in done]


def runs_off(page: Page, fragment: TableFragment) -> bool:
    """Is nothing printed below the fragment on its page (but running footers)? Only then can a
    row be broken at the page's foot and go on over the page."""
    return not any(b.bbox.top >= fragment.bbox.bottom - 1 for b in page.blocks)


def numbered(table: _Open) -> bool:
    """Do most rows that carry a recommendation carry a number (own column or leading its text)?"""
    rec = table.rec
    rows = [row for row in table.rows if row[rec].paragraphs or row_number(table, row)]
    hits = sum(bool(row_number(table, row)) for row in rows)
    return hits * 2 > len(rows)


def row_number(table: _Open, row: Sequence[CellPart]) -> str:
    number = table.role_index("number")
    if number is not None and row[number].text.strip():
        return row[number].text.strip()
    text = row[table.rec].text
    return text if starts_with_number(text) else ""


def is_broken_part(table: _Open, row: Sequence[CellPart], is_numbered: bool, above: Parts) -> bool:
    """Is this first row on a new page the rest of the row the previous page ended with (`above`)?
    Unnumbered, it is where its recommendation is empty or goes on in lower case, or where the
    sentence above is unfinished and a cell filled above is empty here (a new row fills them)."""
    if is_numbered:
        return not row_number(table, row)
    rec = table.rec
    text = row[rec].text.strip()
    if not text or text[0].islower():
        return True
    before = [p for part in above[rec] for p in part.paragraphs]
    return bool(before) and not ends_paragraph(before[-1]) and any(
        parts and not cell.paragraphs for k, (parts, cell) in enumerate(zip(above, row)) if k != rec)


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
    action, rec = table.role_index("action"), table.rec
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


def is_theme_row(cells: Sequence[CellPart], is_numbered: bool, after: Parts | None, tables: TableSettings) -> bool:
    """In a numbered plan, a row that heads a group of recommendations ("Theme 1: Information
    sharing"): text in the first cell only (often merged across the table), not a number; its
    heading is short ("1. Governance", "2. Existing Council provision:"). At the
    top of a page it must also not read as the rest of the row above (`after`)."""
    filled = [i for i, cell in enumerate(cells) if cell.paragraphs]
    if filled == [0] and len(cells) > 2 and spans_the_row(cells) and not numbered_item(cells[0].text, tables) \
            and len(cells[0].text.split()) <= tables.theme_words + 2 and not cells[0].text.rstrip().endswith("."):
        return True  # a short heading merged across the row: "Operational readiness and systems"
    if is_numbered and len(filled) == 1 and len(cells) > 2 and starts_with_number(cells[filled[0]].text):
        return not numbered_item(cells[filled[0]].text, tables)  # "4. Comms:" in whichever column
    if not is_numbered or filled != [0] or len(cells) <= 2 or numbered_item(cells[0].text, tables):
        return False
    before = [p for part in after[0] for p in part.paragraphs] if after else []
    return (not before or starts_with_number(before[-1])  # the cell above holds a number only
            or not continues_paragraph(before[-1], cells[0].paragraphs[0]))


def spans_the_row(cells: Sequence[CellPart]) -> bool:
    """Is the first cell merged across most of the row?"""
    left = min(c.region.bbox.x0 for c in cells)
    right = max(c.region.bbox.x1 for c in cells)
    box = cells[0].region.bbox
    return right > left and (box.x1 - box.x0) >= 0.6 * (right - left)


def marks_a_theme(table: _Open, cells: Sequence[CellPart]) -> bool:
    """A row numbered with a mark but no number ("#") and nothing in its recommendation cell: a
    theme bar ("# | Quality of practice")."""
    number = table.role_index("number")
    if number is None:
        return False
    mark = cells[number].text.strip()
    return bool(mark) and not any(ch.isalnum() for ch in mark) and not cells[table.rec].paragraphs


def merged_across(table: _Open, cells: Sequence[CellPart]) -> bool:
    """Is the row's first cell merged across most of the table's header (its columns' edges
    where known: an empty cell's box may be no more than a copy of the first's)?"""
    if not table.spans:
        return spans_the_row(cells)
    box, left, right = cells[0].region.bbox, table.spans[0][0], table.spans[-1][1]
    return right > left and (box.x1 - box.x0) >= 0.6 * (right - left)


def numbered_item(text: str, tables: TableSettings) -> bool:
    """A numbered cell that is an item, not a numbered theme heading ("1. Governance")."""
    number, rest = split_number(text.strip())
    return bool(number) and (len(rest.split()) > tables.theme_words or rest.rstrip().endswith("."))


def carries_on(table: _Open, cells: Sequence[CellPart]) -> bool:
    """A row with nothing in its number or recommendation cell, in a plan of one action per
    recommendation: the next lines of the row above (a table ruled line by line)."""
    if table.role_index("action") is not None:
        return False
    own = [table.role_index("number"), table.role_index("recommendation")]
    return all(i is None or not cells[i].paragraphs for i in own)


def runs_on(table: _Open, row: Parts, cells: Sequence[CellPart], is_numbered: bool) -> bool:
    """In a plan of one action per recommendation, a row with no number whose text carries on
    the sentence the row above left unfinished (in lower case, or in a numbered plan): a box
    ruled line by line."""
    if table.role_index("action") is not None or row_number(table, cells):
        return False
    rec = table.rec
    before = [p for part in row[rec] for p in part.paragraphs]
    after = cells[rec].paragraphs
    return (bool(before and after) and not ends_paragraph(before[-1])
            and (is_numbered or after[0][:1].islower()))


def is_heading(text: str, tables: TableSettings) -> bool:
    """A short line with no number and no closing stop: a theme heading ("Staff training")."""
    text = text.strip()
    return (bool(text) and text[0].isupper() and not starts_with_number(text)
            and len(text.split()) <= tables.theme_words + 2 and not ends_paragraph(text))


def heads_one_column(table: _Open, cells: Sequence[CellPart], tables: TableSettings) -> bool:
    """In a one-column recommendation table whose rows are numbered, a row holding a heading
    alone: the theme of the rows below it."""
    return (len(cells) == 1 and len(cells[0].paragraphs) == 1 and is_heading(cells[0].paragraphs[0], tables)
            and any(row_number(table, row) for row in table.rows))


def finish(table: _Open, tables: TableSettings) -> RecommendationTable:
    is_numbered = numbered(table)
    rows: list[Parts] = []
    theme: list[int] = []  # the filled columns of a theme row just passed
    for i, cells in enumerate(table.rows):
        at_break = bool(rows) and i in table.breaks
        filled = [k for k, cell in enumerate(cells) if cell.paragraphs]
        if not filled or (is_numbered and filled == theme and not row_number(table, cells)):
            continue  # empty, or the next line of a theme row ruled line by line ("2. Early" / "help")
        theme = []
        if rows and not at_break and runs_on(table, rows[-1], cells, is_numbered) \
                and not (len(cells) > 2 and merged_across(table, cells)):
            rows[-1] = extend(rows[-1], cells)  # the next lines of a row ruled line by line
            continue
        if is_theme_row(cells, is_numbered, rows[-1] if at_break else None, tables) \
                or heads_one_column(table, cells, tables) \
                or marks_a_theme(table, cells):
            theme = filled
            continue
        if rows and i in table.breaks and is_broken_part(table, cells, is_numbered, rows[-1]):
            rejoin(rows, cells, table)
        elif rows and (carries_on(table, cells) or runs_on(table, rows[-1], cells, is_numbered)):
            rows[-1] = extend(rows[-1], cells)
        else:
            rows.append(new_row(cells))
    return RecommendationTable(table.columns, tuple(Row(tuple(r)) for r in rows))


def without_summaries(tables: Sequence[RecommendationTable]) -> list[RecommendationTable]:
    """The tables less a summary one: a table numbered 1, 2, 3 ... whose numbers head the rows
    of a longer table with the same columns (1, 2, 3a, 3b (i-ii), 4 ...) restates that table
    recommendation by recommendation group, and is no record of its own."""
    numbers = [[leading_number(table, row) for row in table.rows] for table in tables]
    return [table for i, table in enumerate(tables)
            if not any(j != i and summarises(numbers[i], numbers[j]) and headers(table) == headers(other)
                       for j, other in enumerate(tables))]


def leading_number(table: RecommendationTable, row: Row) -> str:
    """The row's number: its number cell as printed, else the number its recommendation opens with."""
    number, rec = table.index("number"), table.index("recommendation")
    cell = row.cells[number] if number is not None else row.cells[rec] if rec is not None else ()
    text = " ".join(p for part in cell for p in part.paragraphs).strip()
    return text if number is not None else split_number(text)[0]


def headers(table: RecommendationTable) -> tuple[str, ...]:
    return tuple(" ".join(c.header.lower().split()) for c in table.columns)


def summarises(short: Sequence[str], long: Sequence[str]) -> bool:
    """Are `short`'s numbers plain whole numbers, each the head of one or more of `long`'s?"""
    if not short or len(long) <= len(short) or not all(n.isdigit() for n in short):
        return False
    heads = {re.match(r"\d*", n).group() for n in long}  # type: ignore[union-attr]
    return set(short) <= heads


def merged_printings(tables: Sequence[RecommendationTable]) -> list[RecommendationTable]:
    """The tables, a plan printed twice (a summary table, then the same rows in full with more
    columns, perhaps over several tables: the same numbers and much the same words) read once:
    from its first printing, with the columns only the second gives (its leads, say) taken from
    the row of the same number."""
    out: list[RecommendationTable] = []
    used: set[int] = set()
    for i, table in enumerate(tables):
        if i in used:
            continue
        own = {c.role for c in table.columns}
        for j in range(i + 1, len(tables)):
            if j not in used and same_numbers(table, tables[j]):
                table = with_columns_of(table, tables[j], own)
                used.add(j)
        out.append(table)
    return out


def printed_numbers(table: RecommendationTable) -> list[str]:
    return [n for n in (leading_number(table, row) for row in table.rows) if re.match(r"\d", n)]


def same_numbers(a: RecommendationTable, b: RecommendationTable) -> bool:
    """Does `b` print rows of `a` again: `a` numbers three or more rows, each once, every row
    of `b` has one of those numbers, and most of them say much the same as `a`'s?"""
    ours, theirs = printed_numbers(a), printed_numbers(b)
    if len(ours) < 3 or len(set(ours)) != len(ours) or not theirs or not set(theirs) <= set(ours):
        return False
    texts = {leading_number(a, row): row_text(a, row) for row in a.rows}
    alike = sum(similar(texts[leading_number(b, row)], row_text(b, row))
                for row in b.rows if leading_number(b, row) in texts)
    return alike * 2 > len(theirs)


def row_text(table: RecommendationTable, row: Row) -> set[str]:
    rec = table.index("recommendation")
    cell = row.cells[rec] if rec is not None else ()
    return set(" ".join(p for part in cell for p in part.paragraphs).lower().split())


def similar(a: set[str], b: set[str]) -> bool:
    """Do two texts share most of their words (half of all either uses)?"""
    return bool(a | b) and len(a & b) * 2 >= len(a | b)


def with_columns_of(first: RecommendationTable, second: RecommendationTable,
                    own: set[Role | None]) -> RecommendationTable:
    """`first` with the cells of the roles it did not print itself (`own`) filled from the row
    of `second` of the same number, a column added for each such role the first time."""
    roles = [c.role for c in second.columns if c.role and c.role not in own and c.role != "code"]
    columns = first.columns + tuple(c for c in second.columns if c.role in roles and first.index(c.role) is None)
    by_number = {leading_number(second, row): row for row in second.rows}
    rows = []
    for row in first.rows:
        cells = list(row.cells) + [()] * (len(columns) - len(row.cells))
        match = by_number.get(leading_number(first, row))
        for role in roles:
            k, theirs = [c.role for c in columns].index(role), second.index(role)
            if match is not None and theirs is not None:
                cells[k] = cells[k] or match.cells[theirs]
        rows.append(Row(tuple(cells)))
    return replace(first, columns=columns, rows=tuple(rows))
