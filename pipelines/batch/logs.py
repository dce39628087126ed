"""Where the libraries' own messages go: pdfminer's "Refusing to execute circular reference ...",
"Ignoring (part of) ToUnicode map ...", pypdfium2's and Python `warnings` are taken in by the
logging module and dropped, never printed beside actionplan's own lines; with `--debug` they
are written to stderr, each as one line naming the library. Set in the main process and in each
worker (pipelines.batch.worker.start_worker)."""

from __future__ import annotations

import logging
import sys

#: the format of a library's message shown with --debug
FORMAT = "%(name)s: %(levelname)s: %(message)s"


class _LibraryHandler(logging.Handler):
    """Marks the one handler this module puts on the root logger, so setting up twice (a forked
    worker inherits the main process's) replaces it instead of adding another."""

    def __init__(self, debug: bool) -> None:
        super().__init__(logging.WARNING)
        self.target = logging.StreamHandler(sys.stderr) if debug else None
        if self.target:
            self.target.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        if self.target:
            self.target.handle(record)


def route_library_logs(debug: bool) -> None:
    """Library messages (every logger without a handler of its own, and `warnings`) dropped, or
    with `debug` written to stderr; the logging module's last-resort handler is never used."""
    logging.captureWarnings(True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _LibraryHandler)]:
        root.removeHandler(old)
    root.addHandler(_LibraryHandler(debug))
