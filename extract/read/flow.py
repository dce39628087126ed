"""Running text across pages: the blocks of the pages read, in runs of consecutive pages, so a
list or section never runs on over pages the triage left unread."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from extract.model import Block, Page


def runs(pages: Sequence[Page]) -> list[list[Block]]:
    """The blocks of each run of consecutive pages, in reading order (one run when every page
    was read)."""
    found: list[list[Block]] = []
    for i, page in enumerate(pages):
        if i == 0 or page.number != pages[i - 1].number + 1:
            found.append([])
        found[-1].extend(page.blocks)
    return found


def flow(pages: Sequence[Page]) -> Iterator[tuple[Block, bool]]:
    """Every block in reading order, and whether it opens a run after unread pages."""
    for run in runs(pages):
        for i, block in enumerate(run):
            yield block, i == 0
