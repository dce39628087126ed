"""Extraction settings: named defaults, validated once."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path


def positive(group: object) -> None:
    """Every field of `group` is above zero, or a ValueError names the first that is not."""
    for f in fields(group):  # type: ignore[arg-type]
        value = getattr(group, f.name)
        if not value > 0:
            raise ValueError(f"{type(group).__name__}.{f.name} must be positive, got {value}")


@dataclass(frozen=True)
class ReadingSettings:
    """How a page's text is read (extract/read/): lengths in points unless said otherwise."""

    #: a filled rectangle thinner than this is a rule; a wider one is cell shading
    rule_width: float = 2.0
    #: column rules at least this tall that start or stop at one height, with no rule across
    #: them, close an open-topped (or open-bottomed) table there
    column_rule: float = 20.0
    #: a page's text is split into two columns at a gutter between these shares of its width,
    #: tried every gutter_step points
    gutter_from: float = 0.35
    gutter_to: float = 0.65
    gutter_step: float = 4.0
    #: ... where a run of lines has at least this many lines on each side
    min_side_lines: int = 4
    #: ... and a line with words on both sides leaves a gap of at least this many ems there
    gutter_em: float = 0.9
    #: a footnote mark is set at most this share of the letter before it in size
    mark_scale: float = 0.8
    #: ... and its foot at least this share of that letter's size above the letter's foot
    mark_raise: float = 0.2
    #: a document's text is garbled when under this share (0 to 1) of its words are words
    min_known_share: float = 0.3
    #: ... judged only on at least this many characters of text
    min_text_chars: int = 40
    #: a triage cue that has the whole document read counts on this many opening pages
    opening_pages: int = 2
    #: a page with at least this many glyphs no font names, over half its characters, is an error
    min_unmapped: int = 20

    def __post_init__(self) -> None:
        positive(self)
        if not self.gutter_from < self.gutter_to < 1:
            raise ValueError(f"ReadingSettings.gutter_from and gutter_to must rise within (0, 1), "
                             f"got {self.gutter_from} and {self.gutter_to}")
        for name in ("mark_scale", "min_known_share"):
            if getattr(self, name) > 1:
                raise ValueError(f"ReadingSettings.{name} must be at most 1, got {getattr(self, name)}")


@dataclass(frozen=True)
class TableSettings:
    """How plan tables are found and read (extract/tables/), like pdfplumber's TableSettings:
    lengths in ems of the line's font size, counts in words, lines or rows."""

    #: a column heading runs to at most this many tokens; a longer cell is text (column_roles)
    max_heading_tokens: int = 12
    #: a gap wider than this many ems between two words of a header line separates columns
    column_gap_em: float = 0.9
    #: up to this many wrapped header lines read as one header row of an unruled table
    max_header_lines: int = 3
    #: wrapped lines of one header cell are at most this many ems apart, top to top
    wrap_step_em: float = 1.35
    #: a line across an unruled table of at most this many words heads a group of its rows
    max_group_heading_words: int = 8
    #: rows above a plan's header row that may be the table's title
    title_rows: int = 2
    #: a column whose values all run to at most this many characters holds codes ("R1", "A")
    max_code_chars: int = 9
    #: a theme row's title ("Early help") runs to about this many words (two more are allowed)
    theme_words: int = 6
    #: a one-column table of at least this many one-line rows is read as text set line by line
    line_rows: int = 3
    #: a cell fill less saturated than this (0 to 1) is no RAG rating
    min_rag_saturation: float = 0.35

    def __post_init__(self) -> None:
        positive(self)
        if self.min_rag_saturation >= 1:
            raise ValueError(f"TableSettings.min_rag_saturation must be below 1, got {self.min_rag_saturation}")


@dataclass(frozen=True)
class ProseSettings:
    """How recommendations printed as paragraphs are found (extract/prose/): sizes and
    distances in points, counts in words (tokens) or blocks."""

    #: a heading is short; a longer paragraph that starts "Recommendations ..." is text
    max_heading_tokens: int = 10
    #: a section heading starts with its phrase, so it may run longer ("What needs to improve in
    #: this area of social work practice")
    max_section_tokens: int = 16
    #: a line set this much larger than the body text is a heading of up to max_large_heading_tokens
    larger: float = 1.5
    max_large_heading_tokens: int = 30
    #: text set this much smaller than a list's items is a running header or a footnote
    smaller: float = 1.5
    #: how far right a block must start to be a sub-bullet or a paragraph of the item above
    indent: float = 6.0
    #: a heading line between numbered items may run to this many words where the numbering
    #: goes on after it ("Closer working between schools and health services in the area")
    theme_line_words: int = 12
    #: the decision phrase opens its paragraph within this many tokens ("The Cabinet is ...")
    decision_start: int = 2
    #: a bold quotation (a recommendation quoted in a response) runs to at least this many words
    min_quote_words: int = 8
    #: a response names itself one within this many blocks of its start
    opening_blocks: int = 40
    #: a title of a group of listed items is short ("Duty of candour")
    max_title_words: int = 14
    #: how far left of an item a paragraph may start and still be set at it
    align: float = 2.0
    #: how far in from the text margin a quoted box is set
    box_inset: float = 3.0
    #: the text margin is where at least this share (0 to 1) of body paragraphs start
    margin_share: float = 0.25
    #: a list of titled groups holds at least this many
    min_groups: int = 2

    def __post_init__(self) -> None:
        positive(self)
        if self.margin_share > 1:
            raise ValueError(f"ProseSettings.margin_share must be at most 1, got {self.margin_share}")


@dataclass(frozen=True)
class FieldSettings:
    """How a recommendation's fields are read (extract/fields/)."""

    #: a recommendation of fewer words is flagged (more likely a stray heading or part of a row)
    short_text_words: int = 5
    #: the meeting line is among this many blocks at the top of the first page
    meeting_blocks: int = 12
    #: a plan's progress is reported at most this many days (a quarter) before the date its
    #: document is as at (a progress date printed without its year)
    progress_lead_days: int = 92
    #: a response's acceptance is read from this many of its first sentences
    opening_sentences: int = 2

    def __post_init__(self) -> None:
        positive(self)


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
    #: seconds OCRmyPDF may take on one document (the batch's own --timeout applies as well)
    ocr_timeout: float = 600.0
    #: a folder of extra NAME.jsonl pattern files added to the built-in vocabularies
    rules_dir: Path | None = None
    #: how a page's text is read
    reading: ReadingSettings = field(default_factory=ReadingSettings)
    #: how plan tables are found and read
    tables: TableSettings = field(default_factory=TableSettings)
    #: how recommendations printed as paragraphs are found
    prose: ProseSettings = field(default_factory=ProseSettings)
    #: how a recommendation's fields are read
    fields: FieldSettings = field(default_factory=FieldSettings)

    def __post_init__(self) -> None:
        if not 0 < self.furniture_band < 0.5:
            raise ValueError(f"furniture_band must be in (0, 0.5), got {self.furniture_band}")
        if not 0 < self.furniture_min_share <= 1:
            raise ValueError(f"furniture_min_share must be in (0, 1], got {self.furniture_min_share}")
        if self.paragraph_gap <= 0:
            raise ValueError(f"paragraph_gap must be positive, got {self.paragraph_gap}")
        if self.triage_min_pages < 1:
            raise ValueError(f"triage_min_pages must be at least 1, got {self.triage_min_pages}")
        if self.ocr_timeout <= 0:
            raise ValueError(f"ocr_timeout must be positive, got {self.ocr_timeout}")
        if not 0 <= self.low_confidence <= 1:
            raise ValueError(f"low_confidence must be in [0, 1], got {self.low_confidence}")
