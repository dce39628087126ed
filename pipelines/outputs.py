"""Write a run's outputs: each file is written to a temporary name and renamed into place only
after every feed validated and every file was written, so no reader sees a half-written feed."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import pandas as pd

from extract.model import Document
from pipelines.checks import Check
from pipelines.datapackage import datapackage
from pipelines.frames import Feeds, build_feeds
from pipelines.neutralise import neutralise_frame
from pipelines.workbook import RunInfo, write_workbook

DICTIONARY = Path(__file__).with_name("data_dictionary.csv")
CSV_FEEDS = ("recommendations", "documents", "findings", "actions")
WORKBOOK = "action_plan.xlsx"
PACKAGE = "datapackage.json"


def data_dictionary() -> list[tuple[str, str]]:
    with DICTIONARY.open(encoding="utf-8", newline="") as f:
        return [(f"{row['feed']}.{row['column']}", row["meaning"]) for row in csv.DictReader(f)]


def write_csv(df: pd.DataFrame, path: Path) -> None:
    neutralise_frame(df).to_csv(path, index=False, encoding="utf-8", lineterminator="\n",
                                quoting=csv.QUOTE_MINIMAL)


#: a file to write: its name in the output folder, and how to write it to a given path
Writer = tuple[str, Callable[[Path], None]]


def write_all(outdir: Path, writers: Sequence[Writer]) -> None:
    """Write every file to a temporary name, then rename them all into place: a failure or a
    kill on the way leaves the folder's previous files as they were."""
    outdir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, write in writers:
            staged.append((outdir / f".{name}.tmp", outdir / name))
            write(staged[-1][0])
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)


def feed_writers(frames: dict[str, pd.DataFrame]) -> list[Writer]:
    """The CSVs and their datapackage.json."""
    package = datapackage(CSV_FEEDS, data_dictionary())
    return [*((f"{name}.csv", partial(write_csv, df)) for name, df in frames.items()),
            (PACKAGE, lambda path: path.write_text(package, encoding="utf-8"))]


def write_outputs(documents: Sequence[Document], outdir: Path, info: RunInfo,
                  checks: Sequence[Check]) -> Feeds:
    """Validate the feeds, then write the CSVs and the workbook into `outdir` atomically."""
    feeds = build_feeds(documents)
    frames = {name: getattr(feeds, name) for name in CSV_FEEDS}
    write_all(outdir, [*feed_writers(frames), (WORKBOOK, lambda path: write_workbook(
        path, frames, checks, info, data_dictionary()))])
    return feeds
