"""What a stitched table row holds, by column role: its number and text, a column's text, its
timescale, and the rows that make up one recommendation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from extract.context import Context
from extract.fields.dates import first_date, parse_date
from extract.fields.numbering import printed_number, split_number
from extract.model import RecommendationTable, Row
from extract.tables import cells


@dataclass(frozen=True)
class Source:
    """Which document the rows come from."""

    document_id: str
    source_file: str


def column_text(table: RecommendationTable, row: Row, role: str, sep: str = "\n") -> str:
    i = table.index(role)
    if i is None and role == "lead":  # no lead column: the bodies a recommendation cell names
        return addressed(column_text(table, row, "recommendation"))[0]
    return "" if i is None else cells.text(row.cells[i], sep)


#: a cell that opens by naming whom it is for: "This recommendation is for:" / the bodies / the text
_FOR = re.compile(r"^(?:this recommendation is for|recommendation for|action for|for action|for)\s*:\s*$", re.IGNORECASE)


def addressed(text: str) -> tuple[str, str]:
    """(the bodies, the rest) of a recommendation cell opening "This recommendation is for:",
    else ("", text)."""
    first, _, rest = text.partition("\n")
    if not _FOR.match(first.strip()) or not rest:
        return "", text
    bodies, _, body = rest.partition("\n")
    return bodies.strip(), body


def number_and_text(table: RecommendationTable, row: Row) -> tuple[str, str]:
    own = printed_number(column_text(table, row, "number", " "))
    number, text = split_number(addressed(column_text(table, row, "recommendation"))[1])
    return (own or number), text


def target(table: RecommendationTable, row: Row, ctx: Context) -> tuple[date | None, str]:
    """The deadline where the plan prints a whole date ("31/03/2025", "By 30 September 2024"),
    and the timescale as printed ("Q3 2024/25", "Ongoing")."""
    printed = column_text(table, row, "target", " ")
    day = (parse_date(printed) or first_date(printed, ctx)) if printed else None
    return (day.whole() if day else None), printed


def as_of(table: RecommendationTable, fallback: date | None) -> date | None:
    """The date the progress column's heading gives ("Progress at 31.10.14"), or `fallback` where
    it gives none; a heading date without its year is no date, and the text's date not its."""
    i = table.index("progress")
    heading = table.columns[i].as_of if i is not None else None
    if heading is None:
        return fallback
    return heading.whole()


def row_groups(table: RecommendationTable) -> list[tuple[Row, ...]]:
    """The rows of each recommendation: one, or where the plan lists several actions under a
    recommendation cell merged down over them, the first row and its unnumbered action rows."""
    groups: list[list[Row]] = []
    for row in table.rows:
        number, text = number_and_text(table, row)
        if groups and table.index("action") is not None and not number and not text.strip():
            groups[-1].append(row)
        else:
            groups.append([row])
    return [tuple(g) for g in groups]


def joined(values: Sequence[str], sep: str) -> str:
    """Non-empty values in order of first appearance, each once."""
    return sep.join(dict.fromkeys(v for v in values if v))
