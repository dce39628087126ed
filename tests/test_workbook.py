"""The workbook read back with openpyxl, as a person would open it."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.conftest import read_csv


def test_action_plan_sheet_has_one_row_per_recommendation(archetype_run: Path) -> None:
    wb = openpyxl.load_workbook(archetype_run / "action_plan.xlsx")
    ws = wb["Action plan"]
    recs = read_csv(archetype_run / "recommendations.csv")
    assert ws.max_row == 1 + len(recs) == 8
    headers = [c.value for c in ws[1]]
    assert headers[:8] == ["Source file", "No.", "Recommendation", "Addressee", "Lead", "Lead (grouped)", "Progress", "Status"]
    assert headers[-2:] == ["Recommendation ID", "Document ID"] and len(headers) == len(recs[0])
    numbers = [ws.cell(row=r, column=2).value for r in range(2, 9)]
    assert numbers == [str(n) for n in range(1, 8)]
    texts = [ws.cell(row=r, column=3).value for r in range(2, 9)]
    assert texts == [r["text"] for r in recs]
    progress = [ws.cell(row=r, column=7).value for r in range(2, 9)]
    assert progress == [r["progress"] for r in recs]


def test_action_plan_sheet_is_ready_to_work_from(archetype_run: Path) -> None:
    ws = openpyxl.load_workbook(archetype_run / "action_plan.xlsx")["Action plan"]
    assert ws.freeze_panes == "A2"
    assert list(ws.tables) == ["ActionPlan"] and ws.tables["ActionPlan"].ref == "A1:U8"
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    assert validations[0].formula1 == '"complete,in_progress,not_started,unknown"'
    assert str(validations[0].sqref) == "H2:H8"
    assert ws["C2"].alignment.wrap_text
    assert ws.column_dimensions["C"].width == 60
    # every row tall enough for its longest cell: recommendation 3's progress is three paragraphs
    heights = {r: ws.row_dimensions[r].height for r in range(2, 9)}
    assert all(h and h >= 30 for h in heights.values())
    assert heights[4] > heights[2]
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
    assert len(ws.conditional_formatting) == 2


def test_other_sheets(archetype_run: Path) -> None:
    wb = openpyxl.load_workbook(archetype_run / "action_plan.xlsx")
    assert wb.sheetnames == ["Action plan", "Documents", "Findings", "Checks", "About"]
    assert wb["Findings"].max_row == 5
    assert wb["Documents"]["H2"].value == "Director for Children’s Services"
    about = [row[0] for row in wb["About"].iter_rows(values_only=True)]
    assert "recommendations.progress_as_of" in about
