"""Step 0: which pages of a long document to read in full, found fast.

PDFium (pypdfium2, which pdfplumber already brings) gives a page's text at about 1,000 pages a
second, against 10 to 20 for pdfplumber's full analysis. A page is read in full when one of its
lines matches a cue of `patterns/triage.jsonl` (a recommendations heading, a plan's column
heading, a committee's decision, an "as at" date, a findings lead-in), and so is the page after
it, where a table or list may go on; the first page with text is always read (the title and the
meeting line). Short documents are read whole.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pypdfium2

from extract.read.orientation import page_text
from extract.rules.pattern_files import PATTERNS
from extract.rules.vocabulary import read_patterns
from extract.settings import Settings

#: the file of triage cues, in the built-in patterns folder and in an analyst's rules folder
CUES_FILE = "triage.jsonl"
#: the cue label that only carries a run of pages on, never starts one
CONTINUES = "continues"
#: the cue label that, on the first pages, has the whole document read (a response answers
#: recommendations all through it, on pages no other cue marks)
WHOLE = "whole"
#: the vocabularies whose phrases are headings a plan page prints at a line's start (a section's
#: heading, a plan table's column heading), and the labels of theirs that are no such heading
HEADING_VOCABULARIES = {"sections.jsonl": frozenset(), "columns.jsonl": frozenset({"number"})}
#: a heading line: an optional section number, then the phrase, opening with a capital
HEADING_CUE = r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?=[A-Z])(?i:{phrases})(?!\w)"


@dataclass(frozen=True)
class Triage:
    """How many pages a document has, and which of them (numbered from 1) to read in full."""

    pages: int
    read: tuple[int, ...]


@dataclass(frozen=True)
class Cue:
    """One line of `triage.jsonl`: a pattern, and words one of which the page must hold (in
    lower case) before the pattern is tried, which spares a search through most pages."""

    pattern: re.Pattern[str]
    needs: tuple[str, ...] = ()

    def finds(self, text: str, lower: str) -> Iterator[re.Match[str]]:
        if not self.needs or any(word in lower for word in self.needs):
            yield from self.pattern.finditer(text)


@dataclass(frozen=True)
class Cues:
    starts: tuple[Cue, ...]
    continues: tuple[Cue, ...]
    whole: tuple[Cue, ...] = ()

    def read_whole(self, texts: Sequence[str], opening_pages: int) -> bool:
        """Does a \"whole\" cue appear on the opening pages?"""
        return any(True for text in texts[:opening_pages] for cue in self.whole for _ in cue.finds(text, text.lower()))

    def start(self, text: str, lower: str) -> re.Match[str] | None:
        return next((m for cue in self.starts for m in cue.finds(text, lower)), None)

    def late_start(self, text: str, lower: str) -> bool:
        """Is there a cue in the second half of the page?"""
        return any(m.start() >= len(text) / 2 for cue in self.starts for m in cue.finds(text, lower))

    def continues_on(self, text: str, lower: str) -> bool:
        return any(True for cue in self.continues for _ in cue.finds(text, lower))


def phrase(pattern: object) -> str:
    """The words a spaCy pattern matches, where it names them: a phrase pattern ("action plan"),
    or a token pattern of literal words ([{"LOWER": "action"}, {"LOWER": "plan"}]); else ""."""
    if isinstance(pattern, str):
        return pattern.strip()
    if isinstance(pattern, list) and pattern and all(isinstance(t, dict) and len(t) == 1 for t in pattern):
        words = [next(iter(t.values())) for t in pattern]
        if all(isinstance(w, str) and next(iter(t)) in {"LOWER", "ORTH", "TEXT"} for w, t in zip(words, pattern)):
            return " ".join(words)
    return ""


def heading_cue(folder: Path) -> Cue | None:
    """One cue for the headings an analyst's rules folder adds to the vocabularies of
    HEADING_VOCABULARIES, so a heading added there is found by triage as well as read: no regex
    to write twice."""
    phrases = sorted({phrase(row["pattern"]) for name, skipped in HEADING_VOCABULARIES.items()
                      if (folder / name).is_file() for row in read_patterns(folder / name)
                      if row.get("label") not in skipped} - {""}, key=lambda p: (-len(p), p))
    if not phrases:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return Cue(re.compile(HEADING_CUE.format(phrases=alternatives), re.MULTILINE))


@lru_cache(maxsize=4)
def load_cues(rules_dir: Path | None = None) -> Cues:
    """The cues of the built-in file and of `rules_dir`'s, and of the headings `rules_dir` adds
    to the section and column vocabularies (`heading_cue`)."""
    found: dict[str, list[Cue]] = {"start": [], CONTINUES: [], WHOLE: []}
    for folder in [PATTERNS] + ([rules_dir] if rules_dir else []):
        path = folder / CUES_FILE
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.lstrip().startswith("//"):
                    cue = json.loads(line)
                    kind = cue["label"] if cue["label"] in (CONTINUES, WHOLE) else "start"
                    found[kind].append(Cue(re.compile(cue["regex"], re.MULTILINE), tuple(cue.get("needs", ()))))
    headings = heading_cue(rules_dir) if rules_dir else None
    found["start"] += [headings] if headings else []
    return Cues(tuple(found["start"]), tuple(found[CONTINUES]), tuple(found[WHOLE]))


def page_texts(data: bytes) -> list[str] | None:
    """Each page's text as PDFium reads it, or None when PDFium cannot open the file (pdfplumber
    then reads it whole and says what is wrong)."""
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return None
    try:
        return [text_of(pdf[i]) for i in range(len(pdf))]
    finally:
        pdf.close()


def text_of(page: pypdfium2.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        return page_text(textpage)
    finally:
        textpage.close()
        page.close()


def pages_to_read(texts: Sequence[str], cues: Cues) -> tuple[int, ...]:
    """Page numbers (from 1): the first page with text, each cue page and the page after it, and
    on from there while a following page has a "continues" cue. A cue only in the top half of
    the first page (a title naming the recommendations) brings in the next page only if that
    page has a "continues" cue too."""
    first = next((i for i, text in enumerate(texts) if text.strip()), 0)
    chosen = {first}
    follow: bool | None = None  # the next page: True read it, False if it continues, None not
    for i, text in enumerate(texts):
        lower = text.lower()
        if cues.start(text, lower):
            chosen.add(i)
            follow = i != first or cues.late_start(text, lower)
        elif follow is not None:
            goes_on = cues.continues_on(text, lower)
            if follow or goes_on:
                chosen.add(i)
            follow = True if goes_on else None
    return tuple(i + 1 for i in sorted(chosen))


def triage(data: bytes, settings: Settings, texts: list[str] | None = None) -> Triage | None:
    """The pages to read, or None to read them all (triage off, a short document, or a file
    PDFium cannot open). `texts`: the pages' texts, when already read from `data`."""
    if not settings.triage:
        return None
    texts = page_texts(data) if texts is None else texts
    if texts is None or len(texts) < settings.triage_min_pages:
        return None
    cues = load_cues(settings.rules_dir)
    if cues.read_whole(texts, settings.reading.opening_pages):
        return None
    return Triage(len(texts), pages_to_read(texts, cues))
