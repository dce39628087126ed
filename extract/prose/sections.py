"""Step 6b: recommendations printed as running text under a heading such as "Recommendations",
"What needs to improve" or "Areas for improvement" (patterns/sections.jsonl): numbered items
("Recommendation 1:", "1.", "2.1", "R3") or bulleted paragraphs with their sub-bullets, across
page breaks. Contents lines, narrative that mentions recommendations and the committee's own
decision are not items."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from statistics import median

from extract.context import Context
from extract.fields.numbering import split_number
from extract.model import BBox, Block, Page, Region, merge_regions
from extract.prose.decision import is_decision
from extract.read.flow import runs
from extract.read.paragraphs import join_wrapped
from extract.rules.shapes import shape
from extract.rules.vocabulary import matched
from extract.settings import ProseSettings
from extract.tables.cells import continues_paragraph

_CONTENTS_LINE = shape("contents_lines", "leader")
_SECTION_NUMBER = re.compile(r"^(?:(?:section|part|chapter)\s+)?\d+(?:\.\d+)*[.:]?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class ProseItem:
    """One recommendation found in running text: its number as printed (or ""), its position in
    its section, its text (paragraphs and sub-bullets `\n`-separated) and where it was printed."""

    number: str
    position: int
    text: str
    regions: tuple[Region, ...]
    #: the answer printed under it, where a response answers it (answers.py), else ""
    progress: str = ""
    #: the blocks it was read from (by id), so another reading of them can give way
    blocks: frozenset[int] = frozenset()


def body_size(blocks: Sequence[Block]) -> float:
    return median(b.size for b in blocks) if blocks else 10.0


def is_heading_like(block: Block, body: float, prose: ProseSettings) -> bool:
    """A short bold or large line: the next heading ("6. Concluding comments") ends the
    section. (A recommendation whose number and short title are set bold as a heading, with its
    text below, reads as such a heading: a known limit.)"""
    text = block.text.strip()
    if block.bullet or text.endswith((".", ":", ";", ",")):
        return False
    if block.size >= body + prose.larger and len(text.split()) <= prose.max_large_heading_tokens:
        return True  # "The experiences and progress of children in care: requires improvement"
    return len(text.split()) <= prose.max_heading_tokens and (block.bold or block.size > body + 0.5)


def is_section_heading(block: Block, body: float, ctx: Context) -> bool:
    """A heading that opens a recommendations section; a contents-page line is not one."""
    text = _SECTION_NUMBER.sub("", block.text.strip())
    if _CONTENTS_LINE.search(text) or len(text.split()) > ctx.settings.prose.max_section_tokens or text.endswith("."):
        return False
    found = matched(text, "sections", ctx.nlp)
    return bool(found) and found[0].start == 0 and (block.bold or block.size > body + 0.5 or text.isupper())


def prominence(block: Block) -> tuple[float, bool, bool]:
    """How a heading stands out: its size (to the half point), then bold, then capitals. A
    heading as prominent as a section's own ends it; a lesser one (a theme) stays inside."""
    return round(block.size * 2) / 2, block.bold, block.text.isupper()


@dataclass(frozen=True)
class Section:
    """A recommendations section: its heading and the blocks under it."""

    heading: str
    blocks: list[Block]


def heading_lines(blocks: Sequence[Block], i: int) -> Block:
    """The heading at `i` with a second line set the same way just below it joined on (a large
    heading wrapped over two lines, read as two blocks: "Conclusions and" / "recommendations")."""
    block = blocks[i]
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    if (after is None or after.page != block.page or after.bold != block.bold
            or abs(after.size - block.size) > 0.5 or after.bbox.top - block.bbox.bottom > block.size):
        return block
    return replace(block, text=f"{block.text} {after.text}", bbox=BBox.around([block.bbox, after.bbox]))


def opening(blocks: Sequence[Block], i: int, body: float, ctx: Context) -> Block | None:
    """The heading block `i` opens a section with: itself, or itself and the line under it
    (heading_lines) where only the two together name one; None where it opens none."""
    if is_section_heading(blocks[i], body, ctx):
        return blocks[i]
    joined = heading_lines(blocks, i)
    return joined if joined is not blocks[i] and is_section_heading(joined, body, ctx) else None


def sections(blocks: Sequence[Block], ctx: Context, body: float | None = None) -> list[Section]:
    """The blocks of each recommendations section, from its heading to the next heading as
    prominent (`body`: the body text size, by default that of `blocks`). A smaller heading
    inside it (a theme over some of the items) stays in the section, for section_items."""
    body = body_size(blocks) if body is None else body
    found: list[Section] = []
    current: list[Block] | None = None
    rank = (0.0, False, False)
    skip = -1
    contents = contents_pages(blocks, body, ctx.settings.prose)
    for i, block in enumerate(blocks):
        if i == skip:
            continue
        if is_label(block):
            pass
        elif block.page not in contents and (heading := opening(blocks, i, body, ctx)) is not None:
            current, rank = [], prominence(block)
            found.append(Section(heading.text, current))
            skip = -1 if heading is block else i + 1
            continue
        elif current is not None and is_heading_like(block, body, ctx.settings.prose) and prominence(block) >= rank:
            current = None
        if current is not None:
            current.append(block)
    return found


_CONTENTS_TITLE = shape("contents_lines", "title")


def contents_pages(blocks: Sequence[Block], body: float, prose: ProseSettings) -> set[int]:
    """The pages headed "Contents": a heading listed there opens no section."""
    return {b.page for b in blocks if _CONTENTS_TITLE.match(b.text.strip()) and is_heading_like(b, body, prose)}


def is_label(block: Block) -> bool:
    """A number printed on its own ("Recommendation 1", "R2:"): the item's text follows."""
    number, rest = split_number(block.text.strip())
    return bool(number) and not rest


@dataclass
class _Item:
    """An item being read (mutable only inside this module)."""

    number: str
    lines: list[str]
    blocks: list[Block]
    bullet_x0: float | None


def starts_item(block: Block, item: _Item | None, prose: ProseSettings) -> bool:
    """A number starts an item; so does a bullet, unless it is indented under the bullet above
    or sits under a numbered item (a numbered list's bullets are its items' sub-points)."""
    if split_number(block.text)[0]:
        return True
    if not block.bullet:
        return False
    if item is None:
        return True
    if item.bullet_x0 is None:
        return not item.number
    return block.bbox.x0 <= item.bullet_x0 + prose.indent


def other_kind(block: Block, items: Sequence[_Item], prose: ProseSettings) -> bool:
    """A numbered paragraph after a list of bullets (or a bullet after a numbered list, at its
    margin): a list keeps one kind of marker, so the list is over and the narrative begins."""
    numbered = bool(split_number(block.text)[0])
    if all(item.number for item in items):
        return not numbered and block.bbox.x0 <= items[0].blocks[0].bbox.x0 + prose.indent
    return numbered and not any(item.number for item in items)


def new_item(block: Block) -> _Item:
    number, text = split_number(block.text)
    return _Item(number, [text] if text else [], [block], block.bbox.x0 if block.bullet else None)


def belongs_to(block: Block, item: _Item, following: Sequence[Block] | None, prose: ProseSettings) -> bool:
    """A block carries on the item above: the rest of a paragraph cut by a page break, a
    sub-bullet, a further paragraph indented under the item's text, or any further paragraph
    of a numbered item (the next number or heading ends it)."""
    last = item.blocks[-1]
    if is_subheading(block) and block.size > item.blocks[0].size + 0.5:
        return False  # a theme heading set larger than the items
    if item.number and block.bbox.x0 < item.blocks[0].bbox.x0 - prose.indent:
        return False  # set further out than the item's number: a theme line over the next items
    if item.number and is_subheading(block) and (following is None or next_in_sequence(item, following)):
        return False  # a theme heading over the next items
    if item.number and is_subheading(block, prose.theme_line_words) and following and next_in_sequence(item, following):
        return False  # a longer theme line, the numbering going on after it
    if block.page != last.page and continues_paragraph(item.lines[-1], block.text):
        return True
    return (bool(item.number) and not is_subheading(block)) or block.bbox.x0 > item.blocks[0].bbox.x0 + prose.indent


def is_subheading(block: Block, words: int = 6) -> bool:
    """A short line that ends no sentence ("What you can do"): a heading, not more of an item."""
    text = block.text.strip()
    return not block.bullet and len(text.split()) <= words and not text.endswith((".", ":", ";", ",", ")"))


def section_items(blocks: Sequence[Block], ctx: Context) -> list[ProseItem]:
    """The items of one section; an intro line before the first item and narrative after the
    list are left out, and the committee's decision ends the list. A theme heading between
    numbered items is passed over where the next item's number carries on the list's."""
    items: list[_Item] = []
    decided, prose = False, ctx.settings.prose
    body = body_size(blocks)
    for i, block in enumerate(blocks):
        current = items[-1] if items else None
        if is_decision(block, ctx):
            decided = True
            break
        if block.size < (current.blocks[0].size if current is not None else body) - prose.smaller:
            continue  # a running header or a footnote set small between the items
        if numbered_heading(block, body, prose):
            break  # "2.3 Improving patient safety": the next chapter of a report, not an item
        if is_label(block):
            items.append(_Item(split_number(block.text.strip())[0], [], [block], None))
        elif current is not None and not current.lines:  # the text of a label printed above it
            current.lines.append(block.text)
            current.blocks.append(block)
        elif starts_item(block, current, prose):
            if current is not None and other_kind(block, items, prose):
                break
            items.append(new_item(block))
        elif current is not None and belongs_to(block, current, after_headings(blocks, i), prose):
            join_into(current, block)
        elif current is not None and next_in_sequence(current, after_headings(blocks, i)):
            continue  # a theme heading or line between numbered items
        elif current is not None:
            break
    kept = [item for i, item in enumerate(items) if item.lines and not introduces(item, items[i + 1:])]
    kept = kept or ([] if decided else unmarked_items(blocks, ctx))
    return [finished(item, n) for n, item in enumerate(kept, 1)]


def numbered_heading(block: Block, body: float, prose: ProseSettings) -> bool:
    """A numbered heading set larger than the text: a report's next chapter or part."""
    return (block.size >= body + prose.larger and bool(split_number(block.text.strip())[0])
            and is_heading_like(block, body, prose))


def directs(text: str, ctx: Context) -> bool:
    """Does the text call someone to act ("should", "must", "we recommend")?"""
    return any(span.label_ == "directive" for span in matched(text, "directives", ctx.nlp))


def reports(text: str, ctx: Context) -> bool:
    """Does the text speak of recommendations (and so report them rather than make one)?"""
    return any(span.label_ == "reports" for span in matched(text, "directives", ctx.nlp))


def unmarked_items(blocks: Sequence[Block], ctx: Context) -> list[_Item]:
    """A section whose items carry no number or bullet ("Areas for improvement" over plain
    paragraphs): each paragraph that calls someone to act (patterns/directives.jsonl) and does
    not speak of recommendations (it reports them) is an item, up to the first paragraph that
    is not one (or a heading)."""
    items: list[_Item] = []
    for block in blocks:
        if is_heading_like(block, block.size, ctx.settings.prose) and not block.text.strip().endswith(":"):
            break
        if not directs(block.text, ctx) or reports(block.text, ctx):
            if items:
                break
            continue
        items.append(_Item("", [block.text], [block], None))
    return items


def introduces(item: _Item, after: Sequence[_Item]) -> bool:
    """A one-paragraph item ending in a colon with items after it ("1. The Group recommends the
    following to Cabinet:"): the lead-in to those items, not one of them."""
    return bool(after) and len(item.lines) == 1 and item.lines[0].rstrip().endswith(":")


def after_headings(blocks: Sequence[Block], i: int) -> Sequence[Block]:
    """The block after block `i` and any short heading lines that follow it."""
    j = i + 1
    while j < len(blocks) and is_subheading(blocks[j]) and not split_number(blocks[j].text)[0]:
        j += 1
    return blocks[j:j + 1]


def next_in_sequence(item: _Item, after: Sequence[Block]) -> bool:
    """Does the block after a heading carry on the numbering (item 3's list goes on with 4,
    8.26 with 8.27)?"""
    if not after:
        return False
    number = split_number(after[0].text)[0]
    head, _, last = item.number.rpartition(".")
    next_head, _, next_last = number.rpartition(".")
    return last.isdigit() and next_last.isdigit() and head == next_head and int(next_last) == int(last) + 1


def add_paragraph(lines: list[str], text: str, block: Block, last: Block) -> None:
    """Add `block`'s paragraph (`text`) after `last`'s: the rest of one a page break cut (it
    ended no sentence, or the new page goes on in lower case) is joined to it, not a bullet."""
    if lines and block.page != last.page and not block.bullet and continues_paragraph(lines[-1], text):
        lines[-1] = join_wrapped([lines[-1], text])
    else:
        lines.append(text)


def join_into(item: _Item, block: Block) -> None:
    add_paragraph(item.lines, block.text, block, item.blocks[-1])
    item.blocks.append(block)


def finished(item: _Item, position: int) -> ProseItem:
    regions = merge_regions(Region(b.page, b.bbox) for b in item.blocks)
    return ProseItem(item.number, position, "\n".join(item.lines), regions, blocks=frozenset(map(id, item.blocks)))


#: a paragraph that names itself a recommendation: "Recommendation 3 – ...", "Recommendation 3: ..."
#: a label opens its paragraph with a capital: "recommendation 8. On 23 July ..." at the top of a
#: page is a sentence the page break cut ("... see" / "recommendation 8."), not a label
_LABELLED = re.compile(r"^(?:Recommendation|RECOMMENDATION)\s+\S+\s*[:–—.-]\s+\S")


def labelled_items(blocks: Sequence[Block], taken: set[int]) -> list[ProseItem]:
    """Paragraphs outside any recommendations section that open with their own label
    ("Recommendation 2 – Adult social care should ..."), as in a learning brief; a contents
    line ("Recommendation 2 .... 14") is not one."""
    items: list[ProseItem] = []
    for block in blocks:
        text = block.text.strip()
        if id(block) in taken or not _LABELLED.match(text) or _CONTENTS_LINE.search(text):
            continue
        number, rest = split_number(text)
        if number and rest:
            items.append(ProseItem(number, len(items) + 1, rest.lstrip("–—-: "), (Region(block.page, block.bbox),),
                                   blocks=frozenset({id(block)})))
    return items


#: a select committee's closing list tags each item with what it is and where the report argues
#: it: "(Recommendation, Paragraph 25)", "(Conclusion, Paragraphs 17 and 18)"
_TAG = re.compile(r"\s*\((Recommendation|Conclusion|Conclusions and recommendation)s?,\s*Paragraphs?\s+[^()]{1,40}\)\s*$",
                  re.IGNORECASE)


#: "(Paragraph 13)" after an item's last full stop: where the report argued it
PARAGRAPH_REF = re.compile(r"(?<=[.!?’”])\s*\(Paragraphs?\s+[\d.,\s and–-]+\)\s*$")
#: "... policy needs (paragraph 4.16)." : the reference before the last full stop
_INNER_REF = re.compile(r"\s*\((?:see\s+)?paragraphs?\s+[\d.,\s and–-]*\d\)(?=\.\s*$)", re.IGNORECASE)
#: a section heading that names conclusions too mixes findings with recommendations
_CONCLUSIONS = re.compile(r"\bconclusions?\b", re.IGNORECASE)


def untagged(items: Sequence[ProseItem]) -> list[ProseItem]:
    """Items less their tag, and those tagged as conclusions (the committee's findings, not
    recommendations) left out."""
    kept = []
    for item in items:
        found = _TAG.search(item.text)
        if found and found.group(1).lower() == "conclusion":
            continue
        text = item.text[:found.start()].rstrip() if found else item.text
        kept.append(replace(item, text=_INNER_REF.sub("", PARAGRAPH_REF.sub("", text))))
    return kept


def kept_items(section: Section, ctx: Context) -> list[ProseItem]:
    """A section's items; under "Conclusions and recommendations" with no item tagged as one or
    the other, only the items that call someone to act (patterns/directives.jsonl)."""
    items = section_items(section.blocks, ctx)
    if not _CONCLUSIONS.search(section.heading) or any(_TAG.search(item.text) for item in items):
        return untagged(items)
    return [item for item in untagged(items) if directs(item.text, ctx)]


def cell_blocks(page: Page, parts: Sequence[str], box: BBox, body: float) -> list[Block]:
    """A table cell's paragraphs as blocks of running text, the first (its heading) bold."""
    return [Block(text=text, page=page.number, bbox=box, size=body, bold=i == 0, bullet=False)
            for i, text in enumerate(parts)]


def form_sections(pages: Sequence[Page], ctx: Context, body: float) -> list[Section]:
    """Sections printed inside the cells of a form (a coroner's report: "5 | CORONER'S CONCERNS
    ... (1) ... (2) ..."): a cell whose first paragraph is a recommendations heading, with the
    rest of it where the form's last row goes on over the page."""
    found = []
    following = {page.number - 1: page for page in pages}
    for page in pages:
        for f, fragment in enumerate(page.tables):
            for r, row in enumerate(fragment.rows):
                for c, cell in enumerate(row):
                    if len(cell.paragraphs) > 1:
                        blocks = cell_blocks(page, cell.paragraphs, cell.region.bbox, body)
                        if is_section_heading(blocks[0], body, ctx):
                            last = f == len(page.tables) - 1 and r == len(fragment.rows) - 1
                            more = carried_cell(following.get(page.number), c, len(row), body) if last else []
                            found.append(Section(blocks[0].text, blocks[1:] + more))
    return found


def carried_cell(page: Page | None, column: int, width: int, body: float) -> list[Block]:
    """The rest of a form's cell at the top of the next page: the first row there, with text
    in that column alone."""
    if page is None or not page.tables or not page.tables[0].rows or len(page.tables[0].rows[0]) != width:
        return []
    row = page.tables[0].rows[0]
    if [i for i, cell in enumerate(row) if cell.paragraphs] != [column]:
        return []
    return [replace(block, bold=False) for block in cell_blocks(page, row[column].paragraphs, row[column].region.bbox, body)]


def prose_items(pages: Sequence[Page], ctx: Context) -> list[ProseItem]:
    """Every item of every recommendations section of the document, and every self-labelled
    recommendation paragraph outside them, in reading order."""
    blocks = [block for page in pages for block in page.blocks]
    body = body_size(blocks)
    found = [section for run in runs(pages) for section in sections(run, ctx, body)]
    found += form_sections(pages, ctx, body)
    from extract.prose.nested import nested_sections  # nested lists (nested.py builds on this module)
    nested = nested_sections([section.blocks for section in found], body, ctx.settings.prose)
    in_sections = [item for i, section in enumerate(found)
                   for item in (untagged(nested[i]) if i in nested else kept_items(section, ctx))]
    taken = {id(block) for section in found for block in section.blocks}
    return in_sections + labelled_items(blocks, taken)
