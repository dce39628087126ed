"""Cells a spreadsheet would run as a formula are made inert by a leading apostrophe
(OWASP's advice for CSV injection), in the CSVs and the workbook alike. The workbook's cells
also take only what its XML can hold, and at most Excel's 32,767 characters."""

from __future__ import annotations

import re

import pandas as pd
from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Excel's limit on a cell's text, in UTF-16 code units (an astral character takes two)
EXCEL_CELL_LIMIT = 32_767
CUT_MARK = " … [cut at Excel's 32,767-character limit: the CSV has the whole text]"
#: what the workbook's XML cannot hold: the C0 controls openpyxl refuses
#: (openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE), U+FFFE, U+FFFF and lone surrogates
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restore(value: str) -> str:
    """Undo `neutralise` on a value read back from a CSV: the apostrophe put before `=`, `+`,
    `-`, `@`..."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for name in out.columns:
        if not pd.api.types.is_numeric_dtype(out[name]):
            out[name] = out[name].map(neutralise)
    return out


def escaped(text: str) -> str:
    """`text` with each character the workbook cannot hold written as its code (`\\x1b`,
    `\\udcff`), so the cell shows where it was."""
    return _UNWRITABLE.sub(lambda m: ascii(m.group(0))[1:-1], text)


def units(text: str) -> int:
    """Length in UTF-16 code units, as Excel counts."""
    return len(text) + sum(ord(c) > 0xFFFF for c in text)


def bounded(text: str, limit: int = EXCEL_CELL_LIMIT) -> str:
    """`text`, or as much of it as fits in `limit` with CUT_MARK at its end."""
    if len(text) <= limit // 2 or units(text) <= limit:
        return text
    budget = limit - units(CUT_MARK)
    cut = budget
    while units(text[:cut]) > budget:
        cut -= units(text[:cut]) - budget
    return text[:cut] + CUT_MARK


def cell_text(text: str) -> str:
    """A string as a workbook cell holds it: writable, inert and within Excel's limit."""
    return bounded(str(neutralise(escaped(text))))


def put(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    """The one way a value reaches a workbook cell: text through `cell_text`, stored as text
    (never a formula); numbers, dates and empty cells as they are."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = cell_text(value)
        cell.data_type = "s"
    else:
        cell.value = value
    return cell

