"""Write a run's outputs: each file is written to a temporary name and renamed into place only
after every feed validated and every file was written, so no reader sees a half-written feed."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from extract.model import Document
from extract.settings import Settings
from pipelines.checks import all_checks
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


def write_csv(df, path: Path) -> None:  # noqa: ANN001 - a validated feed frame
    neutralise_frame(df).to_csv(path, index=False, encoding="utf-8", lineterminator="\n",
                                quoting=csv.QUOTE_MINIMAL)


def write_outputs(documents: Sequence[Document], outdir: Path, info: RunInfo,
                  settings: Settings) -> Feeds:
    """Validate the feeds, then write the CSVs and the workbook into `outdir` atomically."""
    feeds = build_feeds(documents)
    frames = {name: getattr(feeds, name) for name in CSV_FEEDS}
    outdir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, df in frames.items():
            staged.append((outdir / f".{name}.csv.tmp", outdir / f"{name}.csv"))
            write_csv(df, staged[-1][0])
        staged.append((outdir / f".{PACKAGE}.tmp", outdir / PACKAGE))
        staged[-1][0].write_text(datapackage(CSV_FEEDS, data_dictionary()), encoding="utf-8")
        staged.append((outdir / f".{WORKBOOK}.tmp", outdir / WORKBOOK))
        write_workbook(staged[-1][0], frames, all_checks(documents, settings.low_confidence),
                       info, data_dictionary())
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
    return feeds
