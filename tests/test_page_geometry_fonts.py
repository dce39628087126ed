"""Pages turned by `/Rotate` or set sideways are read the right way round, and text in CID fonts
without a character map is read as PDFium reads it, or is an error row saying so (issue 12,
silent losses). The inputs are built by tests/hostile/extract_inputs.py."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageChops

from tests.conftest import load_script, read_csv, run_cli

INPUTS = load_script(Path(__file__).with_name("hostile") / "extract_inputs.py")
PLAN = [("1", "The Board should audit referrals.", "Children's Services", "Audit complete."),
        ("2", "The CCG should train GPs.", "CCG", "Training under way.")]


def read_plans(tmp_path: Path, files: dict[str, bytes]
               ) -> tuple[Path, dict[str, dict[str, str]], dict[str, list[tuple[str, ...]]]]:
    """`actionplan run` over `files`: the output folder, documents by file, plan rows by file."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, data in files.items():
        (inputs / name).write_bytes(data)
    result = run_cli("run", str(inputs), "-o", str(tmp_path / "out"), "--no-cache", "--jobs", "2")
    assert "Traceback" not in result.stderr, result.stderr
    docs = {d["source_file"]: d for d in read_csv(tmp_path / "out" / "documents.csv")}
    rows: dict[str, list[tuple[str, ...]]] = {name: [] for name in files}
    for r in read_csv(tmp_path / "out" / "recommendations.csv"):
        rows[r["source_file"]].append((r["number"], r["text"], r["lead"], r["progress"]))
    return tmp_path / "out", docs, rows


def crop_of(out: Path, doc: dict[str, str], number: int) -> Image.Image:
    return Image.open(out / "review" / "crops" / f"{doc['document_id']}-{number:03d}-p1.png").convert("L")


def test_turned_pages_are_read_upright_and_their_crops_show_the_rows(tmp_path: Path) -> None:
    files = {name: make() for name, make in INPUTS.FILES.items() if "rotate" in name or "viewer" in name or "sideways" in name}
    files["upright.pdf"] = INPUTS.drawn_for_rotation(0)
    assert len(files) == 2 * len(INPUTS.ROTATIONS) + 2
    out, docs, rows = read_plans(tmp_path, files)
    for name in files:
        assert (docs[name]["status"], rows[name]) == ("ok", PLAN), name
    for name in files:  # the review crops are cut from the page turned as it was read
        for number in (1, 2):
            picture, upright = crop_of(out, docs[name], number), crop_of(out, docs["upright.pdf"], number)
            assert picture.size == upright.size and ImageChops.difference(picture, upright).getbbox() is None, name


def test_triage_finds_a_turned_plan_page_in_a_long_report(tmp_path: Path) -> None:
    _, docs, rows = read_plans(tmp_path, {"long.pdf": INPUTS.long_report_turned_plan()})
    assert (docs["long.pdf"]["status"], docs["long.pdf"]["pages"], rows["long.pdf"]) == ("ok", "10", PLAN)
    recs = read_csv(tmp_path / "out" / "recommendations.csv")
    assert {(r["page_start"], r["page_end"]) for r in recs} == {("7", "7")}


def test_a_document_whose_text_is_upright_is_read_from_its_own_bytes() -> None:
    from extract.read.orientation import upright  # noqa: PLC0415 - the step under test

    for data in [INPUTS.drawn_for_rotation(r) for r in (0, *INPUTS.ROTATIONS)]:
        assert upright(data) is data
    turned = INPUTS.turned_in_viewer(90)
    assert upright(turned) is not turned


def test_a_ghostscript_pdfa_in_cid_fonts_without_a_character_map_is_read(tmp_path: Path) -> None:
    if not shutil.which("gs"):
        if os.environ.get("ACTIONPLAN_REQUIRE_TOOLS"):
            pytest.fail("Ghostscript must be installed (.ci/run installs it)")
        pytest.skip("Ghostscript is not installed (apt-get install ghostscript)")
    data = INPUTS.ghostscript_pdfa()
    assert b"/CIDFontType2" in data and b"/ToUnicode" not in data and b"pdfaid" in data
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert pdf.pages[0].extract_text().startswith("(cid:83)(cid:101)(cid:114)")  # "Ser..."
    _, docs, rows = read_plans(tmp_path, {"pdfa.pdf": data})
    assert (docs["pdfa.pdf"]["status"], docs["pdfa.pdf"]["title"]) == ("ok", "Serious Case Review: Child Z - action plan")
    assert rows["pdfa.pdf"] == PLAN


def test_text_no_reader_can_name_is_an_error_row_that_says_so(tmp_path: Path) -> None:
    data = INPUTS.unmapped_cid_font()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert pdf.pages[0].extract_text().startswith("(cid:")
    _, docs, rows = read_plans(tmp_path, {"unmapped.pdf": data, "plan.pdf": INPUTS.drawn_for_rotation(0)})
    assert docs["unmapped.pdf"]["status"] == "error"
    assert docs["unmapped.pdf"]["error"] == "text is in fonts without a character map: Plan (page 1): run with --ocr"
    assert rows == {"unmapped.pdf": [], "plan.pdf": PLAN}
