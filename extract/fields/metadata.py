"""Step 7: what a report says about itself: title, committee, meeting date, author, review type
and subject, read from its first page and its words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from extract.context import Context
from extract.fields.dates import Years, complete_year
from extract.fields.meeting import meeting
from extract.model import Block, Metadata, Page
from extract.rules.vocabulary import matched, spans


def first_page_blocks(pages: Sequence[Page]) -> list[Block]:
    for page in pages:
        if page.blocks:
            return list(page.blocks)
    return []


_TITLE_LABEL = re.compile(r"^(?:report title|title of (?:the )?report|title|subject of report)\s*:?\s*", re.IGNORECASE)


def labelled_title(page: Page) -> str:
    """A title given against a label, in a key-facts table ("Report title | ...") or a line
    ("Title of report: ...")."""
    for table in page.tables:
        for row in table.rows:
            texts = [" ".join(cell.paragraphs) for cell in row]
            if len(texts) >= 2 and _TITLE_LABEL.fullmatch(texts[0] + " ") and texts[1]:
                return texts[1]
    for block in page.blocks:
        match = _TITLE_LABEL.match(block.text)
        if match and match.group(0).rstrip().endswith(":") and block.text[match.end():]:
            return block.text[match.end():]
    return ""


def title(blocks: Sequence[Block]) -> str:
    """The first-page paragraph printed largest (the first one, when several share the size)."""
    if not blocks:
        return ""
    largest = max(b.size for b in blocks)
    return next(b.text for b in blocks if b.size == largest)


def author(blocks: Sequence[Block], ctx: Context) -> str:
    for block in blocks:
        doc = ctx.nlp(block.text)
        found = spans(doc, "authors")
        if found and found[0].start == 0:
            return doc[found[0].end:].text.strip(" :")
    return ""


def most_named(text: str, vocabulary: str, ctx: Context) -> str:
    """The vocabulary entry the text names most often (ties: the first named), by id if it has one."""
    found = matched(text, vocabulary, ctx.nlp)
    if not found:
        return ""
    names = [s.id_ or s.text for s in found]
    counts = Counter(name.lower() for name in names)
    top = max(counts.values())
    return next(name for name in names if counts[name.lower()] == top)


def read_metadata(pages: Sequence[Page], ctx: Context, years: Years) -> Metadata:
    """`years`: the years the document prints each month in; a meeting date printed without its
    year takes the one year its month is printed in, else it is left unknown (dates.complete_year)."""
    blocks = first_page_blocks(pages)
    first = next((p for p in pages if p.blocks), None)
    full_text = "\n".join(b.text for p in pages for b in p.blocks)
    name = (labelled_title(first) if first else "") or title(blocks)
    committee, day = meeting([*(first.furniture if first else ()), *(b.text for b in blocks)], ctx)
    return Metadata(
        title=name, committee=committee, meeting_date=complete_year(day, years),
        author=author(blocks, ctx),
        review_type=most_named(name, "review_types", ctx) or most_named(full_text, "review_types", ctx),
        subject=most_named(name, "subjects", ctx) or most_named(full_text, "subjects", ctx))
