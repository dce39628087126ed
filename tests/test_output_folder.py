"""The output folder as a whole (issue 12): one run at a time in a folder, the outputs replaced
as a set or not at all, and review pictures that cannot blow up the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from extract.settings import Settings
from pipelines.batch.inputs import find_jobs
from pipelines.batch.options import BatchOptions, RunOptions
from pipelines.run import run
from tests.conftest import ARCHETYPE, ROOT, read_csv, run_cli
from tests.hostile.outset_inputs import FILES, page_pdf

FEEDS = ("recommendations", "documents", "findings", "actions")
BUSY = "is in use by another actionplan run"


#: the module's fixtures are made once for all its tests, so they run on one pytest-xdist
#: worker (`--dist loadgroup`): spread over two, each would make them again
pytestmark = pytest.mark.xdist_group("test_output_folder")


def folder_of(path: Path, files: dict[str, bytes]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (path / name).write_bytes(data)
    return path


def small_plan() -> bytes:
    return page_pdf(b"[0 0 595 842]")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (the cache aside), by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".cache" not in p.parts}


def hidden(folder: Path) -> list[str]:
    """What a run left in `folder` besides its outputs and cache: staging, temporary names, locks."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name != ".cache")


def consistent_set(out: Path) -> set[str]:
    """Check `out` holds one complete, readable set of outputs; the documents it lists."""
    feeds = {name: read_csv(out / f"{name}.csv") for name in FEEDS}
    json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    book = openpyxl.load_workbook(out / "action_plan.xlsx", read_only=True)
    documents = {row["source_file"] for row in feeds["documents"]}
    assert {row["source_file"] for row in feeds["recommendations"]} <= documents
    assert {row[1] for row in book["Documents"].iter_rows(min_row=2, values_only=True)} == documents
    assert len(list(book["Action plan"].iter_rows())) == len(feeds["recommendations"]) + 1
    assert (out / "review" / "index.html").is_file()
    assert hidden(out) == []
    return documents


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "pipelines.cli", "run", *args]


@pytest.mark.parametrize("attempt", range(3))
def test_two_runs_at_once_into_one_folder(tmp_path: Path, attempt: int) -> None:
    first = folder_of(tmp_path / "first", {"plan.pdf": ARCHETYPE.read_bytes()})
    second = folder_of(tmp_path / "second", {"other.pdf": ARCHETYPE.read_bytes(), "small.pdf": small_plan()})
    out = tmp_path / "out"
    runs = [subprocess.Popen(cli(str(folder), "-o", str(out), "--jobs", "1", "--no-cache"), cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for folder in (first, second)]
    results = [(p.wait(timeout=600), p.stderr.read(), p.stdout.read()) for p in runs]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 1], results
    winner, loser = (0, 1) if results[0][0] == 0 else (1, 0)
    lines = results[loser][1].splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"actionplan: {out} {BUSY}: "), results[loser][1]
    expected = [{"plan.pdf"}, {"other.pdf", "small.pdf"}][winner]
    assert consistent_set(out) == expected


def test_a_second_run_refuses_while_the_folder_is_held(tmp_path: Path) -> None:
    """The refusal writes nothing, and holding a --feed folder refuses likewise."""
    inputs = folder_of(tmp_path / "in", {"small.pdf": small_plan()})
    out, feed = tmp_path / "out", tmp_path / "feed"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from pipelines.batch.lock import hold\n"
        "with hold(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)"), str(feed)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = run_cli("run", str(inputs), "-o", str(out), "--feed", str(feed), "--no-cache")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert result.stderr.startswith(f"actionplan: --feed {feed} {BUSY}: process {holder.pid} holds")
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert not out.exists() or list(out.iterdir()) == []
    again = run_cli("run", str(inputs), "-o", str(out), "--feed", str(feed), "--no-cache")
    assert again.returncode == 0, again.stderr
    assert hidden(out) == [] and hidden(feed) == []


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A folder of the archetype's outputs, and a folder of other input for the next run."""
    out = tmp_path_factory.mktemp("previous")
    result = run_cli("run", str(ARCHETYPE), "-o", str(out), "--no-cache", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    return out, folder_of(tmp_path_factory.mktemp("next"), {"small.pdf": small_plan()})


def copy_of(folder: Path, to: Path) -> Path:
    subprocess.run(["cp", "-a", f"{folder}/.", str(to)], check=True)
    return to


def test_a_folder_where_the_workbook_goes_changes_nothing(previous: tuple[Path, Path], tmp_path: Path) -> None:
    out = copy_of(previous[0], tmp_path / "out")
    (out / "action_plan.xlsx").unlink()
    (out / "action_plan.xlsx").mkdir()
    (out / "action_plan.xlsx" / "mine.txt").write_text("the user's", encoding="utf-8")
    before = snapshot(out)
    result = run_cli("run", str(previous[1]), "-o", str(out), "--no-cache", "--jobs", "1")
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "action_plan.xlsx is a folder" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(out) == before, "the previous outputs are as they were"
    assert hidden(out) == []


@pytest.mark.parametrize("fails", ["documents.csv", "action_plan.xlsx"])
def test_a_swap_that_fails_half_way_puts_everything_back(previous: tuple[Path, Path], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, fails: str) -> None:
    """The disk fails while the new outputs are moved in, after some already are: every
    previous output is put back, byte for byte, and nothing staged is left."""
    out = copy_of(previous[0], tmp_path / "out")
    before = snapshot(out)
    real = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == out / fails and ".previous" not in Path(src).parts:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError, match="No space left"):
        run(find_jobs([previous[1]]), out, Settings(), BatchOptions(jobs=1, cache=None),
            [str(previous[1])], RunOptions())
    assert snapshot(out) == before
    assert hidden(out) == []


def measured(*args: str) -> tuple[subprocess.CompletedProcess[str], int]:
    """`actionplan run ARGS` and the peak resident memory (kB) of its largest process, measured
    by a parent of its own (`getrusage(RUSAGE_CHILDREN)`)."""
    measure = ("import resource, subprocess, sys\n"
               "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
               "sys.stdout.write(done.stdout); sys.stderr.write(done.stderr)\n"
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
               "sys.exit(done.returncode)")
    result = subprocess.run([sys.executable, "-c", measure, *cli(*args)], cwd=ROOT, capture_output=True,
                            text=True, timeout=600)
    return result, int(result.stdout.split()[-1])


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A batch of the pages hostile to pictures beside the archetype: its outputs and the run."""
    inputs = folder_of(tmp_path_factory.mktemp("pages"), {name: make() for name, make in FILES.items()})
    (inputs / ARCHETYPE.name).write_bytes(ARCHETYPE.read_bytes())
    out = tmp_path_factory.mktemp("pages-out")
    return out, run_cli("run", str(inputs), "-o", str(out), "--no-cache", "--jobs", "2")


def test_pages_hostile_to_pictures_keep_their_rows(hostile_pages: tuple[Path, subprocess.CompletedProcess[str]],
                                                   archetype_run: Path) -> None:
    out, result = hostile_pages
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    documents = {row["source_file"]: row for row in read_csv(out / "documents.csv")}
    for name in FILES:
        assert documents[name]["status"] == "ok" and documents[name]["recommendations"] == "2"
    for feed in FEEDS:
        good = [row for row in read_csv(out / f"{feed}.csv") if row["source_file"] == ARCHETYPE.name]
        assert good == read_csv(archetype_run / f"{feed}.csv"), feed
    assert hidden(out) == [] and not (out / ".review.tmp").exists()


def test_a_picture_that_cannot_be_drawn_is_a_check(hostile_pages: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out = hostile_pages[0]
    book = openpyxl.load_workbook(out / "action_plan.xlsx", read_only=True)
    checks = {(row[0], row[2]): row[3] for row in book["Checks"].iter_rows(min_row=2, values_only=True)}
    page = (out / "review" / "index.html").read_text(encoding="utf-8")
    for name in ("mediabox zero.pdf", "mediabox inverted.pdf"):
        reason = checks[(name, "no picture")]
        assert "MediaBox" in reason and "\n" not in reason
        assert f"(no picture: {reason})" in page
    assert ("page 200 inches.pdf", "no picture") not in checks


def test_a_huge_page_is_drawn_small_and_in_bounded_memory(tmp_path: Path) -> None:
    from PIL import Image

    inputs = folder_of(tmp_path / "in", {"page 200 inches.pdf": FILES["page 200 inches.pdf"]()})
    result, peak_kb = measured(str(inputs), "-o", str(tmp_path / "out"), "--no-cache", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert peak_kb < 1024 * 1024, f"a process of the run used {peak_kb / 1024:.0f} MB"
    recs = [row["recommendation_id"] for row in read_csv(tmp_path / "out" / "recommendations.csv")]
    assert len(recs) == 2
    for rec in recs:
        with Image.open(tmp_path / "out" / "review" / "crops" / f"{rec}-p1.png") as picture:
            assert 0 < max(picture.size) <= 2000 and picture.height > 20
