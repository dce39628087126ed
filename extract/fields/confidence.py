"""How sure the extractor is of a recommendation: what lowers confidence, and by how much."""

from __future__ import annotations

from extract.model import RecommendationTable
from extract.settings import FieldSettings

#: what lowers confidence in a row, and by how much
PENALTY = {
    "number_missing": 0.3,
    "lead_missing": 0.2,
    "progress_missing": 0.2,
    "rejoined_across_pages": 0.1,
    "status_unknown": 0.1,
    "text_short": 0.3,
    "number_repeated": 0.2,
}


def confidence(flags: list[str]) -> float:
    return round(max(0.0, 1.0 - sum(PENALTY[f] for f in flags)), 2)


def text_flags(text: str, rejoined: bool, fields: FieldSettings) -> list[str]:
    flags = ["text_short"] if len(text.split()) < fields.short_text_words else []
    return flags + (["rejoined_across_pages"] if rejoined else [])


def flags_for(table: RecommendationTable, text: str, number: str, lead: str, progress: str,
              decided: str, rejoined: bool, fields: FieldSettings) -> list[str]:
    flags = text_flags(text, rejoined, fields)
    if not number:
        flags.append("number_missing")
    if table.index("lead") is not None and not lead:
        flags.append("lead_missing")
    if table.index("progress") is not None and not progress:
        flags.append("progress_missing")
    if decided == "unknown":
        flags.append("status_unknown")
    return flags
