"""The review pictures of a run, drawn in worker processes under the same `--timeout` and
`--memory` bounds as reading: a page that is huge, broken or slow to render costs its own
pictures only, never the main process's memory nor the batch.

This is a second pass over the read documents (from the cache or not), so what the CSVs hold
never depends on it, whatever `--jobs`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from extract.model import Document
from pipelines.batch.engines import result_or_reason
from pipelines.batch.options import BatchOptions
from pipelines.batch.worker import limit_memory
from pipelines.outputs.checks import Check
from pipelines.outputs.crops import Drawn, write_crops
from pipelines.outputs.picture_reuse import copy_pictures, read_record, reusable, write_record

#: the kind of the Checks row of a document some of whose pictures could not be drawn
NO_PICTURE = "no picture"


def outcome(future: Any, options: BatchOptions) -> Drawn:
    """A document's pictures, or why there are none."""
    drawn, reason = result_or_reason(future, options)
    return Drawn({}, f"drawing {reason}" if reason.startswith("took") else reason) if reason else drawn


def draw_pictures(documents: Sequence[Document], pdfs: Mapping[str, Path], folder: Path,
                  options: BatchOptions, previous: Path | None = None) -> dict[str, Drawn]:
    """Each document's pictures written into `folder`, by source file: copied from the last
    run's review folder (`previous`) where they still stand (picture_reuse), else drawn; what
    they were drawn from recorded beside `folder` for the next run."""
    folder.mkdir(parents=True, exist_ok=True)
    todo = [doc for doc in documents if doc.recommendations and doc.source_file in pdfs]
    kept = reused(todo, previous, folder) if previous is not None else {}
    drawn = drawn_in_workers([doc for doc in todo if doc.source_file not in kept], pdfs, folder, options)
    everything = {doc.source_file: kept.get(doc.source_file) or drawn[doc.source_file] for doc in todo}
    keep_listed(folder, everything)
    write_record(folder.parent, {doc.source_file: doc for doc in todo}, everything)
    return everything


def reused(documents: Sequence[Document], previous: Path, folder: Path) -> dict[str, Drawn]:
    """The documents' pictures the last run drew that still stand, copied into `folder`."""
    before, crops_before = read_record(previous), previous / "crops"
    kept = {doc.source_file: found for doc in documents if (found := reusable(doc, before, crops_before))}
    for found in kept.values():
        copy_pictures(found, crops_before, folder)
    return kept


def drawn_in_workers(documents: Sequence[Document], pdfs: Mapping[str, Path], folder: Path,
                     options: BatchOptions) -> dict[str, Drawn]:
    from pebble import ProcessPool  # imported where a pool is made: pictures all reused make none

    if not documents:
        return {}
    pool = ProcessPool(max_workers=min(options.jobs, len(documents)), initializer=limit_memory,
                       initargs=(options.memory_mb,))
    try:
        futures = {doc.source_file: pool.schedule(write_crops, args=(doc, pdfs[doc.source_file], folder),
                                                  timeout=options.timeout) for doc in documents}
        drawn = {name: outcome(future, options) for name, future in futures.items()}
        pool.close()
    finally:
        pool.stop()
        pool.join()
    return drawn


def keep_listed(folder: Path, drawn: Mapping[str, Drawn]) -> None:
    """Remove any file a stopped worker left half-written (only listed pictures are kept)."""
    listed = {name for d in drawn.values() for names in d.pictures.values() for name in names}
    for path in folder.iterdir():
        if path.name not in listed:
            path.unlink()


def picture_checks(drawn: Mapping[str, Drawn]) -> list[Check]:
    """A Checks row for each document some of whose pictures could not be drawn."""
    return [Check(name, "", NO_PICTURE, d.reason) for name, d in sorted(drawn.items()) if d.reason]
