"""Read every PDF of a run, one document at a time or in a process pool; a document that fails
becomes an `error` row and never costs the others."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor

from extract.document import document_id, read_document
from extract.errors import ExtractError
from extract.model import Document, Metadata
from extract.pdf import sha256_hex
from extract.settings import Settings
from pipelines.copies import mark_copies
from pipelines.inputs import Job


def failed(job: Job, reason: str, data: bytes | None = None) -> Document:
    sha256 = sha256_hex(data) if data is not None else ""
    return Document(document_id=document_id(sha256), source_file=job.source_file, sha256=sha256,
                    pages=0, metadata=Metadata(), progress_as_of=None, status="error",
                    error=reason, recommendations=(), findings=())


def one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def process(job: Job, settings: Settings) -> Document:
    """Read one PDF; whatever goes wrong is that document's one-line reason."""
    try:
        data = job.path.read_bytes()
    except OSError as error:
        return failed(job, f"cannot read file: {error.strerror or one_line(error)}")
    try:
        return read_document(data, job.source_file, settings)
    except ExtractError as error:
        return failed(job, str(error), data)
    except Exception as error:  # a bug or an unforeseen file: report it, keep the batch going
        return failed(job, f"internal error: {one_line(error)}", data)


def run_batch(jobs: list[Job], settings: Settings, workers: int,
              on_done: Callable[[Document], None] = lambda doc: None) -> list[Document]:
    """Every job's Document, in job order whatever the number of workers."""
    results: Iterable[Document]
    if workers <= 1 or len(jobs) <= 1:
        results = (process(job, settings) for job in jobs)
        return [_report(doc, on_done) for doc in mark_copies(results)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(process, jobs, [settings] * len(jobs))
        return [_report(doc, on_done) for doc in mark_copies(results)]


def _report(doc: Document, on_done: Callable[[Document], None]) -> Document:
    on_done(doc)
    return doc
