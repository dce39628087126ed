"""Progress of a batch: a live counter on a terminal, a single summary line otherwise."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from extract.model import Document


@dataclass
class Progress:
    """Counts documents as they finish and reports failures, one line each."""

    total: int
    stream: TextIO = field(default_factory=lambda: sys.stderr)
    done: int = 0
    failures: int = 0

    @property
    def live(self) -> bool:
        return self.stream.isatty()

    def __call__(self, doc: Document) -> None:
        self.done += 1
        if doc.status == "error":
            self.failures += 1
            self._clear()
            print(f"actionplan: {doc.source_file}: {doc.error}", file=self.stream)
        if self.live:
            self.stream.write(f"\r{self.done}/{self.total} documents, {self.failures} failed")
            self.stream.flush()

    def _clear(self) -> None:
        if self.live:
            self.stream.write("\r\033[K")

    def summary(self, recommendations: int, outdir: str) -> None:
        self._clear()
        print(f"actionplan: {self.done} documents read, {self.failures} failed, "
              f"{recommendations} recommendations written to {outdir}", file=self.stream)
