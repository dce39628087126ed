"""One run: read every job, then write the outputs."""

from __future__ import annotations

import os
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

from extract import __version__
from extract.model import Document
from extract.settings import Settings
from pipelines.batch.inputs import Job
from pipelines.batch.lock import hold
from pipelines.batch.options import BatchOptions, RunOptions
from pipelines.batch.progress import Progress
from pipelines.batch.read import run_batch
from pipelines.outputs.accumulating_feed import update_feed
from pipelines.outputs.checks import all_checks, correction_checks, link_checks
from pipelines.outputs.frames import Feeds, build_feeds
from pipelines.outputs.review_page import write_review
from pipelines.outputs.review_pictures import draw_pictures, picture_checks
from pipelines.outputs.workbook import RunInfo
from pipelines.outputs.write_set import Stage, clear_leftovers, stage_outputs

#: the review page's folder in OUTDIR
REVIEW = "review"


def relative_paths(jobs: Sequence[Job], outdir: Path) -> tuple[tuple[str, str], ...]:
    """Each PDF's path as a link from the workbook in `outdir` reaches it (forward slashes)."""
    return tuple((job.source_file, Path(os.path.relpath(job.path.absolute(), outdir.absolute())).as_posix())
                 for job in jobs)


def locked(outdir: Path, feed: Path | None) -> ExitStack:
    """Hold OUTDIR's lock and the feed folder's (`FolderBusy` at once if a run holds either),
    and clear what a killed run left in them."""
    with ExitStack() as taking:
        taking.enter_context(hold(outdir))
        if feed is not None and feed.absolute().resolve() != outdir.absolute().resolve():
            taking.enter_context(hold(feed, f"--feed {feed}"))
        stack = taking.pop_all()
    for folder in (outdir, feed):
        if folder is not None:
            clear_leftovers(folder)
    return stack


def run(jobs: Sequence[Job], outdir: Path, settings: Settings, options: BatchOptions,
        inputs: Sequence[str], extras: RunOptions = RunOptions()) -> list[Document]:
    """Read `jobs` as `options` say and write all outputs to `outdir`; the review page and the
    accumulating feed as `extras` say. No other run may use `outdir` (or the feed) meanwhile."""
    with locked(outdir, extras.feed):
        progress = Progress(total=len(jobs), debug=extras.debug)
        documents = run_batch(jobs, settings, options, progress)
        feeds = write_run(documents, jobs, outdir, settings, options, inputs, extras)
        unapplied = feeds.applied.unapplied
        if extras.feed is not None:
            left = set(update_feed(feeds, extras.feed, extras.corrections))
            unapplied = tuple(c for c in unapplied if c in left)
        progress.summary(documents, len(feeds.recommendations), str(outdir))
        progress.not_applied([f"line {c.line}: {c.action} {c.recommendation_id}" for c in unapplied])
    return documents


def write_run(documents: Sequence[Document], jobs: Sequence[Job], outdir: Path, settings: Settings,
              options: BatchOptions, inputs: Sequence[str], extras: RunOptions) -> Feeds:
    """Every output of the run staged (the review's pictures drawn in workers), then swapped in
    as a set; the feeds."""
    info = RunInfo(version=__version__, inputs=tuple(inputs), options=
                   f"triage={'on' if settings.triage else 'off'}; ocr={'on' if settings.ocr else 'off'}; "
                   f"timeout={options.timeout:g}s; "
                   f"memory={options.memory_mb}MB; rules={settings.rules_dir or 'built-in'}",
                   sources=relative_paths(jobs, outdir), low_confidence=settings.low_confidence)
    with Stage(outdir) as stage:
        drawn = draw_pictures(documents, {job.source_file: job.path for job in jobs},
                              stage.path(REVIEW) / "crops", options, outdir / REVIEW) if extras.review else {}
        feeds = build_feeds(documents, corrections=extras.corrections)
        checks = sorted([*all_checks(documents, settings.low_confidence), *picture_checks(drawn),
                         *link_checks(feeds.tracked), *correction_checks(feeds.applied.unapplied)],
                        key=lambda check: check.source_file)
        stage_outputs(stage, feeds, info, checks)
        if extras.review:
            write_review(stage.folder / REVIEW, documents, drawn, checks, settings.low_confidence, feeds.tracked)
        stage.commit()
    return feeds
