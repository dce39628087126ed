"""Review findings on issue 12's fixes: a feed that must survive a copy appearing beside a good
document, names that neutralise alike, a file that streams for ever from a size of 0, and the
user's own files (feed CSVs, rules) that are FIFOs, nested too deep or hold very long cells."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest

from pipelines.outputs.feed_files import read_feed
from pipelines.outputs.schemas import MODELS
from pipelines.outputs.write_set import write_csv
from tests.conftest import ARCHETYPE, SAMPLES, read_csv, run_cli, run_process

#: a plan with several actions under its recommendations (actions.csv rows)
ACTIONS = SAMPLES / "corpus" / "multi-action--reportlab.pdf"


def feed_run(folder: Path, out: Path, feed: Path) -> object:
    return run_cli("run", str(folder), "-o", str(out), "--jobs", "1", "--no-cache", "--no-review",
                   "--feed", str(feed))


def test_a_copy_appearing_beside_a_document_of_the_feed_merges(tmp_path: Path) -> None:
    folder, feed = tmp_path / "in", tmp_path / "feed"
    folder.mkdir()
    shutil.copy(ACTIONS, folder / "report.pdf")
    assert feed_run(folder, tmp_path / "o1", feed).returncode == 0
    actions = len(read_csv(feed / "actions.csv"))
    assert actions > 0
    shutil.copy(ACTIONS, folder / "a-copy.pdf")  # sorts first: it carries the rows now
    second = feed_run(folder, tmp_path / "o2", feed)
    assert second.returncode == 1 and "Traceback" not in second.stderr, second.stderr
    assert "not written" not in second.stderr and "not updated" not in second.stderr
    assert {r["source_file"] for r in read_csv(feed / "actions.csv")} == {"a-copy.pdf"}
    assert len(read_csv(feed / "actions.csv")) == actions
    assert {r["source_file"] for r in read_csv(feed / "recommendations.csv")} == {"a-copy.pdf"}


def test_names_that_neutralise_alike_stay_two(tmp_path: Path) -> None:
    folder, feed = tmp_path / "in", tmp_path / "feed"
    folder.mkdir()
    shutil.copy(ARCHETYPE, folder / "=x.pdf")
    shutil.copy(ACTIONS, folder / "'=x.pdf")
    for night in (1, 2):
        result = feed_run(folder, tmp_path / f"o{night}", feed)
        assert result.returncode == 0, result.stderr
    names = [d["source_file"] for d in read_csv(feed / "documents.csv")]
    assert len(names) == len(set(names)) == 2, names
    assert sorted(names) == ["'=x.pdf", "\\x27=x.pdf"]


def test_a_file_that_streams_past_its_size_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARCHETYPE, folder / "good.pdf")
    (folder / "z.pdf").symlink_to("/proc/self/pagemap")  # size 0, and reads on for ever
    started = time.monotonic()
    # a real process: --memory bounds workers forked from the CLI's own, not from pytest's
    result = run_process("run", str(folder), "-o", str(tmp_path / "out"), "--no-cache", "--memory", "64")
    assert time.monotonic() - started < 120
    assert result.returncode == 1 and "Traceback" not in result.stderr
    docs = {d["source_file"]: d for d in read_csv(tmp_path / "out" / "documents.csv")}
    assert docs["z.pdf"]["status"] == "error" and "exceeds --memory" in docs["z.pdf"]["error"]
    assert docs["good.pdf"]["status"] == "ok", docs["good.pdf"]["error"]


@pytest.mark.parametrize("where", ["feed", "rules"])
def test_a_fifo_where_a_user_file_goes_is_one_line(tmp_path: Path, where: str) -> None:
    folder = tmp_path / where
    folder.mkdir()
    os.mkfifo(folder / ("findings.csv" if where == "feed" else "leads.jsonl"))
    result = run_cli("run", str(ARCHETYPE), "-o", str(tmp_path / "out"), "--no-cache", f"--{where}", str(folder))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"actionplan: --{where}: ") and "not a regular file" in lines[0]
    assert not (tmp_path / "out").exists()


def test_a_rules_line_nested_too_deep_is_one_line(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "agencies.jsonl").write_text("[" * 200_000 + "]" * 200_000 + "\n", encoding="utf-8")
    result = run_cli("run", str(ARCHETYPE), "-o", str(tmp_path / "out"), "--no-cache", "--rules", str(rules))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"actionplan: --rules: {rules / 'agencies.jsonl'} line 1: invalid JSON: nested too deeply"


def test_the_feed_reads_back_a_cell_longer_than_the_csv_modules_limit(tmp_path: Path) -> None:
    df = read_feed(tmp_path / "none.csv", MODELS["documents"])
    row = {name: "" for name in df.columns} | {"document_id": "0" * 16, "source_file": "long.pdf", "pages": 1,
                                                 "recommendations": 0, "status": "ok", "decision": "x" * 140_000}
    df = pd.DataFrame([row], columns=df.columns)
    write_csv(df, tmp_path / "documents.csv")
    assert read_feed(tmp_path / "documents.csv", MODELS["documents"])["decision"].tolist() == ["x" * 140_000]
