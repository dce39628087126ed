"""Step 6d: nested numbered lists, as an inquiry prints its recommendations: numbered groups
with lettered sub-items, and roman ones under those ("4. Title" / "(a) ..." / "(i) ..."), or
each item printed with its whole number ("4a) i. ...").

- A marker is read level by level: a number, a letter, a roman numeral, or a range of one of
  them printed as one item ("(i-iii)", "9a-c)"). Whether "(i)" is a letter or a roman numeral
  follows from the list so far: the letter after "(h)", else a roman numeral opening a level.
- A child's number is its parent's with its own marker added: a letter straight after a number
  ("4" + "(a)" = "4a"), anything else in brackets after a space ("4a" + "(i)" = "4a (i)",
  "4a" + "(ii-iii)" = "4a (ii-iii)"); an item printing its whole number keeps it as printed,
  less a closing full stop ("4a) i.": "4a) i").
- The records are the leaves: an item with sub-items only heads them (a title, "(a) Duty of
  candour") or leads into them ("... the following care:"), and its words are in none of them.
  A title over a leaf's own paragraphs is not part of its text either ("1. Compensation").
- A paragraph belongs to the deepest item it is set at or right of; set at a parent's place
  after that parent's sub-items, or further out, it ends the list.

Two readings use it. `nested_sections`: a recommendations section holding a list of titled
groups ("1. Title", its sub-items); a shorter list whose groups a longer one holds again is
a restatement (recommendations stated as they are argued, then gathered), so the longer one
is read. `quoted_boxes`: in a response, each recommendation quoted set in from the margin,
with the answer's verdict set apart in another weight ("This recommendation is accepted in
full"), then the answer at the margin: progress is the verdict, then the answer."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.context import Context
from extract.model import Block, Page, Region, merge_regions
from extract.prose import sections
from extract.prose.answers import calls_itself_a_response
from extract.prose.sections import ProseItem, body_size, is_heading_like
from extract.read.flow import runs
from extract.read.paragraphs import join_wrapped
from extract.settings import ProseSettings

#: one level of a marker: "(", a number, a letter or roman numeral (or a range of them), and
#: what closes it (")", "." or nothing, where the next level follows straight on: "4a")
_LEVEL = re.compile(r"\(?(\d{1,3}|[ivx]{1,5}(?:[-–][ivx]{1,5})?|[a-z](?:[-–][a-z])?)(\)|\.(?!\d)|(?=[a-z(]|\s\())")
_ROMAN = {"i": 1, "v": 5, "x": 10}


@dataclass(frozen=True)
class Level:
    """One printed level: its kind ("number", "letter", "roman"; "either" for i, v, x alone),
    the value it starts at, the one it ends at (a range), and its text ("a", "i-iii")."""

    kind: str
    first: int
    last: int
    text: str


@dataclass(frozen=True)
class Marker:
    levels: tuple[Level, ...]
    printed: str  # the marker as printed, less a closing full stop: "4a) i", "(a)"
    rest: str  # the item's own text after it


def roman(text: str) -> int | None:
    values = [_ROMAN[c] for c in text]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if text == to_roman(total) else None


def to_roman(value: int) -> str:
    out = ""
    for step, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= step:
            out, value = out + digits, value - step
    return out


def level_of(text: str) -> Level | None:
    """A level's kind and values: "12", "a", "a-c", "iv", "i-iii"; "i" alone may be either."""
    if text.isdigit():
        return Level("number", int(text), int(text), text)
    if len(text) == 1:
        value = _ROMAN.get(text)
        return Level("either", value, value, text) if value else Level("letter", ord(text) - 96, ord(text) - 96, text)
    ends = re.split(r"[-–]", text)
    romans = [roman(e) if set(e) <= set(_ROMAN) else None for e in ends]
    first, last = romans[0], romans[-1]
    if first is not None and last is not None and None not in romans:
        return Level("roman", first, last, text)
    if all(len(e) == 1 for e in ends):
        return Level("letter", ord(ends[0]) - 96, ord(ends[-1]) - 96, text)
    return None


def read_marker(text: str) -> Marker | None:
    """The levels a paragraph's opening marker prints ("4a) i. The ..." -> 4, a, i), or None.
    A letter or numeral alone opens an item only bracketed ("(a)", "a)"); every marker ends
    closed (")" or "."), then a space or the text's capital ("iii.The")."""
    levels: list[Level] = []
    at, closer = 0, ""
    while True:
        found = _LEVEL.match(text, at)
        level = level_of(found.group(1)) if found else None
        if found is None or level is None or (levels and level.kind == "number"):
            break
        if not levels and level.kind != "number" and not (found.group(0).startswith("(") or found.group(2) == ")"):
            break
        levels.append(level)
        at, closer = found.end(), found.group(2)
        if not closer:  # "4a", "4(a)", "4a (i)": the next level follows
            at += text.startswith(" (", at)
            continue
        if closer == ")" and text.startswith("(", at):
            continue
        if closer == ")" and text.startswith(" ", at) and (nxt := _LEVEL.match(text, at + 1)) and nxt.group(2) \
                and (deeper := level_of(nxt.group(1))) is not None and deeper.kind != "number":
            at += 1
            continue
        break
    if not levels or not closer:
        return None
    after = text[at:]
    if not ((after[:1] == " " and after[1:2].strip()) or after[:1].isupper()):
        return None
    printed = text[:at].rstrip()
    return Marker(tuple(levels), printed[:-1] if printed.endswith(".") else printed, after.strip())


@dataclass
class Node:
    """An item of a list being read (mutable only inside this module)."""

    path: tuple[Level, ...]
    number: str
    blocks: list[Block]
    paragraphs: list[str]
    x0: float
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    #: the first paragraph is the text after the marker (not a paragraph below it)
    own: bool = True


def kinds_for(level: Level, stack: Sequence[Node]) -> list[str]:
    """The kinds an ambiguous "i", "v" or "x" may be here: a letter only where it carries on a
    lettered level of the list (after "h", "u", "w")."""
    if level.kind != "either":
        return [level.kind]
    letter = ord(level.text) - 96
    if any(n.path[-1].kind == "letter" and n.path[-1].last == letter - 1 for n in stack):
        return ["letter"]
    return ["roman"]


def as_kind(level: Level, kind: str) -> Level:
    if kind == level.kind:
        return level
    if kind == "letter":
        value = ord(level.text) - 96
        return Level("letter", value, value, level.text)
    return Level("roman", level.first, level.last, level.text)


def child_number(parent: str, level: Level) -> str:
    """"4" + a -> "4a"; "4a" + i -> "4a (i)"; a top level as printed."""
    if not parent:
        return level.text
    if level.kind == "letter" and parent[-1:].isdigit():
        return parent + level.text
    return f"{parent} ({level.text})"


def opening(marker: Marker, block: Block) -> Node:
    """The first item of a list: its number as printed where it prints several levels."""
    if len(marker.levels) > 1:
        path, number = marker.levels, marker.printed
    else:
        level = marker.levels[0]
        path, number = (as_kind(level, kinds_for(level, [])[0]),), level.text
    return Node(path, number, [block], [marker.rest] if marker.rest else [], block.bbox.x0)


def placed(marker: Marker, stack: list[Node], block: Block) -> Node | None:
    """The item `marker` opens, fitted into the open levels `stack` (which it updates): the next
    of an open level, or the first of a new level under the deepest item (an item printing its
    whole number goes on while the numbers do); None if it fits neither (the list is over)."""
    if not stack or len(marker.levels) > 1:
        if stack and marker.levels[0].first < stack[0].path[0].first:
            return None
        stack[:] = [opening(marker, block)]
        return stack[0]
    level = marker.levels[0]
    for kind in kinds_for(level, stack):
        one = as_kind(level, kind)
        for depth in range(len(stack) - 1, -1, -1):
            last = stack[depth].path[-1]
            if last.kind == kind and one.first == last.last + 1:
                return attach(one, marker, block, stack, depth, stack[depth].parent)
        if one.first == 1 and all(n.path[-1].kind != kind for n in stack):
            return attach(one, marker, block, stack, len(stack), stack[-1])
    return None


def restarted(marker: Marker, stack: list[Node], block: Block) -> Node:
    """The first item of a new list (`stack` now holds it alone)."""
    stack[:] = [opening(marker, block)]
    return stack[0]


def attach(level: Level, marker: Marker, block: Block, stack: list[Node], depth: int, parent: Node | None) -> Node:
    node = Node((parent.path if parent else ()) + (level,), child_number(parent.number if parent else "", level),
                [block], [marker.rest] if marker.rest else [], block.bbox.x0, parent=parent)
    if parent is not None:
        parent.children.append(node)
    del stack[depth:]
    stack.append(node)
    return node


def add_paragraph(node: Node, block: Block) -> None:
    """A paragraph of the item (sections.add_paragraph: the rest of one a page break cut is joined to it)."""
    node.own = node.own and bool(node.paragraphs)
    sections.add_paragraph(node.paragraphs, block.text, block, node.blocks[-1])
    node.blocks.append(block)


def read_lists(blocks: Sequence[Block], body: float, prose: ProseSettings) -> list[list[Node]]:
    """The lists of marked items among `blocks`, each as its items in reading order. An
    unmarked paragraph before a list (its lead-in) is in none of them; lines set smaller than
    the text (footnotes, page numbers) are passed over."""
    lists: list[list[Node]] = []
    stack: list[Node] = []
    for block in blocks:
        if block.size < body - 1:
            continue
        marker = read_marker(block.text.strip())
        if marker is not None:
            node = placed(marker, stack, block) if stack else None
            if node is None:
                node = restarted(marker, stack, block)
                lists.append([])
            lists[-1].append(node)
            continue
        if not stack:
            continue
        target = next((n for n in reversed(stack) if n.x0 <= block.bbox.x0 + prose.align), None)
        if target is None or target is not stack[-1] or is_heading_like(block, body, prose):
            stack.clear()  # further out, at a parent's place after its sub-items, or a heading
            continue
        add_paragraph(target, block)
    return lists


def is_title(text: str, block: Block, body: float, prose: ProseSettings) -> bool:
    """A title is short and ends no sentence part ("Duty of candour", "6. Monitoring liver damage.")."""
    return (len(text.split()) <= prose.max_title_words and not text.endswith((":", ";", ","))
            and (block.bold or block.size > body + 0.5 or not text.endswith(".")))


def leaf_text(node: Node, body: float, prose: ProseSettings) -> str:
    """A leaf's paragraphs, less a title over them."""
    paragraphs = node.paragraphs
    if len(paragraphs) > 1 and node.own and is_title(paragraphs[0], node.blocks[0], body, prose):
        paragraphs = paragraphs[1:]
    return "\n".join(p for p in paragraphs if p.strip())


def leaves(items: Sequence[Node]) -> list[Node]:
    """The items with no sub-items (by the list's tree, or by a longer number printed whole)."""
    paths = [n.path for n in items]
    return [n for n in items if not n.children and not any(
        len(p) > len(n.path) and covers(n.path, p) for p in paths)]


def covers(prefix: tuple[Level, ...], path: tuple[Level, ...]) -> bool:
    """Does the number `prefix` hold `path` ("4a" holds "4a) ii", "9a-c" holds "9b")?"""
    return all((a.kind == b.kind or "either" in (a.kind, b.kind)) and a.first <= b.first and b.last <= a.last
               for a, b in zip(prefix, path))


def is_titled(items: Sequence[Node], body: float, prose: ProseSettings) -> bool:
    """A list of titled groups: at least two top items, each a title over its sub-items or its
    paragraphs, and some with sub-items."""
    tops = [n for n in items if n.parent is None]
    return len(tops) >= prose.min_groups and any(n.children for n in tops) and all(
        n.own and n.paragraphs and is_title(n.paragraphs[0], n.blocks[0], body, prose)
        and (n.children or len(n.paragraphs) > 1) for n in tops)


def as_item(node: Node, text: str, position: int, progress: str = "", extra: Sequence[Block] = ()) -> ProseItem:
    blocks = node.blocks + list(extra)
    regions = merge_regions(Region(b.page, b.bbox) for b in node.blocks)
    return ProseItem(node.number, position, text, regions, progress=progress, blocks=frozenset(map(id, blocks)))


def tops_of(items: Sequence[Node]) -> set[int]:
    return {n.path[0].first for n in items if n.path[0].kind == "number"}


def nested_sections(found: Sequence[Sequence[Block]], body: float, prose: ProseSettings) -> dict[int, list[ProseItem]]:
    """The items of each section (by index) that holds a list of titled groups: the leaves of
    its lists, less a list whose groups a longer list holds again."""
    lists = {i: [items for items in read_lists(section, body, prose) if is_titled(items, body, prose)]
             for i, section in enumerate(found)}
    every = [items for held in lists.values() for items in held]
    out: dict[int, list[ProseItem]] = {}
    for i, held in lists.items():
        if not held:
            continue
        kept = [items for items in held if not any(
            len(leaves(other)) > len(leaves(items)) and tops_of(items) <= tops_of(other) for other in every)]
        texts = [(node, leaf_text(node, body, prose)) for items in kept for node in leaves(items)]
        out[i] = [as_item(node, text, n) for n, (node, text) in enumerate([(a, t) for a, t in texts if t], 1)]
    return out


# --- a response quoting each recommendation in a box ----------------------------------------------

def margin(blocks: Sequence[Block], body: float, prose: ProseSettings) -> float:
    """The text margin: the leftmost place where a good share of the paragraphs of body text
    start (a box set in holds fewer)."""
    starts = Counter(round(b.bbox.x0) for b in blocks if abs(b.size - body) <= 0.5 and not b.bullet)
    total = sum(starts.values())
    return min((x for x, n in starts.items() if n >= prose.margin_share * total), default=0.0)


@dataclass
class _Box:
    """A run of blocks set in from the margin: quoted items and the verdicts set apart after them."""

    blocks: list[Block] = field(default_factory=list)
    start: int = 0
    end: int = 0


def boxes(blocks: Sequence[Block], left: float, prose: ProseSettings) -> list[_Box]:
    found: list[_Box] = []
    current: _Box | None = None
    for i, block in enumerate(blocks):
        if block.bbox.x0 >= left + prose.box_inset and not block.bullet:
            if current is None:
                current = _Box(start=i)
                found.append(current)
            current.blocks.append(block)
            current.end = i + 1
        else:
            current = None
    return found


#: "12) a-c)", "4(a-b)": which items a sentence of a verdict speaks of
_REFERENCE = re.compile(r"\b(\d{1,3})\s*\)?\s*\(?([a-z])(?:\)?\s*[-–]\s*([a-z]))?\)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def verdict_for(node: Node, verdict: str) -> str:
    """The sentence of a verdict that names the item among others, else all of it."""
    sentences = _SENTENCE.split(verdict)
    named = [(s, _REFERENCE.search(s)) for s in sentences]
    if sum(1 for _, ref in named if ref) < 2 or node.path[0].kind != "number" or len(node.path) < 2:
        return verdict
    top, letter = node.path[0].first, node.path[1].first
    for sentence, ref in named:
        low, high = (ord(ref.group(2)) - 96, ord(ref.group(3) or ref.group(2)) - 96) if ref else (0, -1)
        if ref and int(ref.group(1)) == top and low <= letter <= high:
            return sentence  # "Recommendations 12) a-c) are accepted ...": for 12a, 12b, 12c
    return verdict


def quoted(box: _Box) -> tuple[list[tuple[Node, str]], list[Block]]:
    """The quoted items of a box, each with the verdict printed after it (the next run of
    paragraphs set in the other weight), and the verdicts' blocks; no items where the box holds
    no item and verdict (a set-in list of the answer's own). A paragraph before the first item
    (a lead-in) is in none of them."""
    marked = [(block, read_marker(block.text.strip())) for block in box.blocks]
    weights = Counter(block.bold for block, marker in marked if marker)
    if not weights:
        return [], []
    weight = weights.most_common(1)[0][0]
    nodes: list[Node] = []
    stack: list[Node] = []
    pending: list[Node] = []  # items whose verdict is still to come
    said: dict[int, list[str]] = {}
    verdict: list[str] | None = None
    apart: list[Block] = []
    for block, marker in marked:
        if marker is None and block.bold != weight:
            if pending:
                verdict = [block.text]
                said.update((id(node), verdict) for node in pending)
                pending = []
            elif verdict is not None:
                verdict.append(block.text)
            apart.append(block)
        elif marker is not None and block.bold == weight:
            node = placed(marker, stack, block) or restarted(marker, stack, block)
            nodes.append(node)
            pending.append(node)
            verdict = None
        elif marker is None and pending:
            add_paragraph(pending[-1], block)
    found = [(node, verdict_for(node, join_wrapped(said[id(node)]))) for node in leaves(nodes)
             if id(node) in said and any(p.strip() for p in node.paragraphs)]
    return found, apart


def answer_text(blocks: Sequence[Block]) -> str:
    out: list[str] = []
    for i, block in enumerate(blocks):
        sections.add_paragraph(out, block.text, block, blocks[max(i - 1, 0)])
    return "\n".join(out)


def headings_above(blocks: Sequence[Block], start: int, stop: int, body: float) -> int:
    """Where the headings printed just above a box begin (the box's, not the answer's above)."""
    at = start
    while at > stop and (blocks[at - 1].bold or blocks[at - 1].size > body + 0.5):
        at -= 1
    return at


def quoted_boxes(pages: Sequence[Page], ctx: Context) -> list[ProseItem]:
    """In a response, each recommendation quoted in a box with its verdict, and the answer
    after the box as its progress (the verdict that applies to it, then the answer, up to the
    next box's headings or a heading as large as any over a box); none where the response
    quotes none this way."""
    blocks = [block for run in runs(pages) for block in run]
    body, prose = body_size(blocks), ctx.settings.prose
    if not blocks or not calls_itself_a_response(blocks, body, prose):
        return []
    left = margin(blocks, body, prose)
    found = [(box, *read) for box in boxes(blocks, left, prose) if (read := quoted(box))[0]]
    heads, stop = [], 0
    for box, _, _ in found:
        heads.append(headings_above(blocks, box.start, stop, body))
        stop = box.end
    largest = max((b.size for (box, _, _), h in zip(found, heads) for b in blocks[h:box.start]), default=body)
    out: list[ProseItem] = []
    for n, (box, items, apart) in enumerate(found):
        answer: list[Block] = []
        for block in blocks[box.end:heads[n + 1] if n + 1 < len(found) else len(blocks)]:
            if largest > body + 0.5 and block.size >= largest - 0.5 and is_heading_like(block, body, prose):
                break
            answer.append(block)
        said = answer_text(answer)
        for node, verdict in items:
            text = "\n".join(p for p in node.paragraphs if p.strip())
            out.append(as_item(node, text, len(out) + 1, "\n".join(t for t in (verdict, said) if t), apart + answer))
    return out
