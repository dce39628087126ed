"""Step 2: characters -> lines -> paragraphs.

pdfplumber clusters characters into lines; this module only decides where one paragraph
ends and the next begins, and how wrapped lines rejoin into one text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median
from typing import Any

from pdfplumber.utils.text import WordExtractor, chars_to_textmap

from extract.model import BBox, Line, Segment
from extract.read.control_chars import clean
from extract.read.hyphens import join_hyphenated
from extract.rules.shapes import shape

_BULLET = shape("bullets", "bullet")
_NUMBERED = shape("list_numbers", "list_number")
_BOLD = re.compile(r"bold|black|heavy|bd\b|-bd|semibold|demi", re.IGNORECASE)

#: baseline-to-baseline distance assumed when a group of lines gives none to measure, per point
DEFAULT_PITCH = 1.2


def is_bold(fontname: str) -> bool:
    base = fontname.split("+", 1)[-1]
    return bool(_BOLD.search(base))


#: pdfplumber's word extractor, a gap over 0.15 em between letters being a word space
WORDS = WordExtractor(x_tolerance_ratio=0.15)


def words_of(chars: Sequence[dict[str, Any]]) -> tuple[Segment, ...]:
    """The line's words (pdfplumber's word extractor), left to right. A text line lists a
    ligature's character once per letter it stands for ("fi" twice): each is taken once."""
    unique = list({id(char): char for char in chars}.values())
    found = sorted(WORDS.extract_words(unique), key=lambda w: w["x0"])
    return tuple(Segment(w["x0"], w["x1"], clean(w["text"])) for w in found)


def to_line(raw: dict[str, Any], page: int) -> Line:
    """A pdfplumber text line (from `extract_text_lines(return_chars=True)`) as a Line."""
    chars = [c for c in raw["chars"] if c["text"].strip()] or raw["chars"]
    size = median(c["size"] for c in chars)
    bold = sum(is_bold(c["fontname"]) for c in chars) * 2 > len(chars)
    box = BBox(raw["x0"], raw["top"], raw["x1"], raw["bottom"])
    return Line(text=clean(raw["text"]).strip(), page=page, bbox=box, size=round(size, 2), bold=bold,
                words=words_of(raw["chars"]))


def text_lines(raws: list[dict[str, Any]], page: int) -> list[Line]:
    """pdfplumber's text lines as Lines, those left with no text once cleaned left out."""
    return [line for line in (to_line(raw, page) for raw in raws) if line.text]


def extract_lines(page_like: Any, page: int) -> list[Line]:
    """Lines of text of a pdfplumber page (or cropped/filtered page), top to bottom."""
    return text_lines(page_like.extract_text_lines(return_chars=True, strip=True), page)


def lines_of_chars(chars: list[dict[str, Any]], page: int) -> list[Line]:
    """Lines of text of some of a page's characters (a table cell's), as `extract_lines`
    reads a page: pdfplumber's own text map of them."""
    raws = chars_to_textmap(chars).extract_text_lines(return_chars=True, strip=True) if chars else []
    return text_lines(raws, page)


def line_pitch(runs: Sequence[Sequence[Line]]) -> float:
    """Typical baseline-to-baseline distance between consecutive lines of a paragraph, measured
    over several runs of lines (a page's running text, or each cell of its tables)."""
    pitches = [b.bbox.bottom - a.bbox.bottom for run in runs for a, b in zip(run, run[1:])
               if 0 < b.bbox.bottom - a.bbox.bottom < 1.6 * a.size]
    if pitches:
        return median(pitches)
    sizes = [line.size for run in runs for line in run]
    return DEFAULT_PITCH * (median(sizes) if sizes else 10.0)


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def strip_bullet(text: str) -> str:
    found = _BULLET.match(text)
    return text[found.end():] if found else text


def starts_paragraph(prev: Line, line: Line, pitch: float, gap_ratio: float) -> bool:
    """Does `line` start a new paragraph after `prev`?"""
    if is_bullet(line.text):
        return True
    if _NUMBERED.match(line.text) and line.bbox.x0 <= prev.bbox.x0 + 1:
        return True
    if line.bold != prev.bold or abs(line.size - prev.size) > 0.5:  # a heading and its text
        return True
    step = line.bbox.bottom - prev.bbox.bottom
    return step <= 0 or step > pitch + gap_ratio * prev.size


def group_paragraphs(lines: Sequence[Line], gap_ratio: float,
                     pitch: float | None = None, margin: float | None = None) -> list[list[Line]]:
    """Split lines (top to bottom) into paragraphs by spacing, bullets and numbering; where the
    text's right `margin` is known (a table cell's), also where a line was ended short
    (ended_short)."""
    if not lines:
        return []
    pitch = pitch if pitch is not None else line_pitch([lines])
    groups: list[list[Line]] = [[lines[0]]]
    listed: float | None = None  # the indent of a list set out without bullets, while in it
    for prev, line in zip(lines, lines[1:]):
        listed = list_indent(prev, line, listed)
        if starts_paragraph(prev, line, pitch, gap_ratio) or (margin is not None and ended_short(prev, line, margin)) \
                or (listed is not None and abs(line.bbox.x0 - listed) <= 1 and line.text[:1].isupper()):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def list_indent(prev: Line, line: Line, listed: float | None) -> float | None:
    """Where a list printed without bullet glyphs is indented: from a line indented under a
    lead-in ending in ":" ("... including:" / "    Training for all staff") while the lines
    stay at or beyond that indent; each line there opening with a capital is an item."""
    if prev.text.rstrip().endswith(":") and line.bbox.x0 > prev.bbox.x0 + prev.size:
        return line.bbox.x0
    return listed if listed is not None and line.bbox.x0 >= listed - 1 else None


_CLOSES = re.compile(r"[.!?:;]['’”\")]*$")


def ended_short(prev: Line, line: Line, margin: float) -> bool:
    """Was `prev`, closing a sentence, ended before the margin although the first word of
    `line` would have fitted after it? Then the line was ended on purpose: a new paragraph set
    without a gap ("... by March." / "Review the guidance ...")."""
    room = margin - prev.bbox.x1 - 0.6 * prev.size  # a word space, and as much again to spare
    return bool(_CLOSES.search(prev.text)) and first_word_width(line) < room


def first_word_width(line: Line) -> float:
    """The printed width of the line's first word (its first word box, or a share of the line)."""
    if line.words:
        return line.words[0].x1 - line.words[0].x0
    word = line.text.split(" ", 1)[0]
    return (line.bbox.x1 - line.bbox.x0) * len(word) / max(1, len(line.text))


def text_margin(lines: Sequence[Line]) -> float | None:
    """The right edge a cell's text runs to: its widest line's, where it has lines enough to
    show one (three or more)."""
    return max(line.bbox.x1 for line in lines) if len(lines) >= 3 else None


def paragraph_texts(lines: Sequence[Line], gap_ratio: float, pitch: float | None = None,
                    margin: float | None = None) -> tuple[str, ...]:
    """A cell's lines as paragraph texts, each bullet's glyph dropped."""
    return tuple(join_wrapped([strip_bullet(group[0].text)] + [line.text for line in group[1:]])
                 for group in group_paragraphs(lines, gap_ratio, pitch, margin))


def join_wrapped(texts: Sequence[str]) -> str:
    """Rejoin the lines of one paragraph: a space between lines; a word broken by a hyphen at a
    line end rejoined (extract.read.hyphens decides whether the hyphen stays); a line ending in a
    slash (a web address or "and/" broken by the line) or in an unspaced dash ("legislation—")
    runs straight on."""
    out = ""
    for text in (t.strip() for t in texts):
        if not text:
            continue
        joined = join_hyphenated(out, text) if out else None
        if out and joined is None and out.endswith(("/", "—")) and not out.endswith((" /", " —")):
            joined = out + text
        out = text if not out else joined if joined is not None else f"{out} {text}"
    return out
