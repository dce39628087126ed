"""Step 6: stitched table rows -> Recommendation records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.language import Language

from extract import cells
from extract.dates import has_year, parse_date
from extract.language import addressee, agencies, status, timescales
from extract.model import Recommendation, RecommendationTable, Row
from extract.stitch import NUMBER

RAG = {"red": "red", "r": "red", "amber": "amber", "a": "amber", "green": "green", "g": "green"}

#: what lowers confidence in a row, and by how much
PENALTY = {
    "number_missing": 0.3,
    "lead_missing": 0.2,
    "progress_missing": 0.2,
    "rejoined_across_pages": 0.1,
    "status_unknown": 0.1,
}


@dataclass(frozen=True)
class Source:
    """Which document the rows come from."""

    document_id: str
    source_file: str


def split_number(text: str) -> tuple[str, str]:
    """("2.1", "The Board should ...") from "2.1. The Board should ..."; ("", text) if unnumbered."""
    match = NUMBER.match(text)
    if not match:
        return "", text
    return match.group(1), text[match.end():].lstrip()


def column_text(table: RecommendationTable, row: Row, role: str, sep: str = "\n") -> str:
    i = table.index(role)
    return "" if i is None else cells.text(row.cells[i], sep)


def number_and_text(table: RecommendationTable, row: Row) -> tuple[str, str]:
    own = column_text(table, row, "number", " ").strip().rstrip(".")
    number, text = split_number(column_text(table, row, "recommendation"))
    return (own or number), text


def confidence(flags: list[str]) -> float:
    return round(max(0.0, 1.0 - sum(PENALTY[f] for f in flags)), 2)


def flags_for(table: RecommendationTable, row: Row, number: str, lead: str, progress: str,
              decided: str) -> list[str]:
    flags = []
    if not number:
        flags.append("number_missing")
    if table.index("lead") is not None and not lead:
        flags.append("lead_missing")
    if table.index("progress") is not None and not progress:
        flags.append("progress_missing")
    if row.rejoined:
        flags.append("rejoined_across_pages")
    if decided == "unknown":
        flags.append("status_unknown")
    return flags


def target(table: RecommendationTable, row: Row) -> tuple[date | None, str]:
    printed = column_text(table, row, "target", " ")
    day = parse_date(printed) if printed else None
    return (day if day and has_year(day) else None), printed


def as_of(table: RecommendationTable, fallback: date | None) -> date | None:
    i = table.index("progress")
    return (table.columns[i].as_of if i is not None else None) or fallback


def build_recommendation(table: RecommendationTable, row: Row, position: int, source: Source,
                         nlp: Language, progress_as_of: date | None) -> Recommendation:
    number, text = number_and_text(table, row)
    lead = column_text(table, row, "lead", "; ")
    progress = column_text(table, row, "progress")
    decided, evidence = status(nlp(column_text(table, row, "status", " ") or progress))
    words = nlp(text)
    rag = RAG.get(column_text(table, row, "rag", " ").strip().lower(), "")
    target_date, target_text = target(table, row)
    regions = row.regions
    return Recommendation(
        recommendation_id=f"{source.document_id}-{position:03d}", document_id=source.document_id,
        source_file=source.source_file, number=number or str(position), text=text,
        addressee=addressee(words), lead=lead, progress=progress, status=decided,
        status_evidence=evidence, rag=rag, progress_as_of=as_of(table, progress_as_of),
        target_date=target_date, target_text=target_text, timescales=timescales(words), agencies=agencies(words),
        page_start=regions[0].page, page_end=regions[-1].page, source="table",
        confidence=confidence(flags_for(table, row, number, lead, progress, decided)),
        regions=regions)


def from_tables(tables: list[RecommendationTable], source: Source, nlp: Language,
                progress_as_of: date | None = None) -> tuple[Recommendation, ...]:
    """Every recommendation row of the document's tables, numbered by position when unnumbered."""
    rows = [(table, row) for table in tables for row in table.rows]
    return tuple(build_recommendation(table, row, i, source, nlp, progress_as_of)
                 for i, (table, row) in enumerate(rows, 1))
