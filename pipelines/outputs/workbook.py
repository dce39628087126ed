"""The action-plan workbook for people: one Excel table per feed, ready to filter and work from.
Every cell of every sheet is written by `pipelines.outputs.neutralise.put` (text, never a formula)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pandas as pd
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from extract.values import Status
from pipelines.corrections.apply import Applied
from pipelines.corrections.corrections_file import EDITABLE
from pipelines.outputs.checks import Check
from pipelines.outputs.neutralise import cell_text, put
from pipelines.outputs.schemas import STATUSES
from pipelines.outputs.summary_sheet import summary_sheet
from pipelines.outputs.tracker_sheet import HEADERS as TRACKER_HEADERS
from pipelines.outputs.tracker_sheet import colour_reports, mark_flags, tracker_frame

HEADERS = {
    "recommendation_id": "Recommendation ID", "document_id": "Document ID", "source_file": "Source file",
    "number": "No.", "text": "Recommendation", "addressee": "Addressee", "lead": "Lead",
    "progress": "Progress", "status": "Status", "status_evidence": "Status evidence", "rag": "RAG",
    "progress_as_of": "Progress as of", "target_date": "Target date", "target_text": "Target (as printed)",
    "timescales": "Timescales", "agencies": "Agencies", "page_start": "First page",
    "page_end": "Last page", "source": "Found in", "confidence": "Confidence",
    "sha256": "SHA-256", "pages": "Pages", "title": "Title", "committee": "Committee",
    "meeting_date": "Meeting date", "author": "Author", "review_type": "Review type",
    "subject": "Subject", "recommendations": "Recommendations", "error": "Error", "page": "Page",
    "kind": "Check", "detail": "Detail", "decision": "Committee decision", "lead_canonical": "Lead (grouped)",
    "acceptance": "Acceptance", "last_read_ok": "Last read well (--feed)", "tracked_id": "Tracked ID", "corrected": "Corrected",
}
WIDTHS = {"lead_canonical": 24, "acceptance": 20, "decision": 50, "text": 60, "progress": 60, "lead": 24, "title": 40,
          "error": 40, "detail": 50,
          "status_evidence": 24, "addressee": 24, "agencies": 28, "timescales": 24, "source_file": 24,
          "number": 6, "rag": 8, "review": 30, "latest_status": 14, "tracked_id": 18,
          "recommendation_id": 22, "document_id": 18, "sha256": 22}
DATE_COLUMNS = {"progress_as_of", "target_date", "meeting_date", "latest_as_of", "first_seen", "last_seen"}
STATUS_FILLS: dict[str, str] = {Status.COMPLETE: "C6EFCE", Status.IN_PROGRESS: "FFEB9C", Status.NOT_STARTED: "FFC7CE",
                Status.UNKNOWN: "D9D9D9"}
LOW_CONFIDENCE_FILL = "FCE4D6"
RAG_FILLS = {"red": "FF9999", "amber": "FFC000", "green": "92D050"}
#: the Action plan's columns in reading order: what to do, who, where it stands; ids last
READING_ORDER = ("source_file", "number", "text", "addressee", "lead", "lead_canonical", "progress", "status", "rag",
                 "acceptance", "status_evidence", "progress_as_of", "target_date", "target_text", "timescales",
                 "agencies", "page_start", "page_end", "source", "confidence", "corrected", "tracked_id", "recommendation_id",
                 "document_id")
#: the hidden sheet of the Action plan's editable fields as written (`actionplan corrections`)
WRITTEN = "Written"
LINE_HEIGHT = 15.0  # points per wrapped line at the default 11-point font
MAX_ROW_HEIGHT = 409.0  # Excel's limit


@dataclass(frozen=True)
class RunInfo:
    """What the About sheet says about the run."""

    version: str
    inputs: tuple[str, ...]
    options: str
    #: each source file's path relative to the output folder, for the rows' links
    sources: tuple[tuple[str, str], ...] = ()
    #: rows whose confidence is below this are marked
    low_confidence: float = 0.75


#: the alignment of every data cell (one object: openpyxl looks a cell's style up by value)
WRAPPED = Alignment(wrap_text=True, vertical="top")
HEADING = Font(bold=True)


def cell_value(column: str, value: object) -> object:
    if column in DATE_COLUMNS and isinstance(value, str) and value:
        return date.fromisoformat(value)
    return value


def write_table(ws: Worksheet, df: pd.DataFrame, name: str, headers: dict[str, str] | None = None) -> None:
    """The frame as an Excel table: readable headers, filters, frozen header, wrapped text."""
    columns = list(df.columns)
    named = HEADERS | (headers or {})
    for i, column in enumerate(columns, 1):
        put(ws, 1, i, named.get(column, column))
    for row, record in enumerate(df.itertuples(index=False), 2):
        for i, (column, value) in enumerate(zip(columns, record), 1):
            put(ws, row, i, cell_value(column, value))
    for i, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(column, 14)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = WRAPPED
            if cell.column_letter and columns[cell.column - 1] in DATE_COLUMNS:
                cell.number_format = "yyyy-mm-dd"
    for cell in ws[1]:
        cell.font = HEADING
    fit_rows(ws, columns)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ref = f"A1:{get_column_letter(len(columns))}{max(2, len(df) + 1)}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)


def wrapped_lines(text: str, width: float) -> int:
    """Lines `text` takes in a column `width` characters wide (an estimate: openpyxl cannot
    measure text, and without a height LibreOffice shows one line per row)."""
    per_line = max(1, int(width * 1.1))
    return sum(max(1, -(-len(paragraph) // per_line)) for paragraph in text.split("\n"))


def fit_rows(ws: Worksheet, columns: list[str]) -> None:
    widths = [WIDTHS.get(c, 14) for c in columns]
    for row in ws.iter_rows(min_row=2):
        lines = max(wrapped_lines(str(cell.value or ""), w) for cell, w in zip(row, widths))
        ws.row_dimensions[row[0].row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)


def colour_column(ws: Worksheet, column: int, rows: int, fills: dict[str, str]) -> None:
    letter = get_column_letter(column)
    area = f"{letter}2:{letter}{max(2, rows + 1)}"
    for value, colour in fills.items():
        fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
        ws.conditional_formatting.add(area, FormulaRule(formula=[f'{letter}2="{value}"'], fill=fill))


def link_rows(ws: Worksheet, df: pd.DataFrame, sources: dict[str, str]) -> None:
    """Each row's source file links to the PDF (relative to the workbook) at its first page."""
    column = list(df.columns).index("source_file") + 1
    for row, (name, page) in enumerate(zip(df["source_file"], df["page_start"]), 2):
        if name in sources:
            cell = ws.cell(row=row, column=column)
            # a name that is not UTF-8 (kept as surrogates) links by its bytes, as the file is named
            cell.hyperlink = f"{quote(sources[name], errors='surrogateescape')}#page={page}"
            cell.style = "Hyperlink"
            cell.alignment = WRAPPED


def mark_low_confidence(ws: Worksheet, df: pd.DataFrame, threshold: float) -> None:
    """Rows below the confidence threshold in italics on orange, as the Checks sheet lists them."""
    letter = get_column_letter(list(df.columns).index("confidence") + 1)
    area = f"A2:{get_column_letter(len(df.columns))}{max(2, len(df) + 1)}"
    ws.conditional_formatting.add(area, FormulaRule(
        formula=[f"AND(ISNUMBER(${letter}2),${letter}2<{threshold})"], font=Font(italic=True),
        fill=PatternFill(start_color=LOW_CONFIDENCE_FILL, end_color=LOW_CONFIDENCE_FILL, fill_type="solid")))


def mark_corrected(ws: Worksheet, df: pd.DataFrame, applied: Applied) -> None:
    """Each corrected cell carries a comment with the value extracted and who corrected it, why (a
    record the analyst added has no extracted values: its `corrected` column says so)."""
    columns = list(df.columns)
    rows = {rid: i for i, (rid, marks) in enumerate(zip(df["recommendation_id"], df["corrected"]), 2)
            if not marks.startswith("added")}
    for (rid, name), before in sorted(applied.before.items()):
        if rid in rows and name in columns:
            said = applied.notes.get((rid, name), "")
            text = cell_text(f"Extracted: {before or '(empty)'}" + (f"\nCorrected by {said}" if said else ""))
            ws.cell(row=rows[rid], column=columns.index(name) + 1).comment = Comment(text, "actionplan")


def written_sheet(ws: Worksheet, df: pd.DataFrame) -> None:
    """The Action plan's editable fields as written, hidden: what `actionplan corrections`
    compares the analyst's edits with."""
    columns = ["recommendation_id", *EDITABLE]
    for i, column in enumerate(columns, 1):
        put(ws, 1, i, column)
    for row, record in enumerate(df[columns].itertuples(index=False), 2):
        for i, (column, value) in enumerate(zip(columns, record), 1):
            put(ws, row, i, cell_value(column, value))
    ws.sheet_state = "hidden"


def action_plan_sheet(ws: Worksheet, df: pd.DataFrame, info: RunInfo, applied: Applied = Applied()) -> None:
    df = df[[c for c in READING_ORDER if c in df] + [c for c in df if c not in READING_ORDER]]
    write_table(ws, df, "ActionPlan")
    mark_corrected(ws, df, applied)
    link_rows(ws, df, dict(info.sources))
    mark_low_confidence(ws, df, info.low_confidence)
    # on paper, what to do, who and where it stands (through RAG): all 22 columns on one page
    # width print too small to read
    ws.print_area = f"A1:{get_column_letter(list(df.columns).index('rag') + 1)}{max(2, len(df) + 1)}"
    status = list(df.columns).index("status") + 1
    rag = list(df.columns).index("rag") + 1
    letter = get_column_letter(status)
    choice = DataValidation(type="list", formula1=f'"{",".join(STATUSES)}"', allow_blank=False)
    choice.add(f"{letter}2:{letter}{max(2, len(df) + 1)}")
    ws.add_data_validation(choice)
    colour_column(ws, status, len(df), STATUS_FILLS)
    colour_column(ws, rag, len(df), RAG_FILLS)


def tracker_sheet(ws: Worksheet, tracker: pd.DataFrame) -> None:
    """The tracked recommendations: latest status coloured, flags marked, each report's status
    coloured in its column."""
    df = tracker_frame(tracker)
    columns = list(df.columns)
    write_table(ws, df, "Tracker", TRACKER_HEADERS)
    colour_column(ws, columns.index("latest_status") + 1, len(df), STATUS_FILLS)
    mark_flags(ws, columns, len(df))
    reports = [i for i, c in enumerate(columns, 1) if c.startswith("Report ")]
    if reports:
        colour_reports(ws, reports[0], reports[-1], len(df), STATUS_FILLS)


def checks_frame(checks: Sequence[Check]) -> pd.DataFrame:
    return pd.DataFrame([astuple(c) for c in checks], columns=[f.name for f in fields(Check)])


def about_sheet(ws: Worksheet, info: RunInfo, dictionary: Sequence[tuple[str, str]]) -> None:
    rows = [("actionplan", info.version), ("Options", info.options), *(("Input", i) for i in info.inputs),
            (), ("Column", "Meaning"), *dictionary]
    for row, values in enumerate(rows, 1):
        for column, value in enumerate(values, 1):
            put(ws, row, column, value)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100


def write_workbook(path: Path, feeds: dict[str, pd.DataFrame], checks: Sequence[Check],
                   info: RunInfo, dictionary: Sequence[tuple[str, str]], applied: Applied = Applied()) -> None:
    wb = Workbook()
    action_plan_sheet(wb.active, feeds["recommendations"], info, applied)
    wb.active.title = "Action plan"
    summary_sheet(wb.create_sheet("Summary"), feeds["recommendations"], feeds["tracker"])
    tracker_sheet(wb.create_sheet("Tracker"), feeds["tracker"])
    write_table(wb.create_sheet("Documents"), feeds["documents"], "Documents")
    write_table(wb.create_sheet("Findings"), feeds["findings"], "Findings")
    if len(feeds["actions"]):
        write_table(wb.create_sheet("Actions"), feeds["actions"], "Actions", {"text": "Action", "number": "Action no."})
    write_table(wb.create_sheet("Checks"), checks_frame(checks), "Checks")
    about_sheet(wb.create_sheet("About"), info, dictionary)
    written_sheet(wb.create_sheet(WRITTEN), feeds["recommendations"])
    wb.save(path)
