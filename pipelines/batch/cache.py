"""Finished documents kept between runs, so a run over a folder that grew reads only the new or
changed PDFs, and a run stopped by Ctrl-C or `kill -9` picks up where it stopped.

An entry is keyed by the PDF's content hash, its name in the run, and the pipeline's
fingerprint (its version, the code and patterns of `extract/`, the settings, the contents of
any rules folder and the versions of the PDF and NLP libraries): change any of them and the
document is read afresh. An entry is the Document as JSON data (`pipelines.batch.records_json`), never
code: one that is corrupt, of another version or shape, not a regular file, or not the
document asked for is ignored and the document read again. Each entry is written to a temporary
file and renamed into place, so a kill never leaves half an entry. The cache is an
optimisation: a failure to write it is one warning line, and the run goes on.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from tqdm import tqdm

import extract
from extract.model import Document
from extract.settings import Settings
from extract.user_files import read_regular
from pipelines.batch.records_json import RecordFormatError, dumps, loads

EXTRACT = Path(extract.__file__).resolve().parent
#: the libraries whose reading of a PDF the results depend on
LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy")
#: an entry larger than this is not one the cache wrote (the largest documents make a few MB)
MAX_ENTRY_BYTES = 256 * 1024 * 1024


def folder_digest(folder: Path, patterns: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(folder.glob(pattern)):
            name = path.relative_to(folder).as_posix()
            digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + read_regular(path) + b"\0")
    return digest.hexdigest()


def library_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def fingerprint(settings: Settings) -> str:
    """What the results depend on besides the PDF: changes when any of it changes."""
    rules = folder_digest(settings.rules_dir, ("*.jsonl",)) if settings.rules_dir else ""
    libraries = " ".join(f"{name}={library_version(name)}" for name in LIBRARIES)
    parts = [extract.__version__, folder_digest(EXTRACT, ("**/*.py", "**/*.jsonl")),
             repr(replace(settings, rules_dir=None)), rules, libraries]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


def print_warning(line: str) -> None:
    tqdm.write(line, file=sys.stderr)  # above a progress bar, if one is drawn


@dataclass
class Cache:
    """The entries of one pipeline fingerprint, in `root/<fingerprint>/`."""

    root: Path
    folder: Path
    #: prints the one warning line of a cache that cannot be written
    warn: Callable[[str], None] = print_warning
    warned: bool = False

    @classmethod
    def open(cls, root: Path, settings: Settings, warn: Callable[[str], None] = print_warning) -> Cache:
        cache = cls(root, root / fingerprint(settings), warn)
        try:
            cache.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            cache.cannot_write(error)
        return cache

    def path(self, sha256: str, source_file: str) -> Path:
        key = f"{sha256}\0{source_file}".encode("utf-8", "surrogateescape")
        return self.folder / f"{hashlib.sha256(key).hexdigest()}.json"

    def get(self, sha256: str, source_file: str) -> Document | None:
        """The document kept for this content and name, or None (missing, unreadable, foreign)."""
        try:
            found = loads(read_regular(self.path(sha256, source_file), MAX_ENTRY_BYTES))
        except (OSError, RecordFormatError):
            return None
        return found if found.sha256 == sha256 and found.source_file == source_file else None

    def put(self, document: Document) -> None:
        """Keep `document`; if it cannot be written, warn once and go on."""
        try:
            self.write(self.path(document.sha256, document.source_file), dumps(document))
        except (OSError, RecordFormatError) as error:
            self.cannot_write(error)

    def write(self, target: Path, data: bytes) -> None:
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def cannot_write(self, error: Exception) -> None:
        if not self.warned:
            self.warned = True
            reason = " ".join(str(getattr(error, "strerror", None) or error).split())
            where = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in str(self.root))  # one line
            self.warn(f"actionplan: warning: cannot write the cache in {where}: {reason}; "
                      "documents will be read again next time")
