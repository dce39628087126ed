"""A logical cell's text: its parts on successive pages rejoined into paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.layout import join_wrapped
from extract.model import CellPart

_ENDS_PARAGRAPH = re.compile(r"[.!?:;]['’”\")]*$")


def continues_paragraph(before: str, after: str) -> bool:
    """Does `after` (top of a new page) carry on the paragraph `before` ended the last page with?"""
    return not _ENDS_PARAGRAPH.search(before) or after[:1].islower()


def paragraphs(parts: Sequence[CellPart]) -> list[str]:
    """The paragraphs of a cell broken over pages; a paragraph cut by the page break is one."""
    out: list[str] = []
    for part in parts:
        for i, paragraph in enumerate(part.paragraphs):
            if i == 0 and out and continues_paragraph(out[-1], paragraph):
                out[-1] = join_wrapped([out[-1], paragraph])
            else:
                out.append(paragraph)
    return out


def text(parts: Sequence[CellPart], sep: str = "\n") -> str:
    return sep.join(paragraphs(parts))
