"""Read every PDF of a run: from the cache where it holds the document, the rest in worker
processes (or on a Dask cluster); a document that fails becomes an `error` row and never costs
the others. The result is in job order, whatever the number of workers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from extract.model import Document
from extract.settings import Settings
from pipelines.batch.cache import Cache
from pipelines.batch.copies import mark_copies
from pipelines.batch.engines import Task, distributed, local
from pipelines.batch.inputs import Job, NotReadable, bounded_digest, open_pdf
from pipelines.batch.options import BatchOptions
from pipelines.batch.worker import failed, one_line

#: called with each document as it is done, whether it came from the cache, and the traceback
#: of an internal error ("" if none)
OnDone = Callable[[Document, bool, str], None]


def content_hash(job: Job, memory_mb: int) -> tuple[str, str]:
    """The PDF's SHA-256, or "" and why the file is not read: it is not a regular file, is
    larger than a worker may hold (`memory_mb`), or cannot be read. Hashed in a stream, so the
    main process never holds a file whole."""
    if job.problem:
        return "", job.problem
    try:
        with open_pdf(job.path, memory_mb) as file:
            return bounded_digest(file, memory_mb), ""
    except NotReadable as error:
        return "", str(error)
    except OSError as error:
        return "", f"cannot read file: {error.strerror or one_line(error)}"


def run_batch(jobs: Sequence[Job], settings: Settings, options: BatchOptions,
              on_done: OnDone = lambda doc, cached, trace: None) -> list[Document]:
    """Every job's Document, in job order."""
    cache = Cache.open(options.cache, settings) if options.cache else None
    found: dict[int, Document] = {}
    tasks: list[Task] = []
    for i, job in enumerate(jobs):
        sha, reason = content_hash(job, options.memory_mb)
        kept = cache.get(sha, job.source_file) if cache and sha else None
        if reason or kept:
            found[i] = kept or failed(job.source_file, reason)
            on_done(found[i], kept is not None, "")
        else:
            tasks.append(Task(i, job, sha))
    engine = distributed if options.scheduler else local
    for i, outcome in (engine(tasks, settings, options) if tasks else ()):
        if cache and outcome.reusable:
            cache.put(outcome.document)
        found[i] = outcome.document
        on_done(outcome.document, False, outcome.trace)
    return list(mark_copies(found[i] for i in range(len(jobs))))
