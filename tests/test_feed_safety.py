"""`--feed DIR` never loses what it held (issue 12): a night's failed read keeps the last good
read's rows and says so, a neutralised file name matches its rows of the night before, and a
feed file the merge cannot use is refused in one line before any work."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ARCHETYPE, FEEDS, SAMPLES, read_csv, run_cli

ROWS = ("recommendations.csv", "findings.csv", "actions.csv")
GOOD = ARCHETYPE.read_bytes()


#: the module's fixtures are made once for all its tests, so they run on one pytest-xdist
#: worker (`--dist loadgroup`): spread over two, each would make them again
pytestmark = pytest.mark.xdist_group("test_feed_safety")


def night(tmp: Path, name: str, files: dict[str, bytes], feed: Path, day: str,
          monkeypatch: pytest.MonkeyPatch, *options: str) -> subprocess.CompletedProcess[str]:
    """`actionplan run` of a folder holding `files` on `day`, merged into `feed`."""
    folder = tmp / name
    folder.mkdir()
    for file, data in files.items():
        (folder / file).write_bytes(data)
    monkeypatch.setenv("ACTIONPLAN_TODAY", day)
    return run_cli("run", str(folder), "-o", str(tmp / f"{name}-out"), "--jobs", "1", "--no-cache",
                   "--no-review", "--feed", str(feed), *options)


def files_of(folder: Path, names: tuple[str, ...] = FEEDS) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in names if (folder / name).exists()}


def documents(folder: Path) -> dict[str, dict[str, str]]:
    return {row["source_file"]: row for row in read_csv(folder / "documents.csv")}


def frictionless_errors(folder: Path) -> list[str]:
    import frictionless

    report = frictionless.validate(folder / "datapackage.json")
    return [f"{task.name}: {error.type}: {error.message}" for task in report.tasks for error in task.errors]


def test_a_failed_read_keeps_the_last_good_one_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feed = tmp_path / "feed"
    assert night(tmp_path, "n1", {"report.pdf": GOOD}, feed, "2026-11-28", monkeypatch).returncode == 0
    held = files_of(feed, ROWS)
    assert len(read_csv(feed / "recommendations.csv")) == 7
    first = documents(feed)["report.pdf"]

    # night 2: the same file replaced by a truncated copy (damaged PDF), and a new file never read well
    truncated = {"report.pdf": GOOD[: len(GOOD) // 2], "new.pdf": GOOD[: len(GOOD) // 3]}
    second = night(tmp_path, "n2", truncated, feed, "2026-11-29", monkeypatch)
    assert second.returncode == 1, second.stderr
    assert files_of(feed, ROWS) == held, "the last good read's rows are all kept, byte for byte"
    kept = documents(feed)["report.pdf"]
    assert (kept["status"], kept["recommendations"], kept["last_read_ok"]) == ("error", "7", "2026-11-28")
    assert kept["error"].startswith("read failed on 2026-11-29: damaged PDF: ")
    assert kept["error"].endswith("; rows kept from the last good read on 2026-11-28")
    assert {k: v for k, v in kept.items() if k not in ("status", "error")} == \
           {k: v for k, v in first.items() if k not in ("status", "error")}, "the row describes the read kept"
    assert documents(feed)["new.pdf"] == documents(tmp_path / "n2-out")["new.pdf"], "never read well: as in a run"
    assert "\n" not in kept["error"] and frictionless_errors(feed) == []
    package = json.loads((feed / "datapackage.json").read_text(encoding="utf-8"))
    [field] = [f for r in package["resources"] for f in r["schema"]["fields"] if f["name"] == "last_read_ok"]
    assert field["type"] == "date" and "last merged a good read" in field["description"]

    # night 3: the good file again, but the read runs out of time
    third = night(tmp_path, "n3", {"report.pdf": GOOD}, feed, "2026-11-30", monkeypatch, "--timeout", "0.01")
    assert third.returncode == 1, third.stderr
    assert files_of(feed, ROWS) == held
    kept = documents(feed)["report.pdf"]
    assert kept["error"] == ("read failed on 2026-11-30: took longer than 0.01 s (--timeout): stopped; "
                             "rows kept from the last good read on 2026-11-28")
    assert (kept["status"], kept["last_read_ok"]) == ("error", "2026-11-28")

    # night 4: read well again: the normal row back, dated, the rows as a clean run writes them
    fourth = night(tmp_path, "n4", {"report.pdf": GOOD}, feed, "2026-12-01", monkeypatch)
    assert fourth.returncode == 0, fourth.stderr
    assert files_of(feed, ROWS) == files_of(tmp_path / "n4-out", ROWS)
    assert documents(feed)["report.pdf"] == {**documents(tmp_path / "n4-out")["report.pdf"], "last_read_ok": "2026-12-01"}
    assert set(documents(feed)) == {"new.pdf", "report.pdf"}
    assert documents(tmp_path / "n4-out")["report.pdf"]["last_read_ok"] == "", "a run's own folder is never dated"
    assert frictionless_errors(feed) == []


def test_a_neutralised_file_name_matches_its_rows_on_every_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feed = tmp_path / "feed"
    for n in range(3):
        result = night(tmp_path, f"n{n}", {"=report.pdf": GOOD}, feed, "2026-11-28", monkeypatch)
        assert result.returncode == 0, result.stderr
        counts = {name: len(read_csv(feed / name)) for name in FEEDS}
        assert counts == {"recommendations.csv": 7, "documents.csv": 1, "findings.csv": 4, "actions.csv": 0,
                          "tracker.csv": 7}, n
        assert files_of(feed, ROWS) == files_of(tmp_path / f"n{n}-out", ROWS), "as a clean run writes them"
    assert list(documents(feed)) == ["'=report.pdf"]


# --- a feed the merge cannot use ------------------------------------------------------------

@pytest.fixture(scope="module")
def good_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A feed of two documents (a.pdf: the archetype, b.pdf: a corpus plan)."""
    folder = tmp_path_factory.mktemp("night")
    shutil.copy(ARCHETYPE, folder / "a.pdf")
    shutil.copy(SAMPLES / "corpus" / "ruled-3col--reportlab.pdf", folder / "b.pdf")
    feed = tmp_path_factory.mktemp("good") / "feed"
    result = run_cli("run", str(folder), "-o", str(feed.parent / "out"), "--jobs", "1", "--no-cache",
                     "--no-review", "--feed", str(feed))
    assert result.returncode == 0, result.stderr
    return feed


def rewritten(path: Path, change: Callable[[list[list[str]]], None]) -> None:
    """`path` read as CSV, changed, and written back as the feeds are written."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    change(rows)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def set_cell(row: int, column: str, value: str) -> Callable[[list[list[str]]], None]:
    def change(rows: list[list[str]]) -> None:
        rows[row][rows[0].index(column)] = value
    return change


def drop_column(column: str) -> Callable[[list[list[str]]], None]:
    def change(rows: list[list[str]]) -> None:
        at = rows[0].index(column)
        for row in rows:
            del row[at]
    return change


def line_of_record(path: Path, record: int) -> int:
    """The line the `record`-th data row starts on (rows hold line breaks of their own)."""
    text = path.read_text(encoding="utf-8")
    key = list(csv.reader(io.StringIO(text, newline="")))[record][0]
    return text[: text.index("\n" + key + ",") + 1].count("\n") + 1


def pages_five(feed: Path) -> str:
    rewritten(feed / "documents.csv", set_cell(2, "pages", "five"))
    return "documents.csv line 3: pages: 'five' is not a whole number"


def missing_column(feed: Path) -> str:
    rewritten(feed / "documents.csv", drop_column("title"))
    return "documents.csv line 1: column 'title' is missing"


def cp1252(feed: Path) -> str:
    path = feed / "documents.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))
    return "documents.csv line 2: not UTF-8 text (byte 0x92): save it as UTF-8"


def empty(feed: Path) -> str:
    (feed / "recommendations.csv").write_bytes(b"")
    return "recommendations.csv line 1: empty file: no header row"


def confidence_high(feed: Path) -> str:
    path = feed / "recommendations.csv"
    rewritten(path, set_cell(5, "confidence", "high"))
    line = line_of_record(path, 5)
    assert line > 6, "the rows before hold line breaks: the line is not the row's index"
    return f"recommendations.csv line {line}: confidence: 'high' is not a number"


def status_finished(feed: Path) -> str:
    path = feed / "recommendations.csv"
    rewritten(path, set_cell(3, "status", "finished"))
    return (f"recommendations.csv line {line_of_record(path, 3)}: status: 'finished' is not one of "
            "complete, in_progress, not_started, unknown")


def cut_short(feed: Path) -> str:
    path = feed / "documents.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) == 3, "one line a document"
    lines[2] = ",".join(lines[2].split(",")[:4]) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return "documents.csv line 3: 4 values where the header names 16 columns"


def date_day_first(feed: Path) -> str:
    rewritten(feed / "documents.csv", set_cell(1, "last_read_ok", "28/11/2026"))
    return "documents.csv line 2: last_read_ok: '28/11/2026' is not a date as YYYY-MM-DD"


def pasted_twice(feed: Path) -> str:
    def change(rows: list[list[str]]) -> None:
        rows[2] = list(rows[1])
    rewritten(feed / "documents.csv", change)
    return "documents.csv line 3: source_file 'a.pdf' is already on line 2"


def not_csv(feed: Path) -> str:
    path = feed / "findings.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '6f7208e9c8a1830b,a.pdf,9,"an open quote\n', encoding="utf-8")
    return f"findings.csv line {text.count(chr(10)) + 1}: not a CSV file: unexpected end of data"


@pytest.mark.parametrize("damage", [pages_five, missing_column, cp1252, empty, confidence_high, status_finished,
                                    cut_short, date_day_first, pasted_twice, not_csv], ids=lambda f: f.__name__)
def test_a_feed_the_merge_cannot_use_is_refused_before_any_work(good_feed: Path, tmp_path: Path,
                                                                damage: Callable[[Path], str]) -> None:
    feed = tmp_path / "feed"
    shutil.copytree(good_feed, feed)
    expected = f"actionplan: --feed: {feed}/{damage(feed)}"
    before = files_of(feed, (*FEEDS, "datapackage.json"))
    (tmp_path / "in").mkdir()
    shutil.copy(ARCHETYPE, tmp_path / "in" / "c.pdf")
    result = run_cli("run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-cache", "--feed", str(feed))
    assert (result.returncode, result.stderr.splitlines()) == (2, [expected])
    assert not (tmp_path / "out").exists(), "nothing written"
    assert files_of(feed, (*FEEDS, "datapackage.json")) == before, "the feed is left as it was"


def test_a_feed_written_before_last_read_ok_is_merged(good_feed: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed kept by the version before the column: read with it empty, written with it."""
    feed = tmp_path / "feed"
    shutil.copytree(good_feed, feed)
    rewritten(feed / "documents.csv", drop_column("last_read_ok"))
    result = night(tmp_path, "n1", {"c.pdf": GOOD[:1000]}, feed, "2026-11-28", monkeypatch)
    assert result.returncode == 1, result.stderr
    assert [(d["source_file"], d["last_read_ok"]) for d in read_csv(feed / "documents.csv")] == \
           [("a.pdf", ""), ("b.pdf", ""), ("c.pdf", "")]
    assert files_of(feed, ROWS) == files_of(good_feed, ROWS)
