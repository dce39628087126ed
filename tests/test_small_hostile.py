"""Issue 12's small cases: a date printed without its year is never written as year 1 (it takes
the year where the document makes it certain, else stays empty; the schema rejects years before
1990), library warnings never reach the terminal unasked, and `--timeout nan` is a usage error."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from extract.fields.dates import parse_date
from extract.model import PartialDate
from pipelines.batch.options import BatchOptions
from pipelines.outputs.frames import DOCUMENT_COLUMNS, FeedInvalid, frame
from pipelines.outputs.schemas import ActionsFeed, DocumentsFeed, RecommendationsFeed
from tests.conftest import ROOT, read_csv, run_cli
from tests.hostile.small_inputs import EXPECTED, FILES, circular_form, dated_plan

#: file name -> (running text above the plan, the progress column's heading, the targets)
DATED: dict[str, tuple[tuple[str, ...], str, str]] = {
    "no year.pdf": ((), "Progress at 25 November", "Target: 25 November"),
    "as at.pdf": (("Position as at 1 December 2024",), "Progress at 25 November", "25 November"),
    "as at too far.pdf": (("Position as at 1 June 2024",), "Progress at 25 November", "25 November"),
    "month printed.pdf": (("Report date: November 2024",), "Progress at 25 November", "25 November"),
    "meeting.pdf": (("CABINET – 9 DECEMBER 2024",), "Progress at 25 November", "25 November"),
    "meeting no year.pdf": (("CABINET – 25 NOVEMBER",), "Progress at 25 November", "25 November"),
    "meeting two years.pdf": (("CABINET – 25 NOVEMBER", "Review published November 2023",
                               "Update for November 2024"), "Progress at 25 November", "25 November"),
    "meeting whole date.pdf": (("CABINET – 25 NOVEMBER", "Position as at 20 November 2024"), "Progress",
                               "25 November"),
    "old year.pdf": ((), "Progress", "25 November 1066"),
}


#: the module's fixtures are made once for all its tests, so they run on one pytest-xdist
#: worker (`--dist loadgroup`): spread over two, each would make them again
pytestmark = pytest.mark.xdist_group("test_small_hostile")


@pytest.fixture(scope="module")
def dated_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list[dict[str, str]]]]:
    """One run over the dated plans: per file, its rows of each feed."""
    folder, out = tmp_path_factory.mktemp("dated"), tmp_path_factory.mktemp("dated-out")
    for name, (lines, heading, target) in DATED.items():
        (folder / name).write_bytes(dated_plan(heading, target, lines))
    result = run_cli("run", str(folder), "-o", str(out), "--jobs", "1", "--no-cache", "--no-review")
    assert result.returncode == 0, result.stderr
    feeds = {feed: read_csv(out / f"{feed}.csv") for feed in ("documents", "recommendations", "actions")}
    by_file = {name: {feed: [r for r in rows if r["source_file"] == name] for feed, rows in feeds.items()}
               for name in DATED}
    by_file["*"] = feeds
    return by_file


def progress_dates(rows: dict[str, list[dict[str, str]]]) -> set[str]:
    return {r["progress_as_of"] for r in rows["recommendations"]}


def test_no_date_is_ever_written_as_year_one(dated_run: dict) -> None:
    feeds = dated_run["*"]
    columns = ("progress_as_of", "target_date", "meeting_date")
    assert not [r for rows in feeds.values() for r in rows for c in columns if r.get(c, "").startswith("0001")]


def test_no_year_anywhere_leaves_the_dates_empty(dated_run: dict) -> None:
    rows = dated_run["no year.pdf"]
    assert [r["status"] for r in rows["documents"]] == ["ok"]
    assert (rows["documents"][0]["progress_as_of"], rows["documents"][0]["meeting_date"]) == ("", "")
    assert progress_dates(rows) == {""}
    assert [(r["target_date"], r["target_text"]) for r in rows["recommendations"]] == \
        [("", "Target: 25 November")] * 2


@pytest.mark.parametrize("name", ["as at.pdf", "month printed.pdf", "meeting.pdf"])
def test_a_year_the_document_makes_certain_is_taken(dated_run: dict, name: str) -> None:
    """The quarter up to the date the document is as at, or meets on; with no such date, the one
    year the document prints the month in. A target is never given a year it does not print (a
    deadline may be in any year after the document's date)."""
    rows = dated_run[name]
    assert progress_dates(rows) == {"2024-11-25"}
    assert rows["documents"][0]["progress_as_of"] == "2024-11-25"
    assert {(r["target_date"], r["target_text"]) for r in rows["recommendations"]} == {("", "25 November")}


def test_a_heading_date_far_from_the_document_date_is_no_date(dated_run: dict) -> None:
    """25 November is not within a quarter before 1 June 2024: no year is certain, and the
    progress under the heading is not given the text's date either."""
    assert progress_dates(dated_run["as at too far.pdf"]) == {""}


def test_meeting_date_takes_a_year_only_where_one_is_printed_for_its_month(dated_run: dict) -> None:
    assert dated_run["meeting.pdf"]["documents"][0]["meeting_date"] == "2024-12-09"
    assert dated_run["meeting no year.pdf"]["documents"][0]["meeting_date"] == ""
    assert dated_run["meeting two years.pdf"]["documents"][0]["meeting_date"] == ""
    assert progress_dates(dated_run["meeting two years.pdf"]) == {""}
    assert dated_run["meeting whole date.pdf"]["documents"][0]["meeting_date"] == "2024-11-25"


def test_a_year_before_1990_is_no_date(dated_run: dict) -> None:
    assert parse_date("25 November 1066") is None and parse_date("1.1.1899") is None
    assert parse_date("25 November 1990") == PartialDate(11, 25, 1990)
    rows = dated_run["old year.pdf"]["recommendations"]
    assert {(r["target_date"], r["target_text"]) for r in rows} == {("", "25 November 1066")}


def document_row(**dates: str) -> dict[str, object]:
    row: dict[str, object] = {name: "" for name in DOCUMENT_COLUMNS}
    row.update(document_id="0" * 16, source_file="a.pdf", sha256="0" * 64, pages=1, recommendations=0,
               status="no_recommendations", **dates)
    return row


@pytest.mark.parametrize("column", ["meeting_date", "progress_as_of"])
@pytest.mark.parametrize("value", ["0001-11-25", "1989-12-31", "2100-01-01"])
def test_the_schema_rejects_years_outside_1990_to_2099(column: str, value: str) -> None:
    with pytest.raises(FeedInvalid):
        frame([document_row(**{column: value})], DOCUMENT_COLUMNS, DocumentsFeed)
    assert frame([document_row(**{column: "1990-01-01"})], DOCUMENT_COLUMNS, DocumentsFeed) is not None


@pytest.mark.parametrize("model", [RecommendationsFeed, ActionsFeed])
def test_every_date_column_rejects_year_one(model: type) -> None:
    dates = [name for name in model.to_schema().columns if name in {"progress_as_of", "target_date"}]
    assert dates
    for name in dates:
        assert not model.to_schema().columns[name].checks[0](pd.Series(["0001-11-25"])).check_passed


def own_lines(stderr: str) -> list[str]:
    """stderr's lines that are not actionplan's own."""
    return [line for line in stderr.splitlines() if not line.startswith("actionplan: ")]


def test_library_warnings_are_shown_only_with_debug(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "circular form xobject.pdf").write_bytes(circular_form())
    quiet = run_cli("run", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1", "--no-cache")
    assert quiet.returncode == 0 and quiet.stderr.startswith("actionplan: ")
    assert own_lines(quiet.stderr) == []
    loud = run_cli("run", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1", "--no-cache", "--debug")
    assert loud.returncode == 0
    assert any("pdfminer" in line and "Refusing to execute circular reference" in line
               for line in own_lines(loud.stderr))


def test_library_warnings_in_the_main_process_are_not_printed(tmp_path: Path) -> None:
    """`inspect` reads the PDF in the main process."""
    pdf = tmp_path / "circular.pdf"
    pdf.write_bytes(circular_form())
    result = run_cli("inspect", str(pdf), "-o", str(tmp_path / "pictures"))
    assert result.returncode == 0, result.stderr
    assert own_lines(result.stderr) == []


def test_python_warnings_are_routed_to_logging() -> None:
    code = ("import warnings, logging; from pipelines.batch.logs import route_library_logs; "
            "route_library_logs({}); warnings.warn('a library warning'); "
            "logging.getLogger('pypdfium2').warning('a pypdfium2 message')")
    quiet = subprocess.run([sys.executable, "-c", code.format(False)], cwd=ROOT, capture_output=True, text=True)
    assert (quiet.returncode, quiet.stderr) == (0, "")
    loud = subprocess.run([sys.executable, "-c", code.format(True)], cwd=ROOT, capture_output=True, text=True)
    assert "a library warning" in loud.stderr and "pypdfium2: WARNING: a pypdfium2 message" in loud.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "NaN", "infinity"])
def test_a_timeout_that_is_not_a_finite_number_is_a_usage_error(tmp_path: Path, value: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.pdf").write_bytes(dated_plan())
    result = run_cli("run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--timeout", value)
    assert result.returncode == 2
    assert "argument --timeout" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_batch_options_reject_a_timeout_that_is_not_a_finite_number(value: float) -> None:
    with pytest.raises(ValueError, match="timeout"):
        BatchOptions(timeout=value)


def test_the_hostile_inputs_are_what_they_say(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, build in FILES.items():
        (folder / name).write_bytes(build())
    result = run_cli("run", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1", "--no-cache")
    assert own_lines(result.stderr) == []
    rows = {r["source_file"]: r for r in read_csv(tmp_path / "out" / "documents.csv")}
    for name, (status, phrase) in EXPECTED.items():
        assert rows[name]["status"] == status and phrase in rows[name]["error"]


def test_a_feed_an_older_version_wrote_with_year_one_still_merges(tmp_path: Path) -> None:
    """The schema now rejects 0001-11-25, which earlier versions wrote for "Progress at 25
    November": merging into such a feed empties those dates instead of failing every night."""
    first, second, feed = tmp_path / "first", tmp_path / "second", tmp_path / "feed"
    first.mkdir()
    second.mkdir()
    (first / "a.pdf").write_bytes(dated_plan("Progress at 25 November", "25 November",
                                             ("Position as at 1 December 2024",)))
    (second / "b.pdf").write_bytes(dated_plan())
    made = run_cli("run", str(first), "-o", str(tmp_path / "out1"), "--feed", str(feed), "--no-cache", "--jobs", "1")
    assert made.returncode == 0, made.stderr
    for name in ("documents.csv", "recommendations.csv"):  # as the earlier version wrote them
        path = feed / name
        path.write_text(path.read_text(encoding="utf-8").replace("2024-11-25", "0001-11-25"), encoding="utf-8")
    merged = run_cli("run", str(second), "-o", str(tmp_path / "out2"), "--feed", str(feed), "--no-cache", "--jobs", "1")
    assert merged.returncode == 0, merged.stderr
    rows = [r for r in read_csv(feed / "recommendations.csv") if r["source_file"] == "a.pdf"]
    assert len(rows) == 2 and {r["progress_as_of"] for r in rows} == {""}
    assert "0001-" not in (feed / "documents.csv").read_text(encoding="utf-8")
