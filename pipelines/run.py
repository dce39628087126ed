"""One run: read every job, then write the outputs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from extract import __version__
from extract.model import Document
from extract.settings import Settings
from pipelines.batch import run_batch
from pipelines.inputs import Job
from pipelines.outputs import write_outputs
from pipelines.progress import Progress
from pipelines.workbook import RunInfo


def run(jobs: Sequence[Job], outdir: Path, settings: Settings, workers: int,
        inputs: Sequence[str]) -> list[Document]:
    """Read `jobs` with `workers` processes and write all outputs to `outdir`."""
    progress = Progress(total=len(jobs))
    documents = run_batch(list(jobs), settings, workers, progress)
    info = RunInfo(version=__version__, inputs=tuple(inputs),
                   options=f"jobs={workers}; rules={settings.rules_dir or 'built-in'}")
    feeds = write_outputs(documents, outdir, info, settings)
    progress.summary(len(feeds.recommendations), str(outdir))
    return documents
