"""Write a run's outputs as a set: every file (and the review folder) is written into a staging
folder of unique name first, and only once all are written are they swapped in, the previous
ones kept aside until the last is in place. Either every output is the new run's or none
changed; no reader sees a half-written feed."""

from __future__ import annotations

import csv
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import pandas as pd

from pipelines.outputs.checks import Check
from pipelines.outputs.datapackage import datapackage
from pipelines.outputs.frames import Feeds
from pipelines.outputs.neutralise import neutralise_frame
from pipelines.outputs.workbook import RunInfo, write_workbook

DICTIONARY = Path(__file__).with_name("data_dictionary.csv")
CSV_FEEDS = ("recommendations", "documents", "findings", "actions")
#: the feeds made from the others whole (a feed folder's are made again after each merge)
DERIVED_FEEDS = ("tracker",)
WRITTEN_FEEDS = CSV_FEEDS + DERIVED_FEEDS
WORKBOOK = "action_plan.xlsx"
PACKAGE = "datapackage.json"


def data_dictionary() -> list[tuple[str, str]]:
    with DICTIONARY.open(encoding="utf-8", newline="") as f:
        return [(f"{row['feed']}.{row['column']}", row["meaning"]) for row in csv.DictReader(f)]


def write_csv(df: pd.DataFrame, path: Path) -> None:
    neutralise_frame(df).to_csv(path, index=False, encoding="utf-8", lineterminator="\n",
                                quoting=csv.QUOTE_MINIMAL)


#: a file to write: its name in the output folder, and how to write it to a given path (what
#: that returns, such as `Path.write_text`'s count, is not used)
Writer = tuple[str, Callable[[Path], object]]
#: how the folders a run stages its outputs in begin (a unique name follows)
STAGING_PREFIX = ".actionplan-staging-"
#: in a staging folder: the folder's previous outputs, kept until the new ones are all in place
PREVIOUS = ".previous"


class Stage:
    """A folder of unique name inside `outdir` where a run writes every output first; `commit`
    then swaps them all in. Leaving the block removes it, whatever happened: until `commit`
    nothing in `outdir` changed, and `commit` puts back what was there if a step fails."""

    def __init__(self, outdir: Path) -> None:
        outdir.mkdir(parents=True, exist_ok=True)
        self.outdir = outdir
        self.folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=outdir))
        self.names: list[str] = []

    def __enter__(self) -> Stage:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None or not issubclass(kind, Stranded):
            shutil.rmtree(self.folder, ignore_errors=True)

    def path(self, name: str) -> Path:
        """Where output `name` is to be written (it is swapped in with the rest)."""
        self.names.append(name)
        return self.folder / name

    def write(self, writers: Sequence[Writer]) -> None:
        for name, write in writers:
            write(self.path(name))

    def commit(self) -> None:
        swap_in(self.folder, self.outdir, self.names)


def check_kinds(staged: Path, outdir: Path, names: Sequence[str]) -> None:
    """Refuse before anything moves if a target is a folder where a file goes, or a file
    where a folder goes (what stands there is the user's, never removed)."""
    for name in names:
        target = outdir / name
        if target.exists() and target.is_dir() != (staged / name).is_dir():
            kind = "a folder" if target.is_dir() else "a file"
            raise OSError(errno.EEXIST, f"{target} is {kind}, which this run will not replace: "
                                        f"nothing was changed")


def swap_in(staged: Path, outdir: Path, names: Sequence[str]) -> None:
    """Move each of `names` from `staged` into `outdir`, the previous one set aside first;
    if a step fails, undo every step before it and raise."""
    check_kinds(staged, outdir, names)
    aside = staged / PREVIOUS
    aside.mkdir()
    done: list[tuple[str, bool]] = []  # (name, whether a previous one was set aside)
    try:
        for name in names:
            kept = os.path.lexists(outdir / name)
            if kept:
                os.replace(outdir / name, aside / name)
            done.append((name, kept))
            os.replace(staged / name, outdir / name)
    except OSError:
        put_back(staged, outdir, done)
        raise


class Stranded(OSError):
    """A swap failed and so did putting the previous outputs back: they are kept aside (the
    message says where), never removed."""


def put_back(staged: Path, outdir: Path, done: Sequence[tuple[str, bool]]) -> None:
    """Undo `swap_in`'s steps, last first: the new output out, the previous one back."""
    try:
        for name, kept in reversed(done):
            arrived = not os.path.lexists(staged / name)
            if arrived:
                os.replace(outdir / name, staged / name)
            if kept:
                os.replace(staged / PREVIOUS / name, outdir / name)
    except OSError as error:
        raise Stranded(error.errno, f"{error.strerror or error}; the previous outputs are kept in "
                                    f"{staged / PREVIOUS}") from error


def clear_leftovers(folder: Path) -> None:
    """Remove what a run killed while writing left in `folder` (call it holding the lock)."""
    for path in folder.glob(f"{STAGING_PREFIX}*"):
        previous = path / PREVIOUS
        if not (previous.is_dir() and any(previous.iterdir())):  # else outputs set aside: kept
            shutil.rmtree(path, ignore_errors=True)
    for name in (".review.tmp", ".review.old"):  # an earlier version's staging
        shutil.rmtree(folder / name, ignore_errors=True)


def write_all(outdir: Path, writers: Sequence[Writer]) -> None:
    """Write every file aside, then swap them all in: a failure or a kill on the way leaves the
    folder's previous files as they were."""
    with Stage(outdir) as stage:
        stage.write(writers)
        stage.commit()


def feed_writers(frames: dict[str, pd.DataFrame]) -> list[Writer]:
    """The CSVs and their datapackage.json."""
    package = datapackage(WRITTEN_FEEDS, data_dictionary())
    return [*((f"{name}.csv", partial(write_csv, df)) for name, df in frames.items()),
            (PACKAGE, lambda path: path.write_text(package, encoding="utf-8"))]


def stage_outputs(stage: Stage, feeds: Feeds, info: RunInfo, checks: Sequence[Check]) -> None:
    """Write the (validated) feeds' CSVs, their datapackage.json and the workbook into `stage`
    (swapped in with the rest of the run's outputs)."""
    frames = {name: getattr(feeds, name) for name in WRITTEN_FEEDS}
    stage.write([*feed_writers(frames), (WORKBOOK, lambda path: write_workbook(
        path, frames, checks, info, data_dictionary(), feeds.applied))])
