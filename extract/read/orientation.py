"""Step 0: pages turned so that their text reads upright.

A page's `/Rotate` tells a viewer how to turn it, and pdfminer reads the page turned so. A page
turned in a viewer and saved (the text set upright on the page, `/Rotate 90` added) then reads
sideways, and its text as junk; so does a landscape table set sideways on an upright page. PDFium
gives each character's angle on the page: where most of a page's text is at an angle to the page
as displayed, the page is read at the `/Rotate` that sets it upright. A document whose pages all
read upright is read as it stands (the same bytes); otherwise as PDFium saves it with those pages'
`/Rotate` changed, and nothing else. The review crops render each page turned the same way
(`render_turn`), so the boxes read from the turned pages fall on the same text.
"""

from __future__ import annotations

import io
import math
from collections import Counter

import pypdfium2
import pypdfium2.raw as pdfium_c

#: characters sampled on a page (evenly through its text) to find the way its text runs
SAMPLE = 48


def text_rotation(page: pypdfium2.PdfPage) -> int | None:
    """The `/Rotate` (degrees clockwise) at which most of the page's text reads upright, or None
    for a page without text."""
    textpage = page.get_textpage()
    try:
        return rotation_of(textpage)
    finally:
        textpage.close()


def rotation_of(textpage: pypdfium2.PdfTextPage) -> int | None:
    """`text_rotation` of a page's text. PDFium gives a character's angle on the unturned page
    anticlockwise; the page is turned clockwise by as much."""
    count = textpage.count_chars()
    votes: Counter[int] = Counter()
    for i in range(0, count, max(1, count // SAMPLE)):
        if pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1 or chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)).isspace():
            continue
        angle = pdfium_c.FPDFText_GetCharAngle(textpage.raw, i)
        if angle >= 0:
            votes[-round(math.degrees(angle) / 90) % 4 * 90] += 1
    return votes.most_common(1)[0][0] if votes else None


def render_turn(page: pypdfium2.PdfPage) -> int:
    """How far (degrees clockwise) to turn the page as displayed for its text to read upright: 0,
    90, 180 or 270 (PDFium's `render(rotation=...)`)."""
    wanted = text_rotation(page)
    return 0 if wanted is None else (wanted - page.get_rotation()) % 360


def survey(pdf: pypdfium2.PdfDocument, texts: list[str] | None) -> dict[int, int]:
    """Page index -> the `/Rotate` to read it at, for the pages whose text is not upright; each
    page's text (as triage reads it) added to `texts` on the way, when it is a list."""
    found = {}
    for i in range(len(pdf)):
        page = pdf[i]
        textpage = page.get_textpage()
        try:
            wanted = rotation_of(textpage)
            if wanted is not None and wanted != page.get_rotation():
                found[i] = wanted
            if texts is not None:
                texts.append(page_text(textpage))
        finally:
            textpage.close()
            page.close()
    return found


def page_text(textpage: pypdfium2.PdfTextPage) -> str:
    return str(textpage.get_text_range()).replace("\r\n", "\n")


def upright(data: bytes) -> bytes:
    """The PDF with each page's text upright: `data` itself when it already is (or PDFium cannot
    open it: pdfplumber then says what is wrong), else PDFium's save of it with the `/Rotate` of
    the turned pages changed."""
    return upright_with_texts(data, False)[0]


def upright_with_texts(data: bytes, with_texts: bool) -> tuple[bytes, list[str] | None]:
    """`upright(data)`, and (when `with_texts`) each page's text as PDFium reads it from the
    bytes returned, read in the same pass when they are `data` (None when not known)."""
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return data, None
    texts: list[str] | None = [] if with_texts else None
    try:
        turns = survey(pdf, texts)
        return (data, texts) if not turns else (turned(pdf, turns), None)
    except pypdfium2.PdfiumError:
        return data, None
    finally:
        pdf.close()


def turned(pdf: pypdfium2.PdfDocument, turns: dict[int, int]) -> bytes:
    """PDFium's save of `pdf` with the `/Rotate` of the pages of `turns` changed."""
    for i, rotation in turns.items():
        page = pdf[i]
        page.set_rotation(rotation)
        page.close()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()
