"""Which files a run reads and what they are called (issue 12): hostile file names, entries that
are not regular files, a file larger than --memory, two files of the same name in two inputs and
folders that cannot be read, in one real `actionplan run` beside the good archetype."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote_to_bytes

import openpyxl
import pytest

from pipelines.batch.inputs import InputNotFound, find_jobs, printable
from tests.conftest import ARCHETYPE, ROOT, read_csv
from tests.hostile import inputs_inputs as hostile

GOOD = ARCHETYPE.name
FEEDS = ("documents", "recommendations", "findings", "actions")


#: the module's fixtures are made once for all its tests, so they run on one pytest-xdist
#: worker (`--dist loadgroup`): spread over two, each would make them again
pytestmark = pytest.mark.xdist_group("test_hostile_names")


def actionplan(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """`actionplan ARGS` as a real process; a hang fails the test (TimeoutExpired)."""
    return subprocess.run([sys.executable, "-m", "pipelines.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Folder a/ holds the hostile names, the special entries, the archetype and report.pdf;
    folder b/ its own report.pdf. Both read in one run (with the cache, whose path the names
    reach)."""
    top = tmp_path_factory.mktemp("names")
    hostile.build(top / "in" / "a")
    shutil.copy(ARCHETYPE, top / "in" / "a" / GOOD)
    (top / "in" / "a" / "report.pdf").write_bytes(hostile.plan_pdf("RA"))
    (top / "in" / "b").mkdir()
    (top / "in" / "b" / "report.pdf").write_bytes(hostile.plan_pdf("RB"))
    result = actionplan("run", str(top / "in" / "a"), str(top / "in" / "b"), "-o", str(top / "out"),
                        "--jobs", "2", "--memory", str(hostile.MEMORY_MB), "--timeout", "60")
    return top, result


def test_exit_1_and_one_stderr_line_per_failed_document(batch: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    top, result = batch
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    failed = [d for d in read_csv(top / "out" / "documents.csv") if d["status"] == "error"]
    lines = result.stderr.strip().split("\n")
    assert len(lines) == len(failed) + 1, result.stderr  # one per failed document, then the summary
    assert all(line.startswith("actionplan: ") for line in lines)
    assert not any(line.startswith("actionplan: forged line") for line in lines), "a name forged a line"
    assert all(c == "\t" or c.isprintable() for c in result.stderr.replace("\n", "")), "control characters on stderr"


def test_every_entry_has_one_row_with_its_name_escaped_and_its_reason(
        batch: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    top, _ = batch
    docs = {d["source_file"]: d for d in read_csv(top / "out" / "documents.csv")}
    assert sorted(docs) == sorted([*hostile.SOURCE_FILE.values(), GOOD, "a/report.pdf", "b/report.pdf"])
    for name, (status, reason) in hostile.EXPECTED.items():
        doc = docs[hostile.SOURCE_FILE[name]]
        assert (doc["status"], reason in doc["error"]) == (status, True), (name, doc["error"])
    assert docs["bad\\xff\\xfe.pdf"]["status"] == "ok"
    assert "1025 MB" in docs["huge.pdf"]["error"] and "--memory (1024 MB)" in docs["huge.pdf"]["error"]
    assert docs[GOOD]["status"] == "ok"


def test_every_csv_parses_to_the_right_number_of_rows(batch: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    top, _ = batch
    ok_plans = [hostile.SOURCE_FILE[n] for n, (status, _) in hostile.EXPECTED.items() if status == "ok"]
    ok_plans += ["a/report.pdf", "b/report.pdf"]
    for feed in FEEDS:
        with (top / "out" / f"{feed}.csv").open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert len({len(row) for row in rows}) == 1, f"{feed}.csv: rows of different lengths"
    assert len(read_csv(top / "out" / "documents.csv")) == len(hostile.SOURCE_FILE) + 3
    recs = read_csv(top / "out" / "recommendations.csv")
    assert sorted(r["source_file"] for r in recs if r["source_file"] != GOOD) == sorted(ok_plans * 2)
    assert len(recs) == 2 * len(ok_plans) + 7


def test_the_good_document_is_as_in_a_clean_run_of_it_alone(
        batch: tuple[Path, subprocess.CompletedProcess[str]], tmp_path: Path) -> None:
    top, _ = batch
    clean = actionplan("run", str(ARCHETYPE), "-o", str(tmp_path), "--jobs", "1", "--no-cache")
    assert clean.returncode == 0, clean.stderr
    for feed in FEEDS:
        alone = read_csv(tmp_path / f"{feed}.csv")
        assert alone or feed in ("findings", "actions"), feed
        assert [r for r in read_csv(top / "out" / f"{feed}.csv") if r["source_file"] == GOOD] == alone, feed


def test_the_workbook_opens_and_links_every_row_to_its_own_pdf(
        batch: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    top, _ = batch
    sheet = openpyxl.load_workbook(top / "out" / "action_plan.xlsx")["Action plan"]
    column = [c.value for c in sheet[1]].index("Source file")
    links: dict[str, set[Path]] = {}
    for row in sheet.iter_rows(min_row=2):
        cell = row[column]
        assert cell.hyperlink is not None, cell.value
        target = os.fsdecode(unquote_to_bytes(cell.hyperlink.target.split("#")[0]))
        links.setdefault(cell.value, set()).add(Path(os.path.normpath(top / "out" / target)))
    assert links["a/report.pdf"] == {top / "in" / "a" / "report.pdf"}
    assert links["b/report.pdf"] == {top / "in" / "b" / "report.pdf"}
    for name, source_file in hostile.SOURCE_FILE.items():
        if hostile.EXPECTED[name][0] == "ok":
            assert links[source_file] == {top / "in" / "a" / name}, source_file


def test_both_same_named_files_have_their_review_pictures(batch: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    top, _ = batch
    ids = {d["source_file"]: d["document_id"] for d in read_csv(top / "out" / "documents.csv")}
    crops = sorted(p.name for p in (top / "out" / "review" / "crops").iterdir())
    for name in ("a/report.pdf", "b/report.pdf", "bad\\xff\\xfe.pdf"):
        assert len([c for c in crops if c.startswith(ids[name])]) == 2, name


#: a run whose os.scandir and os.stat fail with EACCES for one folder and what is directly in it,
#: as they do for a user without the folder's permissions (the tests run as root, which has them all)
LOCKED_RUN = """
import os, sys
locked = os.path.abspath(sys.argv[1])
scandir, stat = os.scandir, os.stat

def denied(path):
    return PermissionError(13, "Permission denied", os.fspath(path))

def locked_scandir(path="."):
    if not isinstance(path, int) and os.path.abspath(os.fspath(path)) == locked:
        raise denied(path)
    return scandir(path)

def locked_stat(path, *args, **kwargs):
    if not isinstance(path, int) and os.path.dirname(os.path.abspath(os.fspath(path))) == locked:
        raise denied(path)
    return stat(path, *args, **kwargs)

os.scandir, os.stat = locked_scandir, locked_stat
from pipelines.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_an_unreadable_folder_and_a_file_in_one_are_error_rows(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "sub" / "hidden.pdf").write_bytes(hostile.plan_pdf("H"))
    shutil.copy(ARCHETYPE, inputs / GOOD)
    result = subprocess.run([sys.executable, "-c", LOCKED_RUN, str(inputs / "sub"), "run", str(inputs),
                             str(inputs / "sub" / "hidden.pdf"), "-o", str(tmp_path / "out"), "--jobs", "1",
                             "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    docs = {d["source_file"]: (d["status"], d["error"]) for d in read_csv(tmp_path / "out" / "documents.csv")}
    assert docs == {GOOD: ("ok", ""), "sub/": ("error", "cannot read folder: Permission denied"),
                    "hidden.pdf": ("error", "cannot read file: Permission denied")}
    assert result.stderr.splitlines()[:2] == ["actionplan: hidden.pdf: cannot read file: Permission denied",
                                              "actionplan: sub/: cannot read folder: Permission denied"]


def test_names_are_unique_in_a_run_with_the_input_named_where_two_clash(tmp_path: Path) -> None:
    for folder in ("x/a", "y/a", "b", "c/b"):
        (tmp_path / folder).mkdir(parents=True)
    for name in ("x/a/report.pdf", "y/a/report.pdf", "b/report.pdf", "b/other.pdf", "c/b/other.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4")
    jobs = find_jobs([tmp_path / "b", tmp_path / "x" / "a" / "report.pdf", tmp_path / "y" / "a"])
    assert [(j.source_file, j.path) for j in jobs] == [
        ("b/report.pdf", tmp_path / "b" / "report.pdf"), ("other.pdf", tmp_path / "b" / "other.pdf"),
        ("x/a/report.pdf", tmp_path / "x" / "a" / "report.pdf"), ("y/a/report.pdf", tmp_path / "y" / "a" / "report.pdf")]
    files = find_jobs([tmp_path / "b" / "other.pdf", tmp_path / "c" / "b" / "other.pdf"])
    assert sorted(j.source_file for j in files) == sorted([f"{tmp_path.name}/b/other.pdf", "c/b/other.pdf"])
    # b/ and d/ both give other.pdf; named b/other.pdf, b's clashes with c's: it goes further up
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "other.pdf").write_bytes(b"%PDF-1.4")
    jobs = find_jobs([tmp_path / "b", tmp_path / "c", tmp_path / "d"])
    assert sorted((j.source_file, j.path.relative_to(tmp_path).as_posix()) for j in jobs) == sorted([
        (f"{tmp_path.name}/b/other.pdf", "b/other.pdf"), ("c/b/other.pdf", "c/b/other.pdf"),
        ("d/other.pdf", "d/other.pdf"), ("report.pdf", "b/report.pdf")])


def test_names_are_escaped_once_and_reversibly_readable() -> None:
    assert printable(os.fsdecode(b"bad\xff\xfe.pdf")) == "bad\\xff\\xfe.pdf"
    assert printable("a\rb\nc\td\x1b\x07\x7f\x85\u2028\u2029.pdf") == \
        "a\\x0db\\x0ac\\x09d\\x1b\\x07\\x7f\\x85\\u2028\\u2029.pdf"
    assert printable("quote ' naïve – ü/é.pdf") == "quote ' naïve – ü/é.pdf"


def test_names_that_escape_alike_stay_apart_and_a_missing_input_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a\rb.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "a\\x0db.pdf").write_bytes(b"%PDF-1.4")  # a backslash, an x, a zero and a d
    names = [job.source_file for job in find_jobs([tmp_path])]
    assert sorted(names) == ["a\\x0db.pdf", "a\\x0db.pdf (2)"]
    with pytest.raises(InputNotFound, match=r"no such file or folder: .*no\\x0aactionplan: forged$"):
        find_jobs([tmp_path / "no\nactionplan: forged"])
