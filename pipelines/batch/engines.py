"""Where documents are read: a local pool of worker processes, or a Dask cluster.

Both run the same per-document function in a process of its own with a time limit and a memory
bound (pebble stops a worker that runs over time and replaces it); a document that runs over,
blows up or kills its worker gets an error row saying so. Results come back as they finish;
`pipelines.batch.read` puts them in order.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import multiprocessing
import signal
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extract.settings import Settings
from pipelines.batch.inputs import Job, NotReadable, read_pdf
from pipelines.batch.options import BatchOptions
from pipelines.batch.worker import OUT_OF_MEMORY, Outcome, failed, one_line, process, read_bytes, start_worker

if TYPE_CHECKING:  # pebble is imported where a pool is made: a run read wholly from the cache makes none
    from pebble import ProcessPool


#: a job with its place in the run and its content hash ("" when the file could not be read)
@dataclass(frozen=True)
class Task:
    """A document to read: its place in the run's job order, the job, and its content hash."""

    index: int
    job: Job
    sha256: str


def died(exitcode: int) -> str:
    """Why a worker is gone: a signal (SIGKILL, SIGABRT: most often an allocation refused under
    the memory bound) or an exit status."""
    if exitcode >= 0:
        return f"worker process died (exit code {exitcode})"
    try:
        name = signal.Signals(-exitcode).name
    except ValueError:
        name = f"signal {-exitcode}"
    return f"worker process died ({name}): the document may need more memory than --memory allows"


def result_or_reason(future: Any, options: BatchOptions) -> tuple[Any, str]:
    """A pool future's result and "", or None and why it has none (over its time limit, out of
    memory, its worker died, the pool itself failed)."""
    from pebble import ProcessExpired

    try:
        return future.result(), ""
    except concurrent.futures.TimeoutError:
        return None, f"took longer than {options.timeout:g} s (--timeout): stopped"
    except MemoryError:
        return None, OUT_OF_MEMORY
    except ProcessExpired as error:
        return None, died(error.exitcode)
    except Exception as error:  # the pool itself failed: this task only
        return None, f"internal error: {one_line(error)}"


def settle(future: Any, source_file: str, sha256: str, options: BatchOptions) -> Outcome:
    """The outcome of one document's future, or an error row saying why there is none."""
    outcome, reason = result_or_reason(future, options)
    return Outcome(failed(source_file, reason, sha256), False) if reason else outcome


def local(tasks: Sequence[Task], settings: Settings, options: BatchOptions) -> Iterator[tuple[int, Outcome]]:
    """Each task's outcome from a pool of `options.jobs` worker processes, as they finish."""
    from pebble import ProcessPool

    pool = ProcessPool(max_workers=min(options.jobs, len(tasks)), initializer=start_worker,
                       initargs=(settings, options.memory_mb, options.debug))
    try:
        futures: dict[concurrent.futures.Future[Outcome], Task] = {
            pool.schedule(process, args=(task.job, settings), timeout=options.timeout): task for task in tasks}
        for future in concurrent.futures.as_completed(futures):
            task = futures[future]
            yield task.index, settle(future, task.job.source_file, task.sha256, options)
        pool.close()
    finally:
        pool.stop()  # on Ctrl-C or an error: no worker outlives the run
        pool.join()


#: each Dask worker's own pool of child processes, made on its first document
_POOLS: dict[tuple[Path | None, int], ProcessPool] = {}


def worker_pool(settings: Settings, memory_mb: int) -> ProcessPool:
    """This Dask worker's pool, one child per worker thread, started once and kept."""
    key = (settings.rules_dir, memory_mb)
    if key not in _POOLS:
        from dask.distributed import get_worker
        from pebble import ProcessPool

        _POOLS[key] = ProcessPool(max_workers=get_worker().state.nthreads, initializer=start_worker,
                                  initargs=(settings, memory_mb))
        atexit.register(_POOLS[key].stop)
    return _POOLS[key]


def read_isolated(data: bytes, source_file: str, sha256: str, settings: Settings, options: BatchOptions) -> Outcome:
    """On a Dask worker: read one document in a child process with the same limits as the
    local pool."""
    future = worker_pool(settings, options.memory_mb).schedule(read_bytes, args=(data, source_file, settings),
                                                               timeout=options.timeout)
    return settle(future, source_file, sha256, options)


class SchedulerError(Exception):
    """The Dask cluster cannot take the batch (the message says why, in one line)."""


def is_daemonic() -> bool:
    return multiprocessing.current_process().daemon


def connect(address: str) -> Any:
    """A client of the Dask scheduler at `address`, whose workers can start child processes."""
    try:
        from dask.distributed import Client
    except ImportError as error:
        raise SchedulerError("--scheduler needs Dask: pip install 'actionplan[dask]'") from error
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError) as error:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {one_line(error)}") from error
    if any(client.run(is_daemonic).values()):
        client.close()
        raise SchedulerError("the Dask workers are daemonic processes, which cannot start the child "
                             "process each document is read in: start them with "
                             "DASK_DISTRIBUTED__WORKER__DAEMON=False")
    return client


def distributed(tasks: Sequence[Task], settings: Settings, options: BatchOptions) -> Iterator[tuple[int, Outcome]]:
    """Each task's outcome from the Dask cluster at `options.scheduler`, as they finish. The
    PDF's bytes travel with the task, so workers need no shared folder; a few tasks per worker
    are in flight at once, so a large batch is never all in memory."""
    from dask.distributed import as_completed

    with connect(str(options.scheduler)) as client:
        window = 4 * max(1, sum(client.nthreads().values()))
        waiting, queue, owner = list(reversed(tasks)), as_completed(), {}
        while waiting or queue.count():
            while waiting and queue.count() < window:
                task = waiting.pop()
                try:
                    data = read_pdf(task.job.path, options.memory_mb)
                except NotReadable as error:  # changed since it was hashed
                    yield task.index, Outcome(failed(task.job.source_file, str(error), task.sha256), False)
                    continue
                future = client.submit(read_isolated, data, task.job.source_file, task.sha256,
                                       settings, options, pure=False)
                owner[future] = task
                queue.add(future)
            future = next(queue)
            task = owner.pop(future)
            yield task.index, settle(future, task.job.source_file, task.sha256, options)
