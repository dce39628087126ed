"""Where a recommendation stands: its status from the plan's status column, progress text or
RAG rating, its RAG rating from the RAG column's word or colour, and a multi-action status."""

from __future__ import annotations

from collections.abc import Sequence

from extract.context import Context
from extract.fields.mentions import combine, status, unique
from extract.model import RecommendationTable, Row
from extract.rules.vocabulary import spans
from extract.tables.rows import column_text
from extract.values import Rag, Status

#: ratings written to the feeds (Blue is not one)
RAG_VALUES = frozenset({Rag.RED, Rag.AMBER, Rag.GREEN})


def rated(printed: str, ctx: Context) -> tuple[Rag, Status]:
    """The rating a whole RAG cell names (patterns/rag.jsonl: red, amber, green, blue or none)
    and the status it stands for (the pattern's id; unknown for none)."""
    doc = ctx.nlp(printed.strip())
    whole = [s for s in spans(doc, "rag") if s.start == 0 and s.end == len(doc)]
    return (Rag(whole[0].label_), Status(whole[0].id_ or Status.UNKNOWN)) if whole else (Rag.NONE, Status.UNKNOWN)


def rating(printed: str, ctx: Context) -> Rag:
    """The rating a whole RAG cell names: red, amber, green, blue or none."""
    return rated(printed, ctx)[0]


def read_status(printed: str, progress: str, ctx: Context, rag: str = "") -> tuple[Status, str]:
    """From the plan's status column where it says something the rules know, else from the
    progress text, else from the RAG rating."""
    for text in (printed, progress):
        decided = status(ctx.nlp(text)) if text else (Status.UNKNOWN, "")
        if decided[0] != Status.UNKNOWN:
            return decided
    implied = rated(rag, ctx)[1] if rag.strip() else Status.UNKNOWN
    return (implied, f"RAG {rag.strip()}") if implied != Status.UNKNOWN else (Status.UNKNOWN, "")


def rag_word(table: RecommendationTable, row: Row) -> str:
    """The RAG column's word ("Amber", "A"), else the colour its cell is filled with."""
    i = table.index("rag")
    if i is None:
        return ""
    printed = column_text(table, row, "rag", " ").strip()
    return printed or next((part.fill for part in row.cells[i] if part.fill), "")


def read_rag(table: RecommendationTable, row: Row, ctx: Context) -> Rag:
    """red, amber or green from the RAG column's word or colour; Blue (BRAG: done) is no RAG."""
    rated = rating(rag_word(table, row), ctx)
    return rated if rated in RAG_VALUES else Rag.NONE


def row_status(table: RecommendationTable, row: Row, ctx: Context) -> tuple[Status, str]:
    """(status, evidence) of one row: its status cell, progress text or RAG rating."""
    return read_status(column_text(table, row, "status", " "), column_text(table, row, "progress"), ctx,
                       rag_word(table, row))


def actions_status(statuses: Sequence[tuple[Status, str]]) -> tuple[Status, str]:
    """A recommendation with several actions (each action's (status, evidence)) is complete when
    every action is, not started when none has begun, else in progress; an action with no
    status yet counts as not begun. The evidence is the actions' own deciding words."""
    if all(decided == Status.UNKNOWN for decided, _ in statuses):
        return Status.UNKNOWN, ""
    overall = combine({decided if decided != Status.UNKNOWN else Status.NOT_STARTED for decided, _ in statuses})
    return overall, "; ".join(unique(words for _, words in statuses if words))
