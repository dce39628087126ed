"""Step 4: a table's header row -> the role of each column, by meaning (patterns/columns.jsonl)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from extract.context import Context
from extract.fields.dates import first_date
from extract.model import CellPart, Column
from extract.rules.vocabulary import only, spans
from extract.values import Role

#: a table of what a review found beside what it recommends ("Conclusion | Recommendation")
FOUND_AND_RECOMMENDED = frozenset({"finding", "recommendation"})
#: a recommendations table names a recommendation column and at least one of these
PLAN_ROLES = frozenset({"lead", "progress", "target", "rag", "status"})


def header_key(cells: Sequence[CellPart]) -> tuple[str, ...]:
    """Normalised header texts, to recognise a header row repeated on a later page."""
    return tuple(" ".join(cell.text.lower().split()) for cell in cells)


#: roles a short heading names wherever the word stands ("Learning / recommendation",
#: "Evidence of progress"); the others only as its first words ("Mitigating action" is no action)
ANYWHERE = frozenset({"recommendation", "progress"})


def normalise_heading(text: str) -> str:
    """"Action(s)" -> "Actions", "Lead/Owner" -> "Lead / Owner": headings as words."""
    text = re.sub(r"\((s|es)\)", r"\1", text)
    return " ".join(re.sub(r"(?<=[^\W\d_])\s*/\s*(?=[^\W\d_])", " / ", text).split())


@lru_cache(maxsize=4096)
def read_column(header: str, ctx: Context) -> Column:
    """The role of the phrase the heading starts with ("Progress at 31.10.14" -> progress), or
    of a strong word anywhere in it; a heading that merely mentions a weak one ("Mitigating
    action") has none. (Cached: every line of a page is tried as a header.)"""
    doc = only(normalise_heading(header), "columns", ctx.nlp)
    found = [s for s in spans(doc, "columns") if s.start == 0 or s.label_ in ANYWHERE]
    if not found or len(doc) > ctx.settings.tables.max_heading_tokens:
        return Column(header, None)
    role = Role(found[0].label_)
    as_of = first_date(header, ctx) if role == Role.PROGRESS else None
    return Column(header, role, as_of)


def read_header(cells: Sequence[CellPart], ctx: Context) -> tuple[Column, ...]:
    """Columns named by a header row; a role taken by an earlier column is not given twice.
    Where no column is headed as the recommendation, the action column is the recommendation."""
    columns: list[Column] = []
    for cell in cells:
        column = read_column(" ".join(cell.paragraphs), ctx)
        if column.role in {c.role for c in columns}:
            column = Column(column.header, None)
        columns.append(column)
    if Role.RECOMMENDATION not in {c.role for c in columns}:
        columns = [replace(c, role=Role.RECOMMENDATION) if c.role == Role.ACTION else c for c in columns]
    return tuple(columns)


def is_plan_header(columns: Sequence[Column]) -> bool:
    """A recommendation column beside a plan's column, or a table of one column headed as the
    recommendations ("Areas for improvement" over a boxed list); more of the headings name a
    plan's column than not (a grants table's "Organisation | Project summary | Amount |
    Recommendation" is no plan)."""
    roles = {c.role for c in columns}
    named = sum(c.role is not None for c in columns)
    if named <= sum(c.role is None and bool(c.header.strip()) for c in columns):
        return False  # most headings name no plan column: a table of something else
    return "recommendation" in roles and (bool(roles & PLAN_ROLES) or len(columns) == 1 or roles == FOUND_AND_RECOMMENDED)
