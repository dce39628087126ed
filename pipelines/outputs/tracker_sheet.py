"""The Tracker sheet: one row per tracked recommendation, its review, number and latest text, the
latest status first-class, the flags, then its status in each report that prints it, oldest
first (each cell the report's date and status, coloured by status); an Excel table with filters."""

from __future__ import annotations

import pandas as pd
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

#: the sheet's first columns, from tracker.csv; the reports' columns follow, then the id
LEADING = ("review", "number", "text", "latest_status", "latest_as_of", "overdue", "stale", "regressed", "reports",
           "first_seen", "last_seen")
HEADERS = {"review": "Review", "latest_status": "Latest status", "latest_as_of": "Latest as of",
           "overdue": "Overdue", "stale": "Stale", "regressed": "Regressed", "reports": "Reports",
           "first_seen": "First seen", "last_seen": "Last seen", "tracked_id": "Tracked ID"}
FLAG_FILL = "F4B084"


def report_columns(tracker: pd.DataFrame) -> pd.DataFrame:
    """A column per report, "Report 1" the oldest: the date and status the history gives."""
    history = [h.split("; ") for h in tracker["status_history"]]
    most = max((len(h) for h in history), default=0)
    return pd.DataFrame([h + [""] * (most - len(h)) for h in history],
                        columns=[f"Report {i}" for i in range(1, most + 1)], index=tracker.index)


def tracker_frame(tracker: pd.DataFrame) -> pd.DataFrame:
    return pd.concat([tracker[list(LEADING)], report_columns(tracker), tracker[["tracked_id"]]], axis=1)


def colour_reports(ws: Worksheet, first: int, last: int, rows: int, fills: dict[str, str]) -> None:
    """Each report cell in its status's colour (the status ends the cell's text)."""
    area = f"{get_column_letter(first)}2:{get_column_letter(last)}{max(2, rows + 1)}"
    corner = f"{get_column_letter(first)}2"
    for status, colour in fills.items():
        fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
        ws.conditional_formatting.add(area, FormulaRule(formula=[f'RIGHT({corner},{len(status) + 1})=" {status}"'],
                                                        fill=fill))


def mark_flags(ws: Worksheet, columns: list[str], rows: int) -> None:
    fill = PatternFill(start_color=FLAG_FILL, end_color=FLAG_FILL, fill_type="solid")
    for flag in ("overdue", "stale", "regressed"):
        letter = get_column_letter(columns.index(flag) + 1)
        ws.conditional_formatting.add(f"{letter}2:{letter}{max(2, rows + 1)}",
                                      FormulaRule(formula=[f"{letter}2=TRUE"], fill=fill))
