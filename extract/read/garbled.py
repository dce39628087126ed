"""Is a PDF's text readable? A font with no character map (a Type 3 font, a subset without
ToUnicode) gives text that extracts as letters and signs, not words. wordfreq, which already
decides line-end hyphens, says how many of the words are English words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from wordfreq import zipf_frequency

from extract.model import Page
from extract.settings import ReadingSettings

_WORD = re.compile(r"[^\W\d_]{2,}")


def page_text(page: Page) -> str:
    cells = (" ".join(part.paragraphs) for table in page.tables for row in table.rows for part in row)
    return " ".join([*(block.text for block in page.blocks), *cells])


def is_garbled(pages: Sequence[Page], reading: ReadingSettings) -> bool:
    """Text enough to judge, of which under `min_known_share` of the words are words."""
    text = " ".join(page_text(page) for page in pages)
    if len(text.strip()) < reading.min_text_chars:
        return False
    words = _WORD.findall(text)
    known = sum(zipf_frequency(word.lower(), "en") > 1.0 for word in words[:2000])
    return not words or known < reading.min_known_share * min(len(words), 2000)
