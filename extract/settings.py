"""Extraction settings: named defaults, validated once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """Tunable thresholds of the extraction steps (all lengths in PDF points)."""

    #: height of the top and bottom page bands searched for running headers and footers,
    #: as a fraction of the page height
    furniture_band: float = 0.1
    #: a text line repeated in those bands on at least this share of pages is furniture
    furniture_min_share: float = 0.5
    #: extra vertical gap, as a fraction of the font size, that starts a new paragraph
    paragraph_gap: float = 0.4
    #: rows whose confidence is below this are listed for checking
    low_confidence: float = 0.75
    #: read in full only the pages the fast triage picks (extract/read/triage.py)
    triage: bool = True
    #: documents with fewer pages than this are read whole (triage would save little)
    triage_min_pages: int = 8
    #: recognise the text of scanned PDFs with OCRmyPDF (extract/read/ocr.py)
    ocr: bool = False
    #: a folder of extra NAME.jsonl pattern files added to the built-in vocabularies
    rules_dir: Path | None = None

    def __post_init__(self) -> None:
        if not 0 < self.furniture_band < 0.5:
            raise ValueError(f"furniture_band must be in (0, 0.5), got {self.furniture_band}")
        if not 0 < self.furniture_min_share <= 1:
            raise ValueError(f"furniture_min_share must be in (0, 1], got {self.furniture_min_share}")
        if self.paragraph_gap <= 0:
            raise ValueError(f"paragraph_gap must be positive, got {self.paragraph_gap}")
        if self.triage_min_pages < 1:
            raise ValueError(f"triage_min_pages must be at least 1, got {self.triage_min_pages}")
        if not 0 <= self.low_confidence <= 1:
            raise ValueError(f"low_confidence must be in [0, 1], got {self.low_confidence}")
