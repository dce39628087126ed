"""Step 5: table fragments on consecutive pages -> whole recommendation tables, with repeated
header rows dropped and rows broken at a page boundary rejoined."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language

from extract.columns import header_key, is_plan_header, read_header
from extract.model import CellPart, Column, Page, RecommendationTable, Row, TableFragment

NUMBER = re.compile(r"^(?:Recommendation\s+|Rec\.?\s*)?(R?\d+(?:\.\d+)*)(?:[.):]|\s*[-–:])?(?=\s|$)",
                    re.IGNORECASE)


@dataclass
class _Open:
    """A table being stitched (mutable only inside this module)."""

    columns: tuple[Column, ...]
    key: tuple[str, ...]
    last_page: int
    rows: list[tuple[CellPart, ...]] = field(default_factory=list)
    breaks: set[int] = field(default_factory=set)  # indexes of rows that open a new page


def fragments(pages: Iterable[Page]) -> Iterable[tuple[TableFragment, bool]]:
    """Every table fragment, and whether it is the first table on its page."""
    for page in pages:
        for i, fragment in enumerate(page.tables):
            if fragment.rows:
                yield fragment, i == 0


def continues(table: _Open | None, fragment: TableFragment, first_on_page: bool) -> bool:
    return (table is not None and first_on_page and fragment.page == table.last_page + 1
            and len(fragment.rows[0]) == len(table.columns))


def stitch_tables(pages: Sequence[Page], nlp: Language) -> list[RecommendationTable]:
    """The recommendation tables of a document, each stitched over the pages it runs across."""
    done: list[_Open] = []
    table: _Open | None = None
    for fragment, first_on_page in fragments(pages):
        columns = read_header(fragment.rows[0], nlp)
        repeated = is_plan_header(columns) and header_key(fragment.rows[0])
        if continues(table, fragment, first_on_page) and (not is_plan_header(columns) or repeated == table.key):
            body = fragment.rows[1:] if repeated else fragment.rows
            table.breaks.add(len(table.rows))
            table.rows.extend(body)
            table.last_page = fragment.page
        elif is_plan_header(columns):
            table = _Open(columns, header_key(fragment.rows[0]), fragment.page, list(fragment.rows[1:]))
            done.append(table)
        else:
            table = None
    return [finish(t) for t in done]


def starts_with_number(text: str) -> bool:
    return bool(NUMBER.match(text.strip()))


def numbered(table: _Open) -> bool:
    """Do most rows of the table carry a number (own column or leading their text)?"""
    hits = sum(bool(row_number(table, row)) for row in table.rows)
    return hits * 2 > len(table.rows)


def row_number(table: _Open, row: Sequence[CellPart]) -> str:
    roles = [c.role for c in table.columns]
    if "number" in roles and row[roles.index("number")].text.strip():
        return row[roles.index("number")].text.strip()
    text = row[roles.index("recommendation")].text
    return text if starts_with_number(text) else ""


def is_broken_part(table: _Open, row: Sequence[CellPart], is_numbered: bool) -> bool:
    """Is this first row on a new page the rest of the row the previous page ended with?"""
    if is_numbered:
        return not row_number(table, row)
    text = row[[c.role for c in table.columns].index("recommendation")].text.strip()
    return not text or text[0].islower()


def finish(table: _Open) -> RecommendationTable:
    is_numbered = numbered(table)
    rows: list[list[tuple[CellPart, ...]]] = []
    for i, cells in enumerate(table.rows):
        if not any(c.paragraphs for c in cells):
            continue
        if rows and i in table.breaks and is_broken_part(table, cells, is_numbered):
            rows[-1] = [parts + ((cell,) if cell.paragraphs else ()) for parts, cell in zip(rows[-1], cells)]
        else:
            rows.append([(cell,) if cell.paragraphs else () for cell in cells])
    return RecommendationTable(table.columns, tuple(Row(tuple(r)) for r in rows))
