"""Broken and hostile inputs in one batch (built by tests/hostile/build_inputs.py): each gets a
row and a one-line reason, the good document beside them is whole, nothing escapes as a
traceback."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from pipelines.outputs.neutralise import neutralise
from tests.conftest import ARCHETYPE, ROOT, load_script, read_csv, run_cli, run_process

HOSTILE = Path(__file__).with_name("hostile")
BUILDER = load_script(HOSTILE / "build_inputs.py")
#: the other hostile sets (tests/hostile/*_inputs.py): each a FILES map of name -> bytes maker and
#: an EXPECTED map like the builder's, all run in the same batch
SETS = [load_script(path) for path in sorted(HOSTILE.glob("*_inputs.py")) if path != HOSTILE / "build_inputs.py"]
#: (a set may also make entries that are not plain bytes, SPECIAL: name -> maker at a path, and
#: say the name each file has in documents.csv where it is escaped, SOURCE_FILE)
#: keyed as documents.csv stores the names (escaped, and neutralised where they start like a formula)
EXPECTED = {str(neutralise(name)): want for name, want in (BUILDER.EXPECTED | {
    getattr(s, "SOURCE_FILE", {}).get(name, name): want for s in SETS for name, want in s.EXPECTED.items()}).items()}


#: the module's fixtures are made once for all its tests, so they run on one pytest-xdist
#: worker (`--dist loadgroup`): spread over two, each would make them again
pytestmark = pytest.mark.xdist_group("test_hostile_inputs")


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, float]:
    folder = tmp_path_factory.mktemp("hostile")
    inputs = folder / "in"
    BUILDER.build(inputs)
    for hostile in SETS:
        for name, make in hostile.FILES.items():
            (inputs / name).write_bytes(make())
        for name, make_entry in getattr(hostile, "SPECIAL", {}).items():
            make_entry(inputs / name)
    shutil.copy(ARCHETYPE, inputs / "good.pdf")
    (inputs / "gone.pdf").symlink_to(inputs / "nowhere.pdf")  # a link to nothing
    (inputs / "loop").symlink_to(inputs, target_is_directory=True)  # a folder link back up
    started = time.monotonic()
    # a worker may use 1 GB: the decompression bomb (1 GB of spaces) must be stopped by it
    result = run_cli("run", str(inputs), "-o", str(folder / "out"), "--jobs", "2", "--no-cache",
                     "--memory", "1024", "--timeout", "60")
    return folder / "out", result, time.monotonic() - started


def test_every_bad_input_has_its_reason(hostile_batch: tuple[Path, object, float]) -> None:
    out, result, _ = hostile_batch
    docs = {d["source_file"]: d for d in read_csv(out / "documents.csv")}
    for name, (status, reason) in EXPECTED.items():
        assert docs[name]["status"] == status, f"{name}: {docs[name]['status']} {docs[name]['error']}"
        assert reason in docs[name]["error"], f"{name}: {docs[name]['error']}"
        assert "\n" not in docs[name]["error"]
    assert docs["gone.pdf"]["error"] == "cannot read file: No such file or directory"
    assert "memory" in docs["decompression bomb.pdf"]["error"]
    assert not [name for name in docs if name.startswith("loop/")], "a folder link is not followed"


def test_the_good_documents_are_whole_and_failures_are_one_line_each(hostile_batch: tuple[Path, object, float]) -> None:
    out, result, seconds = hostile_batch
    assert result.returncode == 1 and "Traceback" not in result.stderr
    recs = read_csv(out / "recommendations.csv")
    assert [r["number"] for r in recs if r["source_file"] == "good.pdf"] == [str(n) for n in range(1, 8)]
    for readable in ("owner password only.pdf", "corrupt xref.pdf", "quote ' and \" and naïve – ü.pdf"):
        assert [r["text"] for r in recs if r["source_file"] == readable] == [
            "The Board should audit referrals.", "The CCG should train GPs."], readable
    failed = [d for d in read_csv(out / "documents.csv") if d["status"] == "error"]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(failed) + 1  # one per failed document, then the summary
    assert all(line.startswith("actionplan: ") for line in lines)
    assert seconds < 120


def test_the_good_document_is_as_a_clean_run_and_nothing_is_half_written(
        hostile_batch: tuple[Path, object, float], tmp_path: Path) -> None:
    out, _, _ = hostile_batch
    alone = tmp_path / "in"
    alone.mkdir()
    shutil.copy(ARCHETYPE, alone / "good.pdf")
    assert run_cli("run", str(alone), "-o", str(tmp_path / "out"), "--no-cache").returncode == 0
    for feed in ("recommendations", "findings", "actions", "documents"):
        clean = read_csv(tmp_path / "out" / f"{feed}.csv")
        assert [r for r in read_csv(out / f"{feed}.csv") if r["source_file"] == "good.pdf"] == clean, feed
    left = sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".cache")
    assert not left, f"left behind: {left}"


def test_an_output_folder_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run_cli("run", str(ARCHETYPE), "-o", str(blocker / "out"), "--no-cache")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"actionplan: cannot write outputs to {blocker / 'out'}: ")
    assert "Traceback" not in result.stderr and os.path.isfile(blocker)


def test_a_scan_is_read_with_ocr(tmp_path: Path) -> None:
    if not shutil.which("ocrmypdf"):
        if os.environ.get("ACTIONPLAN_REQUIRE_TOOLS"):
            pytest.fail("OCRmyPDF and Tesseract must be installed (.ci/run installs them)")
        pytest.skip("OCRmyPDF is not installed (apt-get install ocrmypdf tesseract-ocr-eng)")
    BUILDER.build(tmp_path / "all")
    (tmp_path / "in").mkdir()
    shutil.copy(tmp_path / "all" / "scanned.pdf", tmp_path / "in" / "scanned.pdf")
    result = run_cli("run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-cache", "--ocr")
    assert result.returncode == 0, result.stderr
    doc = read_csv(tmp_path / "out" / "documents.csv")[0]
    assert (doc["status"], doc["title"]) == ("ok", "Serious Case Review: Child Y")
    assert [r["text"] for r in read_csv(tmp_path / "out" / "recommendations.csv")] == [
        "The Board should audit every referral.", "The school nurse should see each child."]


#: a bug planted in the page triage of every `actionplan` process the test starts (a bad
#: --rules file, the former trigger, is now refused before any work: tests/test_rules_files.py)
PLANTED_BUG = """import sys
sys.path.insert(0, {root!r})
import extract.read.triage
def pages_to_read(*args, **kwargs):
    raise RuntimeError("a bug planted by the test")
extract.read.triage.pages_to_read = pages_to_read
"""


def test_an_internal_error_is_one_line_and_its_traceback_only_with_debug(long_documents: Path, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sitecustomize.py").write_text(PLANTED_BUG.format(root=str(ROOT)), encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    long = sorted(long_documents.glob("*.pdf"))[0]
    args = ["run", str(long), "--no-cache", "--jobs", "1"]
    quiet = run_process(*args, "-o", str(tmp_path / "a"))
    assert quiet.returncode == 1 and "Traceback" not in quiet.stderr
    assert quiet.stderr.splitlines()[0].startswith(f"actionplan: {long.name}: internal error: ")
    loud = run_process(*args, "-o", str(tmp_path / "b"), "--debug")
    assert loud.returncode == 1 and "Traceback (most recent call last)" in loud.stderr
    assert "extract/read/triage.py" in loud.stderr
