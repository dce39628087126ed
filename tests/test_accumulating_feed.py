"""`--feed DIR`: nightly runs on only the new or changed PDFs keep a feed folder that equals a
clean run over everything."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ARCHETYPE, FEEDS, SAMPLES, read_csv, run_cli

FIRST = SAMPLES / "corpus" / "ruled-3col--reportlab.pdf"
CHANGED = SAMPLES / "corpus" / "unruled--reportlab.pdf"
NEW = SAMPLES / "corpus" / "multi-action--libreoffice.pdf"


def put(folder: Path, files: dict[str, Path]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, source in files.items():
        shutil.copy(source, folder / name)
    return folder


def undated(name: str, data: bytes) -> bytes:
    """A feed file as a run's own folder writes it: the feed alone fills documents.csv's last
    column, last_read_ok, with the date it merged each good read."""
    return re.sub(rb",\d{4}-\d{2}-\d{2}\n", b",\n", data) if name == "documents.csv" else data


def run(folder: Path, out: Path, feed: Path) -> None:
    result = run_cli("run", str(folder), "-o", str(out), "--jobs", "2", "--no-cache", "--feed", str(feed))
    assert result.returncode == 0, result.stderr


def test_nightly_runs_accumulate_to_what_a_clean_run_of_everything_writes(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    feed = tmp_path / "feed"
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-11-30")
    run(put(tmp_path / "night1", {"a.pdf": ARCHETYPE, "b.pdf": FIRST}), tmp_path / "out1", feed)
    assert all(undated(n, (feed / n).read_bytes()) == (tmp_path / "out1" / n).read_bytes() for n in FEEDS)
    old_b = {r["recommendation_id"] for r in read_csv(feed / "recommendations.csv") if r["source_file"] == "b.pdf"}
    # night 2: b.pdf was replaced by a new version, c.pdf arrived; a.pdf is not in this run
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-12-01")
    run(put(tmp_path / "night2", {"b.pdf": CHANGED, "c.pdf": NEW}), tmp_path / "out2", feed)
    everything = put(tmp_path / "all", {"a.pdf": ARCHETYPE, "b.pdf": CHANGED, "c.pdf": NEW})
    result = run_cli("run", str(everything), "-o", str(tmp_path / "clean"), "--jobs", "1", "--no-cache")
    assert result.returncode == 0, result.stderr
    for name in FEEDS:
        assert undated(name, (feed / name).read_bytes()) == (tmp_path / "clean" / name).read_bytes(), name
    assert [(d["source_file"], d["last_read_ok"]) for d in read_csv(feed / "documents.csv")] == [
        ("a.pdf", "2026-11-30"), ("b.pdf", "2026-12-01"), ("c.pdf", "2026-12-01")]
    recs = read_csv(feed / "recommendations.csv")
    assert not old_b & {r["recommendation_id"] for r in recs}, "the old version's rows are gone"
    assert {r["source_file"] for r in recs} == {"a.pdf", "b.pdf", "c.pdf"}
    # the same night again changes nothing
    before = {n: (feed / n).read_bytes() for n in FEEDS}
    run(tmp_path / "night2", tmp_path / "out3", feed)
    assert {n: (feed / n).read_bytes() for n in FEEDS} == before
    assert (feed / "datapackage.json").exists()


def test_an_update_arriving_a_night_later_joins_the_recommendations_the_feed_tracks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    update = SAMPLES / "corpus" / "series-child-h-update--reportlab.pdf"
    feed = tmp_path / "feed"
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-11-30")
    run(put(tmp_path / "night1", {"cabinet.pdf": ARCHETYPE}), tmp_path / "out1", feed)
    first = {r["number"]: r["tracked_id"] for r in read_csv(feed / "recommendations.csv")}
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-12-01")
    run(put(tmp_path / "night2", {"update.pdf": update}), tmp_path / "out2", feed)
    result = run_cli("run", str(put(tmp_path / "all", {"cabinet.pdf": ARCHETYPE, "update.pdf": update})),
                     "-o", str(tmp_path / "clean"), "--jobs", "1", "--no-cache")
    assert result.returncode == 0, result.stderr
    for name in ("recommendations.csv", "tracker.csv"):
        assert (feed / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name
    later = {r["number"]: r["tracked_id"] for r in read_csv(feed / "recommendations.csv")
             if r["source_file"] == "update.pdf"}
    assert later == {"R1": first["2"], "R2": first["3"], "R3": first["1"], "R4": first["4"], "R5": first["5"],
                     "R6": first["6"], "R7": first["7"]}
    assert {r["tracked_id"]: r["reports"] for r in read_csv(feed / "tracker.csv")} == {i: "2" for i in first.values()}
