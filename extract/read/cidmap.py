"""Characters pdfminer cannot name, named by PDFium.

A CID font without a ToUnicode map (Ghostscript's PDF/A output sets text in such TrueType fonts)
gives pdfminer no character for a glyph, only its number: pdfplumber's text is `(cid:83)(cid:101)`.
PDFium reads the same glyphs as letters (from the font's own tables). Where a page's characters
are such numbers, each one's character is the letter PDFium reads at the same place on the page;
the letters found for one glyph of one font vote, so that every use of the glyph on the page gets
its letter, the few PDFium places nothing at (a space) too. A page that is mostly glyphs neither
can name is an error that says so.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

import pypdfium2
import pypdfium2.raw as pdfium_c
from wordfreq import zipf_frequency

from extract.errors import ExtractError, GarbledText
from extract.settings import ReadingSettings

#: pdfminer's text for a glyph it cannot map to a character
CID = re.compile(r"\(cid:\d+\)")
#: device units per point when placing a character on the PDFium page (PDFium takes whole units)
SCALE = 10
#: how far (points) from a character's centre PDFium's character may lie
TOLERANCE = 1.0
#: a word, as extract.read.garbled counts them
WORD = re.compile(r"[^\W\d_]{2,}")

#: fonts named in the reason, and the characters of each name shown
SHOWN, NAME_LENGTH = 3, 40

Key = tuple[str, str]  # (font name, "(cid:N)")


class UnmappedFonts(GarbledText):
    """Text neither pdfminer nor PDFium can name (`--ocr` reads it as a garbled text layer)."""

    def __init__(self, fonts: list[str], page: int) -> None:
        named = ", ".join(fonts[:SHOWN]) + (f" and {len(fonts) - SHOWN} more" if len(fonts) > SHOWN else "")
        ExtractError.__init__(self, f"text is in fonts without a character map: {named} (page {page}): run with --ocr")


def key_of(char: dict[str, Any]) -> Key:
    return char.get("fontname", ""), char["text"]


def is_cid(char: dict[str, Any]) -> bool:
    return char["text"].startswith("(cid:") and CID.fullmatch(char["text"]) is not None


class PdfiumPage:
    """One page as PDFium reads it: the character at a place given as pdfplumber gives it (points
    from the top left corner of the page as displayed, turned by its `/Rotate`)."""

    def __init__(self, page: pypdfium2.PdfPage) -> None:
        self.page, self.text = page, page.get_textpage()
        width, height = page.get_size()
        self.size = round(width * SCALE), round(height * SCALE)

    def index_at(self, char: dict[str, Any]) -> int:
        """The index of PDFium's character printed at `char`'s place: near the middle of its box
        across, anywhere in it up and down (a full stop is inked at the foot of its box)."""
        x, top, reach = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2, (char["bottom"] - char["top"]) / 2
        px, py = ctypes.c_double(), ctypes.c_double()
        if not pdfium_c.FPDF_DeviceToPage(self.page.raw, 0, 0, *self.size, 0, round(x * SCALE), round(top * SCALE), px, py):
            return -1
        across, down = (TOLERANCE, reach) if char.get("upright", True) else (reach, TOLERANCE)
        return cast(int, pdfium_c.FPDFText_GetCharIndexAtPos(self.text.raw, px.value, py.value, across, down))

    def char(self, index: int) -> str:
        """PDFium's character at `index` ("" if there is none, or it is no letter, sign or space)."""
        if not 0 <= index < self.text.count_chars():
            return ""
        found = chr(pdfium_c.FPDFText_GetUnicode(self.text.raw, index))
        return found if found.isprintable() and found != "\ufffd" else ""

    def close(self) -> None:
        self.text.close()
        self.page.close()


class PdfiumReader:
    """PDFium's reading of the bytes pdfplumber reads, opened only when a page needs it."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf: pypdfium2.PdfDocument | None = None

    @contextmanager
    def page(self, number: int) -> Iterator[PdfiumPage | None]:
        """Page `number` (from 1), or None when PDFium cannot open the file or has no such page."""
        try:
            if self.pdf is None:
                self.pdf = pypdfium2.PdfDocument(self.data)
            pdf = self.pdf
            found = PdfiumPage(pdf[number - 1]) if 1 <= number <= len(pdf) else None
        except (pypdfium2.PdfiumError, IndexError):
            found = None
        try:
            yield found
        finally:
            if found is not None:
                found.close()

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def votes_of(chars: list[dict[str, Any]], page: PdfiumPage) -> dict[Key, Counter[str]]:
    """For each glyph of each font, the characters PDFium reads where it is printed. A glyph
    with nothing under it (a space has no ink) takes PDFium's character after the one before
    it, when that is a space."""
    votes: dict[Key, Counter[str]] = defaultdict(Counter)
    previous = -1
    for char in chars:
        index = page.index_at(char)
        found = page.char(index)
        if index < 0 and previous >= 0 and page.char(previous + 1).isspace():
            index, found = previous + 1, " "
        if found:
            votes[key_of(char)][found] += 1
        previous = index
    return votes


def name_cids(chars: list[dict[str, Any]], page_number: int, reader: PdfiumReader, reading: ReadingSettings) -> None:
    """Give the page's unnamed glyphs (pdfplumber's characters, changed in place) the characters
    PDFium reads for them; raise UnmappedFonts when most of the page stays unnamed."""
    if not any(char["text"].startswith("(cid:") for char in chars):
        return
    glyphs = [char for char in chars if is_cid(char)]
    with reader.page(page_number) as page:
        votes = votes_of(glyphs, page) if page is not None else {}
    named = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    if not reads_as_words("".join(named.get(key_of(char), " ") for char in glyphs), reading):
        named = {}  # PDFium read the glyphs' numbers as characters, not the characters
    unnamed = []
    for char in glyphs:
        if key_of(char) in named:
            char["text"] = named[key_of(char)]
        else:
            unnamed.append(char)
    if len(unnamed) >= reading.min_unmapped and 2 * len(unnamed) > len(chars):
        raise UnmappedFonts(sorted({font_name(c) for c in unnamed}), page_number)


def reads_as_words(text: str, reading: ReadingSettings) -> bool:
    """Is PDFium's reading words (as extract.read.garbled judges a page)? PDFium reads a glyph it
    has no character for as the character numbered like it, which is right where the font
    numbers its glyphs so (Ghostscript's do) and junk elsewhere."""
    words = WORD.findall(text)[:2000]
    if len(text.strip()) < reading.min_text_chars:
        return True
    return sum(zipf_frequency(word.lower(), "en") > 1.0 for word in words) >= reading.min_known_share * max(1, len(words))


def font_name(char: dict[str, Any]) -> str:
    """The font's name as the PDF gives it, without a subset's tag ("ABCDEF+Calibri" ->
    "Calibri"), in printable characters and cut short (it goes into a one-line reason)."""
    name = str(char.get("fontname", ""))
    name = name.split("+", 1)[1] if re.match(r"[A-Z]{6}\+", name) else name
    name = "".join(c for c in name if c.isprintable() and c.isascii())[:NAME_LENGTH]
    return name or "unnamed font"
