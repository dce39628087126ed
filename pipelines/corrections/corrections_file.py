"""corrections.csv, the file an analyst owns: one row per correction, read and checked whole
before any work, so a bad row is one line naming the file, the line and what is wrong.

Columns: `recommendation_id` (the record), `action` (`set` a field to `value`, `drop` a false
record, `add` a missed one to the document `source_file`, under the id given), `field`, `value`,
`source_file` (for `add`), `who`, `why`. An added record's fields are `set` rows on its id."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.user_files import read_regular

COLUMNS = ("recommendation_id", "action", "field", "value", "source_file", "who", "why")
ACTIONS = ("set", "drop", "add")
#: the fields a correction may set, and what a value of each must look like
FIELDS = {"number": r".+", "text": r"(?s).+", "addressee": r"(?s).*", "lead": r"(?s).*", "progress": r"(?s).*",
          "status": r"complete|in_progress|not_started|unknown", "rag": r"red|amber|green|",
          "progress_as_of": r"(\d{4}-\d{2}-\d{2})?", "target_date": r"(\d{4}-\d{2}-\d{2})?",
          "target_text": r"(?s).*", "page_start": r"[1-9]\d{0,5}", "page_end": r"[1-9]\d{0,5}",
          "acceptance": r"accepted|accepted_in_part|accepted_in_principle|not_accepted|noted|"}

#: the fields an analyst edits in the workbook's Action plan sheet (`actionplan corrections`)
EDITABLE = ("number", "text", "addressee", "lead", "progress", "status", "rag", "target_date", "target_text",
            "acceptance")


class CorrectionsInvalid(ValueError):
    """A corrections file that cannot be used: the file, the line (0: the whole file) and why."""

    def __init__(self, path: Path, line: int, what: str) -> None:
        self.path, self.line, self.what = path, line, what
        super().__init__(f"{path} line {line}: {what}" if line else f"{path}: {what}")


@dataclass(frozen=True)
class Correction:
    """One row of corrections.csv, with the line it is on."""

    recommendation_id: str
    action: str
    field: str = ""
    value: str = ""
    source_file: str = ""
    who: str = ""
    why: str = ""
    line: int = 0

    def row(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in COLUMNS}


def problem(c: Correction) -> str:
    """Why a row cannot be applied, or ""."""
    if c.action not in ACTIONS:
        return f"action {c.action!r} is not one of {', '.join(ACTIONS)}"
    if not c.recommendation_id:
        return "recommendation_id is empty"
    if c.action == "add" and not c.source_file:
        return "an add names the document it adds to: source_file is empty"
    if c.action == "set" and c.field not in FIELDS:
        return f"field {c.field!r} cannot be corrected (one of {', '.join(FIELDS)})"
    if c.action == "set" and not re.fullmatch(FIELDS[c.field], c.value):
        return f"{c.field}: {c.value!r} is not a value it can take"
    return ""


def read_corrections(path: Path) -> tuple[Correction, ...]:
    """Every correction of the file at `path`; CorrectionsInvalid for the first bad row."""
    try:
        text = read_regular(path).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CorrectionsInvalid(path, 0, "not UTF-8 text: save it as UTF-8") from error
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in ("recommendation_id", "action") if c not in (reader.fieldnames or [])]
    if missing:
        raise CorrectionsInvalid(path, 1, f"column {missing[0]!r} is missing")
    found = []
    for row in reader:
        c = Correction(**{name: (row.get(name) or "").strip() if name != "value" else row.get(name) or ""
                          for name in COLUMNS}, line=reader.line_num)
        if problem(c):
            raise CorrectionsInvalid(path, reader.line_num, problem(c))
        found.append(c)
    return tuple(found)


def write_corrections(path: Path, corrections: Sequence[Correction]) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(c.row() for c in corrections)
    path.write_text(out.getvalue(), encoding="utf-8")
