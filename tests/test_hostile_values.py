"""Hostile values wherever a document or the command line sets one (issue 12): formulas in a PDF's
title, committee line and cells, in its file name and in the INPUT argument; control characters
in its text; a cell longer than Excel holds; recommendation numbers far too large. No cell of the
workbook is a formula, no CSV cell starts like one, no run dies, and the text is otherwise whole."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.model import Document, Metadata, Recommendation
from pipelines.outputs.checks import MAX_LISTED_GAPS, numbering_checks
from pipelines.outputs.frames import build_feeds
from pipelines.outputs.neutralise import CUT_MARK, EXCEL_CELL_LIMIT, FORMULA_STARTS, cell_text, restore
from pipelines.outputs.workbook import RunInfo, write_workbook
from pipelines.outputs.write_set import WRITTEN_FEEDS, Stage, data_dictionary, stage_outputs
from tests.conftest import ROOT, read_csv
from tests.hostile.sheets_inputs import CONTROL_TEXTS, CONTROLS, FILES, FORMULA_COMMITTEE, FORMULA_ROWS, FORMULA_TITLE, FORMULAS

INPUT = "=1+1"
#: what the workbook's XML cannot hold, and the controls extraction must take out
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u2066-\u2069]")


#: the module's fixtures are made once for all its tests, so they run on one pytest-xdist
#: worker (`--dist loadgroup`): spread over two, each would make them again
pytestmark = pytest.mark.xdist_group("test_hostile_values")


def run_from(folder: Path, names: list[str]) -> Path:
    """`actionplan run =1+1` in `folder` (the INPUT given as typed: a folder named like a
    formula) of the hostile PDFs `names`; its output folder."""
    (folder / INPUT).mkdir()
    for name in names:
        (folder / INPUT / name).write_bytes(FILES[name]())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "pipelines.cli", "run", INPUT, "-o", "out", "--jobs", "1",
                             "--no-cache"], cwd=folder, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return folder / "out"


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return run_from(tmp_path_factory.mktemp("formulas"), [FORMULAS])


@pytest.fixture(scope="module")
def control_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return run_from(tmp_path_factory.mktemp("controls"), [CONTROLS])


def workbook_cells(path: Path) -> list[openpyxl.cell.cell.Cell]:
    wb = openpyxl.load_workbook(path)
    return [cell for ws in wb for row in ws.iter_rows() for cell in row]


def test_no_cell_of_any_sheet_is_a_formula(hostile_run: Path) -> None:
    wb = openpyxl.load_workbook(hostile_run / "action_plan.xlsx")
    assert {"Action plan", "Summary", "Documents", "Checks", "About"} <= set(wb.sheetnames)
    formulas = [(ws.title, c.coordinate, c.value) for ws in wb for row in ws.iter_rows() for c in row
                if c.data_type == "f"]
    assert not formulas
    texts = [c.value for c in workbook_cells(hostile_run / "action_plan.xlsx") if isinstance(c.value, str)]
    assert not [t for t in texts if t.startswith(FORMULA_STARTS)]
    with zipfile.ZipFile(hostile_run / "action_plan.xlsx") as xlsx:
        sheets = [n for n in xlsx.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not [n for n in sheets if re.search(rb"<f[ >]", xlsx.read(n))]
    for feed in ("recommendations", "documents", "findings", "actions"):
        with (hostile_run / f"{feed}.csv").open(encoding="utf-8", newline="") as f:
            cells = [cell for row in csv.reader(f) for cell in row]
        assert not [c for c in cells if c.startswith(FORMULA_STARTS)], feed


def test_every_sheet_and_csv_holds_the_values_inert_and_otherwise_whole(hostile_run: Path) -> None:
    wb = openpyxl.load_workbook(hostile_run / "action_plan.xlsx")
    summary = {c.value for row in wb["Summary"].iter_rows() for c in row}
    assert {"'=cmd|' /C calc'!A0", "'+1 CCG", "'-1 Schools", f"'{FORMULAS}"} <= summary
    about = {row[0].value: row[1].value for row in wb["About"].iter_rows() if row[0].value}
    assert about["Input"] == "'" + INPUT and wb["About"]["B3"].data_type == "s"
    ws = wb["Action plan"]
    headers = [c.value for c in ws[1]]
    rows = [dict(zip(headers, (c.value for c in row))) for row in ws.iter_rows(min_row=2)]
    inert = [tuple(r[k] for k in ("No.", "Recommendation", "Lead", "Progress", "Target (as printed)")) for r in rows]
    assert inert == [(n, *("'" + v for v in rest)) for n, *rest in FORMULA_ROWS]
    documents = {row[1].value: [c.value for c in row] for row in wb["Documents"].iter_rows(min_row=2)}
    assert {"'" + FORMULA_TITLE, "'" + FORMULA_COMMITTEE.split(" - ")[0]} <= set(documents["'" + FORMULAS])
    recs = read_csv(hostile_run / "recommendations.csv")
    read = [tuple(restore(r[k]) for k in ("number", "text", "lead", "progress", "target_text")) for r in recs]
    assert read == FORMULA_ROWS
    doc = read_csv(hostile_run / "documents.csv")[0]
    assert (restore(doc["source_file"]), restore(doc["title"]), restore(doc["committee"])) == (
        FORMULAS, FORMULA_TITLE, FORMULA_COMMITTEE.split(" - ")[0])


def test_control_characters_are_taken_out_where_text_enters(control_run: Path) -> None:
    recs = {r["number"]: r for r in read_csv(control_run / "recommendations.csv")
            if restore(r["source_file"]) == CONTROLS}
    assert {n: (r["text"], r["lead"], r["progress"]) for n, r in recs.items()} == CONTROL_TEXTS
    doc = next(d for d in read_csv(control_run / "documents.csv") if restore(d["source_file"]) == CONTROLS)
    assert doc["status"] == "ok" and doc["title"] == "Serious Case Review: Child Y - action plan"
    for feed in ("recommendations", "documents", "findings"):
        assert not CONTROL.search((control_run / f"{feed}.csv").read_text(encoding="utf-8")), feed
    texts = [c.value for c in workbook_cells(control_run / "action_plan.xlsx") if isinstance(c.value, str)]
    assert "Training under way." in texts and not [t for t in texts if CONTROL.search(t)]


def recommendation(number: str, text: str = "The Board should audit every referral.",
                   source_file: str = "long.pdf") -> Recommendation:
    return Recommendation(
        recommendation_id=f"{'0' * 16}-{number[:12]}", document_id="0" * 16, source_file=source_file,
        number=number, text=text, addressee="", lead="", progress="", status="unknown", status_evidence="",
        rag="", progress_as_of=None, target_date=None, target_text="", timescales=(), agencies=(),
        page_start=1, page_end=1, source="table", confidence=1.0, regions=())


def document(*recs: Recommendation, source_file: str = "long.pdf", error: str = "") -> Document:
    return Document(document_id="0" * 16, source_file=source_file, sha256="", pages=1,
                    metadata=Metadata(meeting_date=date(2024, 11, 25)), progress_as_of=None,
                    status="error" if error else "ok", error=error, recommendations=recs, findings=())


def written(tmp_path: Path, doc: Document) -> Path:
    info = RunInfo(version="test", inputs=("in",), options="")
    with Stage(tmp_path) as stage:
        stage_outputs(stage, build_feeds([doc]), info, [])
        stage.commit()
    return tmp_path


def test_a_cell_over_excels_limit_is_cut_with_a_mark_and_the_csv_is_whole(tmp_path: Path) -> None:
    text = "The Board should audit every referral. " * 1100 + "The last words."  # 42,915 characters
    out = written(tmp_path, document(recommendation("1", text)))
    assert read_csv(out / "recommendations.csv")[0]["text"] == text
    ws = openpyxl.load_workbook(out / "action_plan.xlsx")["Action plan"]
    cell = ws["C2"].value
    assert len(cell) <= EXCEL_CELL_LIMIT and cell.endswith(CUT_MARK)
    assert text.startswith(cell[:-len(CUT_MARK)]) and len(cell) > EXCEL_CELL_LIMIT - 200


def test_the_cell_writer_escapes_what_the_workbook_cannot_hold() -> None:
    assert cell_text("bell\x07 and \x1b[31m") == "bell\\x07 and \\x1b[31m"
    assert cell_text("=1+1\x00") == "'=1+1\\x00" and cell_text("a\udcffb") == "a\\udcffb"
    wide = "😀" * 20_000  # 40,000 UTF-16 units: Excel counts each twice
    assert cell_text(wide).endswith(CUT_MARK) and len(cell_text(wide).encode("utf-16-le")) <= 2 * EXCEL_CELL_LIMIT
    assert cell_text("x" * EXCEL_CELL_LIMIT) == "x" * EXCEL_CELL_LIMIT


def test_a_file_name_or_error_with_control_characters_still_gives_a_workbook(tmp_path: Path) -> None:
    name = "bell\x07 escape\x1b.pdf"
    out = written(tmp_path, document(source_file=name, error="damaged PDF: bad byte \x00 at 12"))
    assert restore(read_csv(out / "documents.csv")[0]["source_file"]) == name
    ws = openpyxl.load_workbook(out / "action_plan.xlsx")["Documents"]
    assert ws["B2"].value == "bell\\x07 escape\\x1b.pdf"
    assert "\\x00 at 12" in ws["N2"].value


def test_a_file_name_that_is_not_utf8_still_links_its_rows(tmp_path: Path) -> None:
    name = "bad\udcff\udcfe.pdf"  # the bytes b"bad\xff\xfe.pdf" as os.listdir gives them
    feeds = build_feeds([document(recommendation("1", source_file=name), source_file=name)])
    info = RunInfo(version="test", inputs=("in",), options="", sources=((name, f"../in/{name}"),))
    write_workbook(tmp_path / "book.xlsx", {n: getattr(feeds, n) for n in WRITTEN_FEEDS}, [], info, data_dictionary())
    ws = openpyxl.load_workbook(tmp_path / "book.xlsx")["Action plan"]
    assert ws["A2"].value == "bad\\udcff\\udcfe.pdf" and ws["A2"].hyperlink.target == "../in/bad%FF%FE.pdf#page=1"


@settings(max_examples=20, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=6))
def test_any_text_a_document_sets_makes_a_workbook_of_text_cells(texts: list[str]) -> None:
    """Whatever a lead or a recommendation holds (controls, surrogates, formula starts), the
    workbook is written and holds it as text that starts no formula."""
    recs = [recommendation(str(n), text=t or "x") for n, t in enumerate(texts, 1)]
    recs = [Recommendation(**{**r.__dict__, "lead": t}) for r, t in zip(recs, texts)]
    feeds = build_feeds([document(*recs)])
    buffer = io.BytesIO()
    write_workbook(buffer, {n: getattr(feeds, n) for n in WRITTEN_FEEDS}, [], RunInfo("test", ("in",), ""), ())
    ws = openpyxl.load_workbook(buffer)["Action plan"]
    cells = [c for row in ws.iter_rows(min_row=2) for c in row]
    assert not [c for c in cells if c.data_type == "f" or str(c.value or "").startswith(FORMULA_STARTS)]
    assert [ws.cell(row=r, column=5).value or "" for r in range(2, len(texts) + 2)] == [cell_text(t) for t in texts]


@pytest.mark.parametrize("numbers", [["1", "2", "100000"], ["1", "815273", "3"], ["100000"]])
def test_numbering_checks_are_bounded_by_the_count_of_recommendations(numbers: list[str]) -> None:
    checks = list(numbering_checks(document(*(recommendation(n) for n in numbers))))
    assert len(checks) <= MAX_LISTED_GAPS + 2
    assert [c.kind for c in checks].count("implausible number") == 1


def test_many_gaps_are_listed_up_to_a_bound_then_summed_up() -> None:
    checks = list(numbering_checks(document(*(recommendation(n) for n in ["1", "2", "60"]))))
    assert [c.number for c in checks[:MAX_LISTED_GAPS]] == [str(n) for n in range(3, 3 + MAX_LISTED_GAPS)]
    assert len(checks) == MAX_LISTED_GAPS + 1 and checks[-1].detail == "and 37 more numbers missing up to 60"


HUGE = """
import resource
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
from tests.test_hostile_values import document, recommendation
from pipelines.outputs.checks import numbering_checks
for numbers in (["1", "12345678901"], ["7" * 5000]):
    checks = list(numbering_checks(document(*(recommendation(n) for n in numbers))))
    assert [c.kind for c in checks] == ["implausible number"], checks
print("done")
"""


def test_numbering_checks_of_a_huge_number_finish_at_once() -> None:
    """12345678901 was a MemoryError (a set of every number below it); 5,000 digits are more
    than Python turns into an int. Run under a memory bound, so a failure cannot take the machine."""
    result = subprocess.run([sys.executable, "-c", HUGE], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "done", result.stderr[-500:]
