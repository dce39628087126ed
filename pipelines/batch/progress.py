"""Progress of a batch: a progress bar on a terminal (tqdm: documents, pages, failures, rate and
time left), a single summary line otherwise; failures listed one line each at the end."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from tqdm import tqdm

from extract.model import Document


@dataclass
class Progress:
    """Counts documents and pages as they finish."""

    total: int
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    pages: int = 0
    failures: int = 0
    cached: int = 0
    started: float = field(default_factory=time.monotonic)
    #: show internal errors' tracebacks (--debug)
    debug: bool = False
    traces: dict[str, str] = field(default_factory=dict)
    bar: Any = None

    def __post_init__(self) -> None:
        live = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.bar = tqdm(total=self.total, unit="doc", file=self.stream, disable=not live,
                        dynamic_ncols=True, desc="actionplan")

    def __call__(self, doc: Document, cached: bool, trace: str = "") -> None:
        if trace:
            self.traces[doc.source_file] = trace
        self.pages += doc.pages
        self.failures += doc.status == "error"
        self.cached += cached
        rate = self.pages / max(time.monotonic() - self.started, 1e-3)
        self.bar.set_postfix_str(f"{self.pages} pages, {rate:.1f} pages/s, {self.failures} failed", refresh=False)
        self.bar.update(1)

    def not_applied(self, corrections: Sequence[str]) -> None:
        """One line per correction that found no record (in the run, nor in the feed)."""
        for what in corrections:
            print(f"actionplan: warning: correction not applied, no such record (its PDF may have changed): {what}",
                  file=self.stream)

    def summary(self, documents: Sequence[Document], recommendations: int, outdir: str) -> None:
        """Close the bar, list each failed document, and say what the run did in one line."""
        self.bar.close()
        for doc in documents:
            if doc.status == "error":
                print(f"actionplan: {doc.source_file}: {doc.error}", file=self.stream)
                if self.debug and doc.source_file in self.traces:
                    print(self.traces[doc.source_file].rstrip(), file=self.stream)
        seconds = time.monotonic() - self.started
        failed = sum(doc.status == "error" for doc in documents)
        reused = f" ({self.cached} from cache)" if self.cached else ""
        print(f"actionplan: {len(documents)} documents{reused}, {self.pages} pages read in {seconds:.1f} s, "
              f"{failed} failed, {recommendations} recommendations written to {outdir}", file=self.stream)
