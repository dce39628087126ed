"""What runs in a worker: one PDF read into a Document, whatever goes wrong with it.

The same function serves the local process pool and Dask workers; the pool's initializer
bounds the worker's memory and loads the language rules once per process. The extraction chain
(and its libraries) is imported where a document is read, so the main process of a run that
finds every document in the cache never loads it.
"""

from __future__ import annotations

import resource
import traceback
from dataclasses import dataclass

from extract.errors import ExtractError
from extract.model import Document, Metadata, document_id
from extract.settings import Settings
from extract.values import DocumentStatus
from pipelines.batch.inputs import Job, NotReadable, read_pdf
from pipelines.batch.logs import route_library_logs


@dataclass(frozen=True)
class Outcome:
    """A document's result, and whether it may be kept for the next run (an internal error, a
    time-out or a crash may not happen again: those are tried afresh)."""

    document: Document
    reusable: bool
    #: the traceback of an internal error, shown with --debug
    trace: str = ""


def failed(source_file: str, reason: str, sha256: str = "") -> Document:
    return Document(document_id=document_id(sha256), source_file=source_file, sha256=sha256,
                    pages=0, metadata=Metadata(), progress_as_of=None, status=DocumentStatus.ERROR,
                    error=reason, recommendations=(), findings=())


#: the reason of a document that needed more memory than a worker may use
OUT_OF_MEMORY = "ran out of memory: needs more than --memory allows"


def one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def read_bytes(data: bytes, source_file: str, settings: Settings) -> Outcome:
    """Read one PDF's bytes; whatever goes wrong is that document's one-line reason."""
    from extract.document import read_document  # the chain and its libraries, in the worker only
    from extract.read.pdf import sha256_hex

    try:
        return Outcome(read_document(data, source_file, settings), True)
    except ExtractError as error:
        return Outcome(failed(source_file, str(error), sha256_hex(data)), True)
    except MemoryError:
        return Outcome(failed(source_file, OUT_OF_MEMORY, sha256_hex(data)), False)
    except Exception as error:  # a bug or an unforeseen file: report it, keep the batch going
        return Outcome(failed(source_file, f"internal error: {one_line(error)}", sha256_hex(data)), False,
                       traceback.format_exc())


def process(job: Job, settings: Settings) -> Outcome:
    """Read the PDF at `job.path` (if it is still a regular file: the pool's memory bound
    limits how much of it can be held)."""
    try:
        data = read_pdf(job.path)
    except NotReadable as error:
        return Outcome(failed(job.source_file, str(error)), False)
    return read_bytes(data, job.source_file, settings)


def limit_memory(memory_mb: int) -> None:
    """Bound this process's address space: past it, allocations fail (MemoryError)."""
    limit = memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def start_worker(settings: Settings, memory_mb: int, debug: bool = False) -> None:
    """A pool worker's first step: library warnings away from the terminal (unless `debug`),
    the extraction chain imported and the rules loaded once, then its memory bounded (a library
    imported past the bound could fail for want of address space)."""
    import extract.document  # noqa: F401  the chain and its libraries, before the bound
    from extract.context import Context

    route_library_logs(debug)
    Context.of(settings)
    limit_memory(memory_mb)
