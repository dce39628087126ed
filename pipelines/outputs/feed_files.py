"""A feed folder's CSVs read back for the next merge, each row with the line it starts on, so a
hand-edited or re-saved file is refused in one line that says where and what is wrong
(`documents.csv line 3: pages: 'five' is not a whole number`) before any work is done.

Values are read as stored (formula-looking ones keep the apostrophe `write_csv` added), so the
merge compares and writes them back unchanged.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from extract.user_files import MAX_BYTES, read_regular
from pipelines.outputs.datapackage import DATES, KEYS
from pipelines.outputs.frames import frame
from pipelines.outputs.schemas import MODELS

#: columns added after feeds were first kept: a feed written before them gets them empty
ADDED_LATER = ("last_read_ok", "acceptance", "tracked_id", "corrected")
#: what a failed pandera check means, by the check's name
CHECKS = {"isin": "is not one of {allowed}", "str_matches": "does not match {pattern}",
          "str_length": "is empty", "greater_than_or_equal_to": "is below {bound}",
          "less_than_or_equal_to": "is above {bound}", "field_uniqueness": "is repeated: it must be unique",
          "multiple_fields_uniqueness": "repeats another row's {columns}",
          "error_has_reason": "status and error disagree: an error row needs its reason, only an error row has one",
          "pages_in_order": "page_end is before page_start"}


class FeedFileInvalid(ValueError):
    """A feed file the merge cannot use: `str(error)` names the file, the line and what is wrong."""

    def __init__(self, path: Path, line: int, what: str) -> None:
        self.path, self.line, self.what = path, line, what
        super().__init__(f"{path} line {line}: {what}" if line else f"{path}: {what}")


def decoded(path: Path) -> str:
    data = read_regular(path)
    if not data.strip():
        raise FeedFileInvalid(path, 1, "empty file: no header row")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise FeedFileInvalid(path, line, f"not UTF-8 text (byte 0x{data[error.start]:02x}): "
                                          "save it as UTF-8") from error


def records(path: Path) -> list[tuple[int, list[str]]]:
    """Each non-blank record of the CSV with the line it starts on (a cell may be as long as the
    file: the writer keeps whole texts, past the csv module's default limit of 131,072)."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    reader = csv.reader(io.StringIO(decoded(path), newline=""), strict=True)
    found, end = [], 0
    try:
        for row in reader:
            if row:
                found.append((end + 1, row))
            end = reader.line_num
    except csv.Error as error:
        raise FeedFileInvalid(path, end + 1, f"not a CSV file: {error}") from error  # the record's first line
    return found


def header_problem(header: list[str], columns: list[str]) -> str:
    missing = [c for c in columns if c not in header]
    unknown = [c for c in header if c not in columns]
    if missing:
        return f"column {missing[0]!r} is missing"
    if unknown:
        return f"unknown column {unknown[0]!r}"
    if len(set(header)) < len(header):
        return f"column {next(c for c in header if header.count(c) > 1)!r} is named twice"
    found, wanted = next((h, c) for h, c in zip(header, columns) if h != c)
    return f"the columns are out of order: {found!r} where {wanted!r} belongs"


def numeric(value: str, kind: str) -> int | float | None:
    try:
        number = int(value) if kind.startswith("int") else float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def coerced(path: Path, rows: list[tuple[int, dict[str, object]]], columns: dict[str, pa.Column]) -> None:
    """Numbers in the numeric columns, in place; the first value that is none is refused."""
    for line, row in rows:
        for name, column in columns.items():
            kind = str(column.dtype)
            if kind.startswith(("int", "float")):
                number = numeric(str(row[name]), kind)
                if number is None:
                    what = "a whole number" if kind.startswith("int") else "a number"
                    raise FeedFileInvalid(path, line, f"{name}: {row[name]!r} is not {what}")
                row[name] = number


def described(failure: pd.Series, model: type[pa.DataFrameModel]) -> str:
    """One pandera failure as `column: 'value' what is wrong`."""
    check = str(failure["check"])
    name, _, argument = check.partition("(")
    argument = argument[:-1]
    what = CHECKS.get(name, f"fails the check {check}")
    what = what.format(allowed=argument.strip("[]").replace("'", ""), pattern=argument,
                       bound=argument, columns=" and ".join(getattr(model.Config, "unique", None) or ()))
    column = failure["column"]
    if name == "str_matches" and column in DATES:
        what = "is not a date as YYYY-MM-DD"
    if failure["schema_context"] != "Column":
        return what
    return f"{column}: {failure['failure_case']!r} {what}"


def validated(path: Path, lines: list[int], model: type[pa.DataFrameModel], df: pd.DataFrame) -> pd.DataFrame:
    """`df` validated; raise for the earliest row that breaks the model, if one does."""
    try:
        return model.validate(df, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        placed = cases[cases["index"].notna()].assign(row=lambda c: c["index"].astype(int),
                                                      whole=lambda c: c["schema_context"] != "Column")
        first = placed.sort_values(["row", "whole"], kind="stable").iloc[0] if len(placed) else cases.iloc[0]
        line = lines[int(first["row"])] if len(placed) else 1
        raise FeedFileInvalid(path, line, described(first, model)) from errors


def unique_keys(path: Path, lines: list[int], df: pd.DataFrame, key: list[str]) -> None:
    """Raise for the first row that repeats an earlier row's key (the data package's primary key)."""
    repeats = df.duplicated(key, keep="first").to_numpy()
    if repeats.any():
        at = int(repeats.argmax())
        same = (df[key] == df.iloc[at][key]).all(axis=1).to_numpy()
        values = [getattr(value, "item", lambda v=value: v)() for value in df.iloc[at][key]]  # numpy -> Python
        named = " and ".join(f"{column} {value!r}" for column, value in zip(key, values))
        raise FeedFileInvalid(path, lines[at], f"{named} is already on line {lines[int(same.argmax())]}")


def without_year_one(row: dict[str, object]) -> dict[str, object]:
    """A row an older version (0.1.0) wrote, its year-1 dates ("0001-11-25", a day printed
    without its year) made empty as this version writes them: the schema now rejects them."""
    return {k: "" if k in DATES and str(v).startswith("0001-") else v for k, v in row.items()}


def read_feed(path: Path, model: type[pa.DataFrameModel]) -> pd.DataFrame:
    """A feed CSV as stored (empty if there is none yet), with its schema's types; a file the
    schema refuses raises FeedFileInvalid for its first wrong line."""
    columns = model.to_schema().columns
    names = list(columns)
    if not path.exists():
        return frame([], names, model)
    found = records(path)
    header = found[0][1] if found else []
    added = [c for c in ADDED_LATER if c in names and c not in header]
    if header + added != names:
        raise FeedFileInvalid(path, found[0][0] if found else 1, header_problem(header + added, names))
    rows: list[tuple[int, dict[str, object]]] = []
    for line, values in found[1:]:
        if len(values) != len(header):
            raise FeedFileInvalid(path, line, f"{len(values)} values where the header names {len(header)} columns")
        rows.append((line, without_year_one({**dict(zip(header, values)), **{c: "" for c in added}})))
    coerced(path, rows, columns)
    df = pd.DataFrame([row for _, row in rows], columns=names)
    lines = [line for line, _ in rows]
    df = validated(path, lines, model, df)
    unique_keys(path, lines, df, next(KEYS[name]["primaryKey"] for name, m in MODELS.items() if m is model))
    return df

