"""Finished documents kept between runs, so a run over a folder that grew reads only the new or
changed PDFs, and a run stopped by Ctrl-C or `kill -9` picks up where it stopped.

An entry is keyed by the PDF's content hash, its name in the run, and the pipeline's
fingerprint (its version, the code and patterns of `extract/`, the settings and the contents of
any rules folder): change any of them and the document is read afresh. Each entry is written to
a temporary file and renamed into place, so a kill never leaves half an entry; an entry that
cannot be read back is simply read again from the PDF.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import extract
from extract.model import Document
from extract.settings import Settings

EXTRACT = Path(extract.__file__).resolve().parent


def folder_digest(folder: Path, patterns: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(folder.glob(pattern)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def fingerprint(settings: Settings) -> str:
    """What the results depend on besides the PDF: changes when any of it changes."""
    rules = folder_digest(settings.rules_dir, ("*.jsonl",)) if settings.rules_dir else ""
    parts = [extract.__version__, folder_digest(EXTRACT, ("*.py", "patterns/*.jsonl")),
             repr(replace(settings, rules_dir=None)), rules]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Cache:
    """The entries of one pipeline fingerprint, in `root/<fingerprint>/`."""

    folder: Path

    @classmethod
    def open(cls, root: Path, settings: Settings) -> Cache:
        folder = root / fingerprint(settings)
        folder.mkdir(parents=True, exist_ok=True)
        return cls(folder)

    def path(self, sha256: str, source_file: str) -> Path:
        name = hashlib.sha256(f"{sha256}\0{source_file}".encode()).hexdigest()
        return self.folder / f"{name}.pickle"

    def get(self, sha256: str, source_file: str) -> Document | None:
        try:
            with self.path(sha256, source_file).open("rb") as file:
                found = pickle.load(file)
        except Exception:  # missing, or unreadable: read the PDF again
            return None
        return found if isinstance(found, Document) and found.sha256 == sha256 else None

    def put(self, document: Document) -> None:
        target = self.path(document.sha256, document.source_file)
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump(document, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
