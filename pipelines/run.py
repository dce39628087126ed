"""One run: read every job, then write the outputs."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from extract import __version__
from extract.model import Document
from extract.settings import Settings
from pipelines.batch import run_batch
from pipelines.checks import all_checks
from pipelines.feed import update_feed
from pipelines.inputs import Job
from pipelines.options import BatchOptions, RunOptions
from pipelines.outputs import write_outputs
from pipelines.progress import Progress
from pipelines.review import write_review
from pipelines.workbook import RunInfo

#: the cache's folder under OUTDIR unless `--cache` names another
CACHE_DIR = ".cache"


def relative_paths(jobs: Sequence[Job], outdir: Path) -> tuple[tuple[str, str], ...]:
    """Each PDF's path as a link from the workbook in `outdir` reaches it (forward slashes)."""
    return tuple((job.source_file, Path(os.path.relpath(job.path.absolute(), outdir.absolute())).as_posix())
                 for job in jobs)


def run(jobs: Sequence[Job], outdir: Path, settings: Settings, options: BatchOptions,
        inputs: Sequence[str], extras: RunOptions = RunOptions()) -> list[Document]:
    """Read `jobs` as `options` say and write all outputs to `outdir`; the review page and the
    accumulating feed as `extras` say."""
    progress = Progress(total=len(jobs), debug=extras.debug)
    documents = run_batch(jobs, settings, options, progress)
    info = RunInfo(version=__version__, inputs=tuple(inputs), options=
                   f"triage={'on' if settings.triage else 'off'}; ocr={'on' if settings.ocr else 'off'}; timeout={options.timeout:g}s; "
                   f"memory={options.memory_mb}MB; rules={settings.rules_dir or 'built-in'}",
                   sources=relative_paths(jobs, outdir), low_confidence=settings.low_confidence)
    checks = all_checks(documents, settings.low_confidence)
    feeds = write_outputs(documents, outdir, info, checks)
    if extras.feed is not None:
        update_feed(feeds, extras.feed)
    if extras.review:
        write_review(documents, {job.source_file: job.path for job in jobs},
                     checks, outdir, settings.low_confidence)
    progress.summary(documents, len(feeds.recommendations), str(outdir))
    return documents
