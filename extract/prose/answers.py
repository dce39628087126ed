"""Step 6c: a response that answers recommendations one by one (a government response to a
committee or inquiry, an agency's or management's response): each recommendation quoted, set
apart from the answer, then the answer. Two ways of setting it apart are read:

- labels: "Recommendation: ..." (or "Recommendation 3 - ...") and then "Response: ..."
  ("Government response", "Management response", ...);
- type: in a document that calls itself a response, the quoted recommendation printed bold
  ("1. There is significant public concern ...") and the answer in plain text under it.

The answer is the record's progress; it runs until the next recommendation or heading."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extract.context import Context
from extract.fields.numbering import split_number
from extract.model import BBox, Block, CellPart, Column, Page, RecommendationTable, Region, Row, merge_regions
from extract.prose.sections import PARAGRAPH_REF, ProseItem, add_paragraph, body_size, is_heading_like
from extract.read.flow import runs
from extract.settings import ProseSettings, TableSettings
from extract.tables.stitch import is_heading
from extract.values import Role

#: "Recommendation:", "Recommendation 4 –", "HoL Inquiry Recommendation 8.1." opening a paragraph
_REC_LABEL = re.compile(r"^(?:[A-Z][\w’']*\s+){0,2}?(?:Recommendation|RECOMMENDATION)s?"
                        r"(?:\s+(?P<number>[A-Z]?\d+[\w.()]*?))?\.?\s*(?:[:–—-]\s*|$)")
#: "Response:", "Government response:", "The Government’s response" opening a paragraph
_RESPONSE_LABEL = re.compile(r"^(?:The\s+)?(?:[A-Z][\w’']*\s+){0,2}?(?:[Rr]esponse|RESPONSE)\b\s*[:–—.-]?\s*")
#: a document that calls itself a response says so in a heading or its opening
_IS_RESPONSE = re.compile(r"\bresponse\b", re.IGNORECASE)


@dataclass
class _Pair:
    """A recommendation being read and its answer (mutable only inside this module)."""

    number: str
    text: list[str]
    blocks: list[Block]
    answer: list[str] = field(default_factory=list)


def is_response_label(block: Block) -> bool:
    text = block.text.strip()
    found = _RESPONSE_LABEL.match(text)
    if found is None:
        return False
    return len(text.split()) <= 4 or text[:found.end()].rstrip()[-1:] in ":–—-"


def rec_label(block: Block) -> re.Match[str] | None:
    text = block.text.strip()
    found = _REC_LABEL.match(text)
    return found if found and (found.group(0).rstrip()[-1:] in ":–—-." or found.end() == len(text)) else None


def calls_itself_a_response(blocks: Sequence[Block], body: float, prose: ProseSettings) -> bool:
    return any(_IS_RESPONSE.search(b.text) and (is_heading_like(b, body, prose) or b.size > body + 0.5)
               for b in blocks[:prose.opening_blocks])


def is_quote(block: Block, body: float, prose: ProseSettings) -> bool:
    """A bold paragraph of a sentence or more (not a short bold heading): a recommendation
    quoted in a response."""
    return block.bold and len(block.text.split()) >= prose.min_quote_words and not is_heading_like(block, body, prose)


def carry_on(pair: _Pair, lines: list[str], block: Block, text: str) -> None:
    """Add a paragraph to the quotation or the answer (prose.add_paragraph)."""
    add_paragraph(lines, text, block, pair.blocks[-1])
    pair.blocks.append(block)


def labelled_pairs(blocks: Sequence[Block], body: float, prose: ProseSettings) -> list[_Pair]:
    """Recommendations between a "Recommendation" label and a "Response" label, the answer after."""
    pairs: list[_Pair] = []
    reading = ""  # "text", "answer" or "" (between pairs)
    for block in blocks:
        label = rec_label(block)
        if label:
            rest = block.text.strip()[label.end():]
            pairs.append(_Pair(label.group("number") or "", [rest] if rest else [], [block]))
            reading = "text"
        elif reading and is_response_label(block):
            rest = _RESPONSE_LABEL.sub("", block.text.strip(), count=1)
            pairs[-1].answer.extend([rest] if rest else [])
            pairs[-1].blocks.append(block)
            reading = "answer"
        elif reading and is_heading_like(block, body, prose):
            reading = ""
        elif reading:
            carry_on(pairs[-1], pairs[-1].text if reading == "text" else pairs[-1].answer, block, block.text)
    return [p for p in pairs if p.answer]


def bold_pairs(blocks: Sequence[Block], body: float, prose: ProseSettings) -> list[_Pair]:
    """Bold quotations, each answered by the plain paragraphs under it."""
    pairs: list[_Pair] = []
    reading = ""
    for block in blocks:
        if is_quote(block, body, prose):
            if reading == "text":
                pairs[-1].text.append(block.text)
                pairs[-1].blocks.append(block)
                continue
            number, text = split_number(block.text.strip())
            pairs.append(_Pair(number, [text], [block]))
            reading = "text"
        elif reading and is_heading_like(block, body, prose):
            reading = ""
        elif reading:
            carry_on(pairs[-1], pairs[-1].answer, block, _RESPONSE_LABEL.sub("", block.text.strip(), count=1)
                     if reading == "text" and is_response_label(block) else block.text)
            reading = "answer"
    return [p for p in pairs if p.answer]


def item_of(pair: _Pair, position: int) -> ProseItem:
    text = PARAGRAPH_REF.sub("", "\n".join(t for t in pair.text if t.strip()))
    answer = "\n".join(t for t in pair.answer if t.strip())
    regions = merge_regions(Region(b.page, b.bbox) for b in pair.blocks)
    return ProseItem(pair.number, position, text.strip(), regions,
                     progress=answer, blocks=frozenset(id(b) for b in pair.blocks))


def answered_items(pages: Sequence[Page], ctx: Context) -> list[ProseItem]:
    """Every recommendation a response quotes, with its answer as progress, in reading order;
    none where the document answers nothing this way."""
    blocks = [block for run in runs(pages) for block in run]
    body, prose = body_size(blocks), ctx.settings.prose
    pairs = labelled_pairs(blocks, body, prose)
    if not pairs and calls_itself_a_response(blocks, body, prose):
        pairs = bold_pairs(blocks, body, prose)
    return [item_of(pair, i) for i, pair in enumerate(pairs, 1)]


def answer_blocks(blocks: Sequence[Block], after: tuple[int, float], before: tuple[int, float],
                  body: float, prose: ProseSettings) -> list[Block]:
    """The plain paragraphs printed between two places (page, top), up to a heading or label."""
    found: list[Block] = []
    for block in blocks:
        at = (block.page, block.bbox.top)
        if at <= after:
            continue
        if at >= before or is_heading_like(block, body, prose) or rec_label(block) or is_quote(block, body, prose):
            break
        if block.size >= body - prose.smaller:  # smaller: a footnote at the page's foot
            found.append(block)
    return found


def answered_tables(tables: Sequence[RecommendationTable], pages: Sequence[Page], ctx: Context) -> list[RecommendationTable]:
    """In a response, a table of the quoted recommendation alone (a box headed "Recommendation")
    gains a progress column: the answer printed under each of its rows."""
    blocks = [block for run in runs(pages) for block in run]
    body = body_size(blocks)
    if not calls_itself_a_response(blocks, body, ctx.settings.prose):
        return list(tables)
    starts = sorted((row.regions[0].page, row.regions[0].bbox.top) for t in tables for row in t.rows if row.regions)
    return [with_answers(t, blocks, starts, body, ctx) if [c.role for c in t.columns] == ["recommendation"] else t
            for t in tables]


def each_numbered(row: Row, tables: TableSettings) -> list[Row]:
    """A box quoting several numbered recommendations answered together ("8.3 ..." and "8.4
    ..."): a row for each, from its number to the next (each then shares the answer)."""
    row = without_heading(row, tables)
    parts = row.cells[0]
    paragraphs = [(part, p) for part in parts for p in part.paragraphs]
    starts = [i for i, (_, p) in enumerate(paragraphs) if split_number(p)[0]]
    if len(starts) < 2 or starts[0] != 0:
        return [row]
    bounds = starts + [len(paragraphs)]
    return [Row((tuple(replace(part, paragraphs=(p,)) for part, p in paragraphs[a:b]),))
            for a, b in zip(bounds, bounds[1:])]


def without_heading(row: Row, tables: TableSettings) -> Row:
    """The box without a theme heading printed above its first number ("Staff training")."""
    parts = row.cells[0]
    if not parts or not parts[0].paragraphs:
        return row
    first = parts[0].paragraphs
    k = next((i for i, p in enumerate(first) if not is_heading(p, tables)), len(first))
    if k == 0 or k == len(first) or not split_number(first[k])[0]:
        return row
    return Row(((replace(parts[0], paragraphs=first[k:]),) + parts[1:],) + row.cells[1:])


def parts_by_page(blocks: Sequence[Block]) -> tuple[CellPart, ...]:
    """Paragraphs as the parts of one cell, a part per page."""
    pages = sorted({b.page for b in blocks})
    return tuple(CellPart(tuple(b.text for b in blocks if b.page == n),
                          Region(n, BBox.around(b.bbox for b in blocks if b.page == n))) for n in pages)


def with_answers(table: RecommendationTable, blocks: Sequence[Block], starts: Sequence[tuple[int, float]],
                 body: float, ctx: Context) -> RecommendationTable:
    """Each row with the answer printed under it. A row with nothing under it before the next
    quoted recommendation is answered together with that one (one box quoting both, the table
    finder having cut it at a page break)."""
    answers: list[tuple[CellPart, ...]] = []
    for row in table.rows:
        end = row.regions[-1]
        after = (end.page, end.bbox.bottom - 1)
        before = next((s for s in starts if s > after), (10**9, 0.0))
        answers.append(parts_by_page(answer_blocks(blocks, after, before, body, ctx.settings.prose)))
    for i in reversed(range(len(answers) - 1)):
        answers[i] = answers[i] or answers[i + 1]
    rows = [replace(one, cells=one.cells + (answer,))
            for row, answer in zip(table.rows, answers) for one in each_numbered(row, ctx.settings.tables)]
    return replace(table, columns=table.columns + (Column("", Role.PROGRESS),), rows=tuple(rows))
