"""Corrections applied to the recommendations feed, after extraction, in the file's order: a
`set` replaces one field of one record, a `drop` takes a false record out, an `add` puts a
missed record at the end of its document's rows (its fields then `set` on its id). A correction
whose record is not there (the PDF changed, so its ids did) is never applied to another: it is
returned as unapplied, for the Checks sheet and stderr. Applying the same corrections again
changes nothing, so a feed folder's rows, corrected when read, are corrected again after a merge."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from extract.values import SourceKind, Status
from pipelines.corrections.corrections_file import Correction
from pipelines.outputs.neutralise import restore

#: the fields a number is kept in
WHOLE_NUMBERS = {"page_start", "page_end"}


@dataclass(frozen=True)
class Applied:
    """What the corrections did: each corrected field's value before (by record id and field)
    with who made it and why, and the corrections that found no record."""

    before: Mapping[tuple[str, str], str] = field(default_factory=dict)
    notes: Mapping[tuple[str, str], str] = field(default_factory=dict)
    unapplied: tuple[Correction, ...] = ()


def added(c: Correction, documents: pd.DataFrame, columns: Sequence[str]) -> dict[str, object] | None:
    """A missed record's row, its fields empty until `set`; None if its document is not read."""
    found = documents.loc[documents["source_file"] == c.source_file, "document_id"]
    if found.empty or not found.iloc[0]:
        return None
    row: dict[str, object] = {name: "" for name in columns}
    row.update(recommendation_id=c.recommendation_id, document_id=found.iloc[0], source_file=c.source_file,
               number="?", status=Status.UNKNOWN.value, page_start=1, page_end=1, source=SourceKind.ANALYST.value,
               confidence=1.0)
    return row


def grouped(lead: str) -> str:
    """A corrected lead's `lead_canonical`: each part tidied as a printed lead the alias table does
    not list is (the alias table itself needs the language pipeline, imported with this only)."""
    from extract.fields.leads import tidy

    return "; ".join(dict.fromkeys(tidy(part) for part in re.split(r"\s*;\s*", lead) if part.strip()))


def note(c: Correction) -> str:
    return ": ".join(part for part in (c.who, c.why) if part)


def apply_corrections(recommendations: pd.DataFrame, documents: pd.DataFrame,
                      corrections: Sequence[Correction]) -> tuple[pd.DataFrame, Applied]:
    """`recommendations` with the corrections applied and its `corrected` column filled."""
    columns = list(recommendations.columns)
    rows = {r["recommendation_id"]: r for r in recommendations.to_dict("records")}
    before: dict[tuple[str, str], str] = {}
    notes: dict[tuple[str, str], str] = {}
    marks: dict[str, list[str]] = {rid: [] for rid in rows}
    unapplied = []
    for c in corrections:
        if c.action == "add":
            row = rows.get(c.recommendation_id) or added(c, documents, columns)
            if row is None:
                unapplied.append(c)
                continue
            rows[c.recommendation_id], marks[c.recommendation_id] = row, ["added"]
        elif c.recommendation_id not in rows:
            unapplied.append(c)
        elif c.action == "drop":
            del rows[c.recommendation_id]
        elif c.action == "set":
            key = (c.recommendation_id, c.field)
            before.setdefault(key, str(rows[c.recommendation_id][c.field]))
            notes[key] = note(c)
            rows[c.recommendation_id][c.field] = int(c.value) if c.field in WHOLE_NUMBERS else c.value
            if c.field == "lead":
                rows[c.recommendation_id]["lead_canonical"] = grouped(c.value)
            marks[c.recommendation_id] += [c.field] if c.field not in marks[c.recommendation_id] else []
    kept = sorted(rows.values(), key=lambda r: restore(str(r["source_file"])))  # stable: as the feeds order them
    frame = pd.DataFrame(kept, columns=columns).assign(corrected=["; ".join(marks[str(r["recommendation_id"])])
                                                                  for r in kept])
    return frame, Applied(before, notes, tuple(unapplied))
