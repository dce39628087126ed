"""Frozen record types: each built complete once, each carrying its provenance."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import reduce

from extract.values import DocumentStatus, Rag, Role, SourceKind, Status


def document_id(sha256: str) -> str:
    """A document's id in the feeds: the start of its PDF's SHA-256."""
    return sha256[:16]


@dataclass(frozen=True)
class PartialDate:
    """A calendar day as printed: its month and day, and its year where the text printed one
    ("25 November" has none until its document fixes it)."""

    month: int
    day: int
    year: int | None = None

    @classmethod
    def of(cls, value: date) -> PartialDate:
        return cls(value.month, value.day, value.year)

    def in_year(self, year: int) -> date | None:
        """This day in `year` (None for 29 February of a common year)."""
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None

    def whole(self) -> date | None:
        """The date, where its year was printed."""
        return self.in_year(self.year) if self.year is not None else None


@dataclass(frozen=True)
class BBox:
    """A rectangle on a page, in PDF points from the top-left corner (pdfplumber's convention)."""

    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: BBox) -> BBox:
        return BBox(min(self.x0, other.x0), min(self.top, other.top),
                    max(self.x1, other.x1), max(self.bottom, other.bottom))

    @staticmethod
    def around(boxes: Iterable[BBox]) -> BBox:
        """The smallest box holding all of `boxes` (at least one)."""
        return reduce(BBox.union, boxes)

    def contains_point(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom


@dataclass(frozen=True)
class Region:
    """Where something was printed: a 1-based page number and a box on it."""

    page: int
    bbox: BBox


def merge_regions(regions: Iterable[Region]) -> tuple[Region, ...]:
    """One region per page, covering all of `regions` on that page, in page order."""
    seen: dict[int, Region] = {}
    for region in regions:
        old = seen.get(region.page)
        seen[region.page] = region if old is None else Region(region.page, old.bbox.union(region.bbox))
    return tuple(seen[p] for p in sorted(seen))


@dataclass(frozen=True)
class Segment:
    """A word of a line, or a run of words with no wide gap inside (in a table without ruling
    lines, the part of a line that sits in one column)."""

    x0: float
    x1: float
    text: str


@dataclass(frozen=True)
class Line:
    """One line of text as printed, and its words with their positions."""

    text: str
    page: int
    bbox: BBox
    size: float
    bold: bool
    words: tuple[Segment, ...] = ()


@dataclass(frozen=True)
class Block:
    """A paragraph of running text (outside tables), its lines rejoined."""

    text: str
    page: int
    bbox: BBox
    size: float
    bold: bool
    bullet: bool


@dataclass(frozen=True)
class ScannedCell:
    """A ruled table's cell as the page scan finds it: its box, the lines printed inside it, and
    the RAG colour of its fill ("" if none); read into a CellPart once the page's line pitch is known."""

    box: BBox
    lines: tuple[Line, ...]
    fill: str = ""

    @property
    def has_text(self) -> bool:
        return bool(self.lines)


@dataclass(frozen=True)
class CellPart:
    """The part of one table cell printed on one page, as paragraphs."""

    paragraphs: tuple[str, ...]
    region: Region
    #: room left after the last line (points), and the width of the first line's first word:
    #: whether a paragraph cut by a page break carries on (None where not measured)
    room: float | None = None
    first_word: float | None = None
    #: the RAG colour of the cell's fill ("red", "amber", "green", "blue"), "" if none
    fill: str = ""
    #: the part's first line opens with a bullet: a new paragraph even after a page break
    opens_bullet: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class TableFragment:
    """A table as found on one page: rows of cells (a cell spanned by its neighbour is empty)."""

    page: int
    bbox: BBox
    rows: tuple[tuple[CellPart, ...], ...]


@dataclass(frozen=True)
class Page:
    """One page: its running text as blocks (running headers and footers removed), its tables,
    and the running header and footer lines themselves (a paper's meeting line can be one).
    `boxes` are ruled tables of one column (a boxed paragraph, a one-column list): their text
    stays in `blocks`, and a box is read as table rows only where it carries on a table from
    the page before or is headed as a list of recommendations (stitch.py)."""

    number: int
    width: float
    height: float
    blocks: tuple[Block, ...]
    tables: tuple[TableFragment, ...]
    furniture: tuple[str, ...] = ()
    boxes: tuple[TableFragment, ...] = ()


@dataclass(frozen=True)
class Column:
    """A table column and the role its header gives it (`recommendation`, `lead`, ...)."""

    header: str
    role: Role | None
    as_of: PartialDate | None = None


@dataclass(frozen=True)
class Row:
    """A logical table row: per column, its cell's parts in page order (several when the row
    broke across pages)."""

    cells: tuple[tuple[CellPart, ...], ...]

    @property
    def regions(self) -> tuple[Region, ...]:
        return merge_regions(part.region for parts in self.cells for part in parts)


@dataclass(frozen=True)
class RecommendationTable:
    """A recommendations table stitched together from its fragments on consecutive pages."""

    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    def index(self, role: str) -> int | None:
        for i, column in enumerate(self.columns):
            if column.role == role:
                return i
        return None


@dataclass(frozen=True)
class Action:
    """One action of a plan that lists several per recommendation, in the order of the actions feed."""

    recommendation_id: str
    document_id: str
    source_file: str
    number: int
    text: str
    lead: str
    target_date: date | None
    target_text: str
    rag: Rag
    progress: str
    status: Status
    page_start: int
    page_end: int


@dataclass(frozen=True)
class Recommendation:
    """One recommendation with its plan fields, in the order of the recommendations feed."""

    recommendation_id: str
    document_id: str
    source_file: str
    number: str
    text: str
    addressee: str
    lead: str
    progress: str
    status: Status
    status_evidence: str
    rag: Rag
    progress_as_of: date | None
    target_date: date | None
    target_text: str
    timescales: tuple[str, ...]
    agencies: tuple[str, ...]
    page_start: int
    page_end: int
    source: SourceKind
    confidence: float
    regions: tuple[Region, ...]
    actions: tuple[Action, ...] = ()
    lead_canonical: str = ""
    #: what a response answered (extract/fields/acceptance.py): accepted, accepted_in_part,
    #: accepted_in_principle, not_accepted, noted, or ""
    acceptance: str = ""


@dataclass(frozen=True)
class Finding:
    """A finding, issue or lesson a review lists outside its recommendations."""

    document_id: str
    source_file: str
    number: int
    text: str
    page: int


@dataclass(frozen=True)
class Metadata:
    """What the document says about itself."""

    title: str = ""
    committee: str = ""
    meeting_date: date | None = None
    author: str = ""
    review_type: str = ""
    subject: str = ""


@dataclass(frozen=True)
class Document:
    """One input PDF and everything read from it (or why it could not be read)."""

    document_id: str
    source_file: str
    sha256: str
    pages: int
    metadata: Metadata
    progress_as_of: date | None
    status: DocumentStatus
    error: str
    recommendations: tuple[Recommendation, ...]
    findings: tuple[Finding, ...]
    decision: str = ""
