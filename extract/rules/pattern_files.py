"""The pattern files as files: where the built-in ones are, each JSON line of one with its line
number, and the one error a file that cannot be used raises. No spaCy here: the text shapes
(extract/rules/shapes.py) read their files through this module alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.user_files import read_regular

PATTERNS = Path(__file__).with_name("patterns")


class RulesInvalid(ValueError):
    """A rules file that cannot be used: `str(error)` names the file, the line (0: the file as a
    whole) and what is wrong, in one line."""

    def __init__(self, path: Path, line: int, what: str) -> None:
        self.path, self.line, self.what = path, line, what
        super().__init__(f"{path} line {line}: {what}" if line else f"{path}: {what}")


def jsonl_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, value) of each JSON line of a pattern file; blank lines and lines starting
    with // are skipped."""
    try:
        data = read_regular(path)
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise RulesInvalid(path, data[:error.start].count(b"\n") + 1,
                           f"not UTF-8 text (byte 0x{bad:02x}): save it as UTF-8") from error
    except OSError as error:
        raise RulesInvalid(path, 0, f"cannot read: {error.strerror or error}") from error
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                raise RulesInvalid(path, number, f"invalid JSON: {error.msg} (column {error.colno})") from error
            except RecursionError as error:
                raise RulesInvalid(path, number, "invalid JSON: nested too deeply") from error
