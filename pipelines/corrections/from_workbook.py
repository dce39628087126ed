"""`actionplan corrections action_plan.xlsx -o corrections.csv`: the edits an analyst made in the
workbook's Action plan sheet, found by comparing it with the hidden Written sheet the run wrote
beside it, as corrections.csv rows: a changed cell is a `set`, a deleted row a `drop`, a new row
(no Recommendation ID, its Source file named) an `add` with `set` rows for what it says. Rows of
an existing corrections file are kept; an edit of a field they correct replaces their row."""

from __future__ import annotations

import getpass
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from pipelines.corrections.corrections_file import EDITABLE, Correction, problem
from pipelines.outputs.neutralise import restore
from pipelines.outputs.workbook import HEADERS, WRITTEN

#: why a correction made from the workbook was made, unless told
WHY = "edited in the workbook"


class NotAnActionPlan(ValueError):
    """The file is not a workbook actionplan wrote (one line: why)."""


def plain(value: object) -> str:
    """A cell's value as the feeds write it: a date as ISO, a whole number without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return restore(str(value))


def table(ws: Worksheet, names: Mapping[str, str]) -> list[dict[str, str]]:
    """The sheet's rows as {field: value}, its header read through `names` (header -> field)."""
    rows = ws.iter_rows(values_only=True)
    header = [names.get(str(h), str(h)) for h in next(rows, ())]
    return [dict(zip(header, map(plain, row))) for row in rows if any(v not in (None, "") for v in row)]


def sheets(path: Path) -> tuple[list[dict[str, str]], list[dict[str, str]], dict[str, str]]:
    """The Action plan's rows, the Written sheet's, and each document's id by source file."""
    try:
        wb = openpyxl.load_workbook(path)
    except (OSError, ValueError, KeyError) as error:  # openpyxl: not a zip, not a workbook
        raise NotAnActionPlan(f"cannot open {path} as a workbook: {error}") from error
    if not {"Action plan", WRITTEN, "Documents"} <= set(wb.sheetnames):
        raise NotAnActionPlan(f"{path} is not a workbook actionplan wrote (no Action plan and Written sheets)")
    by_header = {header: field for field, header in HEADERS.items()}
    documents = {r["source_file"]: r["document_id"] for r in table(wb["Documents"], by_header)}
    return table(wb["Action plan"], by_header), table(wb[WRITTEN], {}), documents


def edits(plan: Sequence[Mapping[str, str]], written: Sequence[Mapping[str, str]], documents: Mapping[str, str],
          taken: set[str], who: str) -> Iterator[Correction]:
    """The corrections the edits make; `taken`: ids already used for added records."""
    before = {r["recommendation_id"]: r for r in written}
    for row in plan:
        rid = row.get("recommendation_id", "")
        if rid in before:
            yield from (Correction(rid, "set", name, row.get(name, ""), who=who, why=WHY)
                        for name in EDITABLE if row.get(name, "") != before[rid][name])
        elif not rid and row.get("source_file") in documents and row.get("text"):
            new = next(rid for n in range(1, 10_000)
                       if (rid := f"{documents[row['source_file']]}-c{n:03d}") not in taken)
            taken.add(new)
            yield Correction(new, "add", source_file=row["source_file"], who=who, why=WHY)
            yield from (Correction(new, "set", name, row[name], who=who, why=WHY)
                        for name in EDITABLE if row.get(name))
    kept = {row.get("recommendation_id", "") for row in plan}
    yield from (Correction(rid, "drop", who=who, why=WHY) for rid in before if rid not in kept)


def merged(old: Sequence[Correction], new: Sequence[Correction]) -> list[Correction]:
    """`old` with each row that `new` corrects again (the same record and field) replaced."""
    replaced = {(c.recommendation_id, c.action, c.field) for c in new}
    return [c for c in old if (c.recommendation_id, c.action, c.field) not in replaced] + list(new)


def user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in this environment
        return ""


def corrections_from(path: Path, old: Sequence[Correction] = (), who: str | None = None) -> list[Correction]:
    """Every correction: `old`'s, and the edits made in the workbook at `path`. A row whose value
    a correction cannot take (a status not in the list) is refused as NotAnActionPlan names it."""
    plan, written, documents = sheets(path)
    taken = {c.recommendation_id for c in old if c.action == "add"}
    new = list(edits(plan, written, documents, taken, user() if who is None else who))
    for c in new:
        if problem(c):
            raise NotAnActionPlan(f"{path}: recommendation {c.recommendation_id}: {problem(c)}")
    return merged(old, new)
