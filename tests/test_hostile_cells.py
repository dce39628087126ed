"""Cells a spreadsheet would run as formulas, printed in a real PDF: every feed and the workbook
must hold them as inert text."""

from __future__ import annotations

import copy
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import SAMPLES, load_script, read_csv, run_cli

HOSTILE = {"1": ("=SUM(A1:A9)*1000", "+44 20 7946 0000 was called."),
           "2": ("@SUM(A1:A9)", "-5 days behind the plan."),
           "3": ("=1+2", "=cmd|' /C calc'!A0")}


#: the module's fixtures are made once for all its tests, so they run on one pytest-xdist
#: worker (`--dist loadgroup`): spread over two, each would make them again
pytestmark = pytest.mark.xdist_group("test_hostile_cells")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    bench = load_script(SAMPLES / "bench" / "build.py")
    truth = copy.deepcopy(bench.cm.load_truth("ruled-3col"))
    for rec in truth["recommendations"]:
        if rec["number"] in HOSTILE:
            rec["lead"], rec["progress"] = HOSTILE[rec["number"]]
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "in").mkdir()
    bench.render_reportlab.render(truth, folder / "in" / "hostile.pdf")
    result = run_cli("run", str(folder / "in"), "-o", str(folder / "out"), "--jobs", "1", "--no-cache")
    assert result.returncode == 0, result.stderr
    return folder / "out"


def test_csv_cells_that_would_be_formulas_start_with_an_apostrophe(hostile_run: Path) -> None:
    recs = {r["number"]: r for r in read_csv(hostile_run / "recommendations.csv")}
    for number, (lead, progress) in HOSTILE.items():
        assert recs[number]["lead"] == "'" + lead
        assert recs[number]["progress"] == "'" + progress
    text = (hostile_run / "recommendations.csv").read_text(encoding="utf-8")
    assert not any(cell.startswith(("=", "+", "-", "@")) for line in text.splitlines()[1:] for cell in line.split(","))


def test_workbook_cells_are_text_not_formulas(hostile_run: Path) -> None:
    ws = openpyxl.load_workbook(hostile_run / "action_plan.xlsx")["Action plan"]
    cells = [cell for row in ws.iter_rows(min_row=2) for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    leads = {ws.cell(row=r, column=2).value: ws.cell(row=r, column=5).value for r in range(2, ws.max_row + 1)}
    assert leads["1"] == "'" + HOSTILE["1"][0] and leads["3"] == "'=1+2"
