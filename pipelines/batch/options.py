"""How a batch runs: workers, per-document limits, cache and scheduler, validated once."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the parser imports this module: it stays light
    from pipelines.corrections.corrections_file import Correction

#: the cache's folder under OUTDIR unless `--cache` names another
CACHE_DIR = ".cache"


@dataclass(frozen=True)
class BatchOptions:
    """Settings of the batch engine (what is extracted is `extract.settings.Settings`)."""

    #: documents read at once, each in its own worker process
    jobs: int = os.cpu_count() or 1
    #: seconds one document may take before its worker is stopped and it gets an error row
    timeout: float = 120.0
    #: address space one worker may use, in MB; a document that needs more gets an error row
    memory_mb: int = 3072
    #: folder of finished documents, reused by the next run (None: no cache)
    cache: Path | None = None
    #: a Dask scheduler (tcp://HOST:PORT) to run documents on instead of local processes
    scheduler: str | None = None
    #: workers write the libraries' warnings (pdfminer's ...) to stderr (`--debug`; pipelines.batch.logs)
    debug: bool = False

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError(f"jobs must be at least 1, got {self.jobs}")
        if not math.isfinite(self.timeout) or self.timeout <= 0:
            raise ValueError(f"timeout must be a positive number of seconds, got {self.timeout}")
        if self.memory_mb < 64:
            raise ValueError(f"memory_mb must be at least 64, got {self.memory_mb}")
        if self.scheduler is not None and "://" not in self.scheduler:
            raise ValueError(f"scheduler must be an address such as tcp://HOST:8786, got {self.scheduler!r}")


@dataclass(frozen=True)
class RunOptions:
    """What a run writes besides its outputs, and how it reports."""

    #: also merge the feeds into this long-lived folder (`--feed`)
    feed: Path | None = None
    #: write OUTDIR/review/, the page to check each row against its source (`--no-review` skips)
    review: bool = True
    #: show internal errors' tracebacks (`--debug`)
    debug: bool = False
    #: the analyst's corrections, applied to every run's rows and the feed's (`--corrections`)
    corrections: tuple[Correction, ...] = ()
