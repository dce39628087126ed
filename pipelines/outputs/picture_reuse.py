"""A re-run copies a document's review pictures from the last run's instead of drawing them
again, where nothing they are drawn from has changed: the PDF's bytes, where each record was
printed, and the drawing code and libraries. `review/pictures.json` records, for each document
drawn whole, a key over those and the SHA-256 of each picture; a picture is copied only if the
file is still the one written (a picture edited or replaced since is drawn again).

The names are never taken from the record: they are the ones the document's records give
(`crops.crop_name`), so a changed record file can only make a picture be drawn again."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Mapping
from functools import cache
from importlib.metadata import version
from pathlib import Path

from extract.model import Document
from extract.read import orientation
from pipelines.outputs import crops
from pipelines.outputs.crops import Drawn, crop_name, page_boxes

#: the record of what the pictures beside it were drawn from (in `review/`)
RECORD = "pictures.json"
VERSION = 1


@cache
def drawing_key() -> str:
    """What every picture depends on besides its document: the drawing code, and the libraries
    that render and encode it."""
    parts = [Path(module.__file__ or "").read_bytes() for module in (crops, orientation)]
    parts += [f"pypdfium2={version('pypdfium2')} pillow={version('pillow')}".encode()]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def picture_key(doc: Document) -> str:
    """A document's pictures' key: the drawing, the PDF's bytes, and each record's boxes."""
    boxes = [f"{rec.recommendation_id} {page} {box}" for rec in doc.recommendations
             for page, box in page_boxes(rec).items()]
    return hashlib.sha256("\n".join([drawing_key(), doc.sha256, *boxes]).encode()).hexdigest()


def expected(doc: Document) -> dict[str, tuple[str, ...]]:
    """The pictures a document drawn whole has: file names by record id, in page order."""
    return {rec.recommendation_id: tuple(crop_name(rec, page) for page in page_boxes(rec))
            for rec in doc.recommendations}


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_record(review: Path) -> dict[str, dict[str, object]]:
    """The last run's record by source file; empty when there is none or it cannot be read."""
    try:
        found = json.loads((review / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(found, dict) or found.get("version") != VERSION or not isinstance(found.get("documents"), dict):
        return {}
    entries: dict[str, dict[str, object]] = {str(k): v for k, v in found["documents"].items() if isinstance(v, dict)}
    return entries


def reusable(doc: Document, before: Mapping[str, dict[str, object]], crops_before: Path) -> Drawn | None:
    """The document's pictures as the last run drew them, if they still stand, else None."""
    entry = before.get(doc.source_file)
    if not isinstance(entry, dict) or entry.get("key") != picture_key(doc):
        return None
    pictures, files = expected(doc), entry.get("files")
    names = [name for names in pictures.values() for name in names]
    if not isinstance(files, dict) or sorted(files) != sorted(names):
        return None
    try:
        if any((crops_before / name).is_symlink() or file_digest(crops_before / name) != files[name]
               for name in names):
            return None  # a link is never followed out of the folder
    except OSError:
        return None
    return Drawn(pictures)


def copy_pictures(drawn: Drawn, crops_before: Path, folder: Path) -> None:
    """The pictures into `folder` (linked where the file system allows it: they are not changed)."""
    for names in drawn.pictures.values():
        for name in names:
            try:
                os.link(crops_before / name, folder / name)
            except OSError:
                shutil.copyfile(crops_before / name, folder / name)


def write_record(review: Path, documents: Mapping[str, Document], drawn: Mapping[str, Drawn]) -> None:
    """`review/pictures.json`: for each document drawn whole, its key and its pictures' digests
    (`review/crops/`)."""
    entries = {name: {"key": picture_key(documents[name]),
                      "files": {p: file_digest(review / "crops" / p) for names in d.pictures.values() for p in names}}
               for name, d in sorted(drawn.items()) if not d.reason and d.pictures == expected(documents[name])}
    (review / RECORD).write_text(json.dumps({"version": VERSION, "documents": entries}, indent=1, sort_keys=True),
                                 encoding="utf-8")
