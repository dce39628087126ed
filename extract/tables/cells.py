"""A logical cell's text: its parts on successive pages rejoined into paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.model import CellPart
from extract.read.paragraphs import join_wrapped

_ENDS_PARAGRAPH = re.compile(r"[.!?:;]['’”\")]*$")


def ends_paragraph(text: str) -> bool:
    """Does `text` end as a paragraph does (a full stop, colon, question mark...)?"""
    return bool(_ENDS_PARAGRAPH.search(text))


def continues_paragraph(before: str, after: str) -> bool:
    """Does `after` (top of a new page) carry on the paragraph `before` ended the last page with?"""
    return not _ENDS_PARAGRAPH.search(before) or after[:1].islower()


def wrapped(before: CellPart, after: CellPart) -> bool:
    """Would the first word after the break not have fit on the last line before it? Then the
    line was full and the paragraph carries on."""
    if before.room is None or after.first_word is None:
        return False
    return after.first_word > before.room


def runs_on(text: str, paragraph: str, before: CellPart | None, part: CellPart) -> bool:
    """Does `paragraph`, the first of a part on a new page, carry on `text` from the page before?"""
    return continues_paragraph(text, paragraph) or (before is not None and wrapped(before, part))


def paragraphs(parts: Sequence[CellPart]) -> list[str]:
    """The paragraphs of a cell broken over pages; a paragraph cut by the page break is one:
    it does not end in a full stop, the next page goes on in lower case, or the last line
    before the break was full; never when the new page opens with a bullet."""
    out: list[str] = []
    before: CellPart | None = None
    for part in parts:
        for i, paragraph in enumerate(part.paragraphs):
            if i == 0 and out and not part.opens_bullet and runs_on(out[-1], paragraph, before, part):
                out[-1] = join_wrapped([out[-1], paragraph])
            else:
                out.append(paragraph)
        before = part if part.paragraphs else before
    return out


def text(parts: Sequence[CellPart], sep: str = "\n") -> str:
    return sep.join(paragraphs(parts))
