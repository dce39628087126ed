"""The workbook read back with openpyxl, as a person would open it."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from pipelines.tools.workbook_pictures import pictures
from tests.conftest import ARCHETYPE, read_csv


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
    assert list(ws.tables) == ["ActionPlan"] and ws.tables["ActionPlan"].ref == "A1:X8"
    assert [ws["I1"].value, ws["J1"].value] == ["RAG", "Acceptance"], "what the response answered, after RAG"
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
    assert len(ws.conditional_formatting) == 3  # status, RAG, low confidence


def test_other_sheets(archetype_run: Path) -> None:
    wb = openpyxl.load_workbook(archetype_run / "action_plan.xlsx")
    assert wb.sheetnames == ["Action plan", "Summary", "Tracker", "Documents", "Findings", "Checks", "About",
                             "Written"]
    assert wb["Written"].sheet_state == "hidden"
    assert wb["Findings"].max_row == 5
    assert wb["Documents"]["H2"].value == "Director for Children’s Services"
    about = [row[0] for row in wb["About"].iter_rows(values_only=True)]
    assert "recommendations.progress_as_of" in about


def test_each_row_links_to_its_pdf_page(archetype_run: Path) -> None:
    ws = openpyxl.load_workbook(archetype_run / "action_plan.xlsx")["Action plan"]
    recs = read_csv(archetype_run / "recommendations.csv")
    for row, rec in enumerate(recs, 2):
        link = ws.cell(row=row, column=1).hyperlink
        assert link is not None and link.target.endswith(f"child-h-cabinet-report.pdf#page={rec['page_start']}")
        target = (archetype_run / link.target.split("#")[0]).resolve()
        assert target == ARCHETYPE.resolve(), "the link is relative to the workbook and reaches the PDF"


def test_low_confidence_rows_are_marked(archetype_run: Path) -> None:
    ws = openpyxl.load_workbook(archetype_run / "action_plan.xlsx")["Action plan"]
    confidence = [c.value for c in ws[1]].index("Confidence") + 1
    letter = openpyxl.utils.get_column_letter(confidence)
    rules = [(str(area.sqref), rule.formula[0]) for area in ws.conditional_formatting for rule in area.rules]
    assert ("A2:X8", f"AND(ISNUMBER(${letter}2),${letter}2<0.75)") in rules


def test_summary_counts_status_by_lead_with_a_chart(sample_run: Path) -> None:
    ws = openpyxl.load_workbook(sample_run / "action_plan.xlsx")["Summary"]
    recs = read_csv(sample_run / "recommendations.csv")
    rows = list(ws.iter_rows(values_only=True))
    assert rows[1][:6] == ("", "complete", "in progress", "not started", "unknown", "total") or \
        rows[1][:6] == (None, "complete", "in progress", "not started", "unknown", "total")
    statuses = Counter(r["status"] for r in recs)
    assert rows[2][1:6] == (statuses["complete"], statuses["in_progress"], statuses["not_started"],
                            statuses["unknown"], len(recs))
    start = [r[0] for r in rows].index("By lead") + 2
    lead_rows = [r for r in rows[start:[r[0] for r in rows].index("By review: tracked recommendations")] if r[0]]
    assert sum(r[5] for r in lead_rows) == len(recs)
    end = [r[0] for r in rows].index("By document")
    by_document = [r for r in rows[end + 2:] if r[0]]
    assert sum(r[5] for r in by_document) == len(recs)
    assert {r[0] for r in by_document} == {r["source_file"] for r in recs}
    chart = ws._charts[0]
    assert chart.grouping == "stacked" and len(chart.series) == 4


def test_libreoffice_opens_the_workbook_and_shows_plan_and_summary(sample_run: Path, tmp_path: Path) -> None:
    if not (shutil.which("soffice") and shutil.which("pdftoppm")):
        if os.environ.get("ACTIONPLAN_REQUIRE_TOOLS"):
            pytest.fail("LibreOffice and poppler-utils must be installed (.ci/run installs them)")
        pytest.skip("LibreOffice and poppler-utils are not installed (.ci/run installs them)")
    out = tmp_path / "run"
    shutil.copytree(sample_run, out, ignore=shutil.ignore_patterns(".cache"))
    pngs = pictures(out)
    text = subprocess.run(["pdftotext", str(out / "pictures" / "sheets.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    recs = read_csv(sample_run / "recommendations.csv")
    assert "Recommendation" in text and "By lead" in text and "By document" in text
    assert "Recommendations by status" in text, "the Summary's chart is drawn"
    assert recs[0]["source_file"] in text
    assert len(pngs) >= 2 and all(p.stat().st_size > 10_000 for p in pngs)
