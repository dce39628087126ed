"""Check that a rendered PDF carries every truth record's words, in order.

The PDF is read with pdfplumber (words in reading order, page by page).  Table columns
interleave line by line in that stream, so each truth field (text, lead, progress, target,
findings, decision) is matched as an in-order subsequence of the stream with a bounded gap
between consecutive words, starting at the previous record's position; hyphenated line
ends ("multi-" + "agency") are joined.  The pages where a record's words were found give
``page_start`` / ``page_end``: a record on more than one page is a row (or paragraph) that
breaks across a page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pdfplumber

MAX_GAP = 70  # tokens allowed between two consecutive words of one field
MAX_LEAD_IN = 900  # tokens allowed before a field's first word


def key(token: str) -> str:
    token = unicodedata.normalize("NFKC", token).lower()
    token = token.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"[\W_]+", "", token)


def tokens(text: str) -> list[str]:
    return [k for k in (key(w) for w in text.split()) if k]


@dataclass
class Stream:
    keys: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    page_count: int = 0


def read_pdf(path) -> Stream:
    stream = Stream()
    with pdfplumber.open(str(path)) as pdf:
        stream.page_count = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            for word in page.extract_words(keep_blank_chars=False, x_tolerance=1.5):
                k = key(word["text"])
                if k:
                    stream.keys.append(k)
                    stream.raw.append(word["text"])
                    stream.pages.append(number)
    return stream


def _step(stream: Stream, word: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The first place at or after ``pos`` (before ``limit``) where ``word`` is printed."""
    for i in range(pos, min(limit, len(stream.keys))):
        k = stream.keys[i]
        if k == word:
            return (i, i)
        if stream.raw[i].endswith(("-", "\u00ad")) and word.startswith(k) and len(k) < len(word):
            rest = word[len(k):]
            for j in range(i + 1, min(i + MAX_GAP, len(stream.keys))):
                if stream.keys[j] == rest:
                    return (i, j)
    return None


def match_field(stream: Stream, words: list[str], start: int, lead_in: int = MAX_LEAD_IN) -> tuple[list[int], str | None]:
    """Positions of ``words`` in the stream from ``start`` (or a failure message).

    Every place of the first word within MAX_LEAD_IN tokens is tried as a start; from there
    each next word must follow within MAX_GAP tokens.
    """
    best_index, best_pos = -1, start
    best: list[int] | None = None
    pos = start
    while True:
        first = _step(stream, words[0], pos, start + lead_in)
        if first is None:
            break
        positions = sorted(set(first))
        cursor = first[1] + 1
        for index, word in enumerate(words[1:], start=1):
            found = _step(stream, word, cursor, cursor + MAX_GAP)
            if found is None:
                if index > best_index:
                    best_index, best_pos = index, cursor
                break
            positions.extend(sorted(set(found)))
            cursor = found[1] + 1
        else:
            # keep the most compact match (a common first word may occur earlier)
            if best is None or positions[-1] - positions[0] < best[-1] - best[0]:
                best = positions
            if positions[-1] - positions[0] <= len(words) + 2:
                break  # contiguous: cannot do better
        pos = first[0] + 1
    if best is not None:
        return best, None
    index = max(best_index, 0)
    context = " ".join(stream.raw[best_pos: best_pos + 12])
    return [], f"word {index + 1}/{len(words)} {words[index]!r} not found after ...{context}..."


@dataclass
class RecordPlace:
    number: str
    page_start: int
    page_end: int


@dataclass
class Result:
    pages: int
    problems: list[str]
    places: list[RecordPlace]

    @property
    def split_records(self) -> list[str]:
        return [f"{p.number} (p{p.page_start}-{p.page_end})" for p in self.places if p.page_end > p.page_start]


ROW_LEAD_IN = 150  # a cell's first word is on the first line of its row, near the row's text


def check(path, truth: dict) -> Result:
    stream = read_pdf(path)
    problems: list[str] = []
    places: list[RecordPlace] = []
    cursor = 0
    for finding in truth.get("findings", []):
        positions, error = match_field(stream, tokens(finding), cursor)
        if error:
            problems.append(f"finding {finding[:40]!r}: {error}")
        else:
            cursor = positions[0] + 1
    cursor = 0
    extra_cells = truth["layout"].get("extra_cells", {})
    printed = {c["field"] for b in truth["layout"]["blocks"] if b["type"] == "rec_table" for c in b["columns"]}
    for rec in truth["recommendations"]:
        label = f"rec {rec['number']}"
        found: list[int] = []

        def match(value: str, start: int, what: str, lead_in: int) -> list[int]:
            if not tokens(value):
                return []
            positions, error = match_field(stream, tokens(value), start, lead_in)
            if error:
                problems.append(f"{label} {what}: {error}")
            found.extend(positions)
            return positions

        text_positions = match(rec["text"], cursor, "text", MAX_LEAD_IN)
        if not text_positions:
            continue
        anchor = max(cursor, text_positions[0] - 15)
        if rec.get("actions"):
            action_cursor = anchor
            for index, action in enumerate(rec["actions"], start=1):
                a_positions = match(action["text"], action_cursor, f"action {index} text", MAX_LEAD_IN)
                if not a_positions:
                    continue
                a_anchor = max(action_cursor, a_positions[0] - 15)
                for name in ("lead", "target_text", "progress", "rag"):
                    if f"action:{name}" in printed:
                        match(action.get(name, ""), a_anchor, f"action {index} {name}", ROW_LEAD_IN)
                action_cursor = a_positions[0] + 1
        else:
            for name in ("lead", "target_text", "progress", "rag"):
                if name in printed:
                    match(rec.get(name, ""), anchor, name, ROW_LEAD_IN)
        for name, value in extra_cells.get(rec["number"], {}).items():
            match(value, anchor, f"extra cell {name}", ROW_LEAD_IN)
        cursor = text_positions[0] + 1
        pages = [stream.pages[p] for p in found]
        places.append(RecordPlace(rec["number"], min(pages), max(pages)))
    decision = truth["document"].get("decision")
    if decision:
        _, error = match_field(stream, tokens(decision), 0, len(stream.keys))
        if error:
            problems.append(f"decision: {error}")
    return Result(stream.page_count, problems, places)
