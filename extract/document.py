"""The whole chain, strung together in one place:

    bytes -> upright -> triage -> open_pdf -> read_pages -> stitch_tables -> read_recommendations
                                    -> prose_items    -/
                                    -> read_metadata, listed_findings

(A scanned PDF, with `--ocr`: bytes -> ocr.with_text_layer -> the same chain.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import cache

from extract.context import Context
from extract.errors import BlankPDF, DamagedPDF, ExtractError, GarbledText, NoTextLayer
from extract.fields.dates import Years, printed_years, progress_year, stated_as_of
from extract.fields.metadata import read_metadata
from extract.model import Document, Finding, Page, PartialDate, RecommendationTable, document_id
from extract.prose.answers import answered_items, answered_tables
from extract.prose.decision import read_decision
from extract.prose.findings import listed_findings
from extract.prose.nested import quoted_boxes
from extract.prose.sections import ProseItem, prose_items
from extract.read.cidmap import PdfiumReader
from extract.read.garbled import is_garbled
from extract.read.ocr import with_text_layer
from extract.read.orientation import upright, upright_with_texts
from extract.read.pages import PageScan, read_pages
from extract.read.pdf import as_extract_error, open_pdf, repaired, sha256_hex
from extract.read.triage import Triage, triage
from extract.recommendations import read_recommendations
from extract.settings import Settings
from extract.tables.rows import Source
from extract.tables.stitch import merged_printings, stitch_tables, without_summaries
from extract.values import DocumentStatus

Scanned = dict[bytes, dict[int, PageScan]]  # the pages of a PDF scanned so far, by its bytes and page number


def parse_pages(data: bytes, ctx: Context, only: Triage | None, scanned: dict[int, PageScan]) -> tuple[Page, ...]:
    """The pages of a PDF (those triage chose, if it did); a PDF with text on none of them is
    scanned (it has pictures) or blank. Pages in `scanned` are not scanned again."""
    reader = PdfiumReader(data)  # names the glyphs pdfminer cannot (opened only if some page needs it)
    try:
        with open_pdf(data, only.read if only else None) as pdf:
            pages = read_pages(pdf, ctx, scanned, reader)
            if not pages:
                raise DamagedPDF("no page could be read")
            if not any(page.blocks or page.tables for page in pages):
                raise NoTextLayer() if any(page.images for page in pdf.pages) else BlankPDF(only.pages if only else len(pages))
            if is_garbled(pages, ctx.settings.reading):
                raise GarbledText()
    except ExtractError:
        raise
    except Exception as error:  # pdfminer raises assorted types deep inside broken files
        raise as_extract_error(error) from error
    finally:
        reader.close()
    return pages


def load_pages(data: bytes, ctx: Context, only: Triage | None = None,
               scanned: Scanned | None = None) -> tuple[Page, ...]:
    """The pages of a PDF, or a named ExtractError saying why they cannot be read. A damaged
    file (a broken cross-reference table, say) is read again as PDFium repairs it. `scanned`
    keeps the pages' scans for a later call that reads more of the same PDF."""
    memo: Scanned = {} if scanned is None else scanned
    try:
        return parse_pages(data, ctx, only, memo.setdefault(data, {}))
    except DamagedPDF:
        fixed = repaired(data)
        if fixed is None:
            raise
        return parse_pages(fixed, ctx, only, memo.setdefault(fixed, {}))


def running_on(pages: tuple[Page, ...], chosen: Triage, ctx: Context) -> set[int]:
    """Pages triage left out that a plan table runs on to: the page after one a table's last
    row reaches the foot of (nothing printed below it)."""
    by_number = {page.number: page for page in pages}
    found = set()
    for table in stitch_tables(pages, ctx):
        end = table.rows[-1].regions[-1] if table.rows and table.rows[-1].regions else None
        if end is None or end.page + 1 > chosen.pages or end.page + 1 in chosen.read:
            continue
        if not any(b.bbox.top >= end.bbox.bottom - 1 for b in by_number[end.page].blocks):
            found.add(end.page + 1)
    return found


def followed(data: bytes, ctx: Context, chosen: Triage | None) -> tuple[Page, ...]:
    """The pages triage chose, with every page a plan table runs on to read as well (triage
    finds a table's first page by its words; the pages it carries on over may have none of its
    cues). A page is scanned once, however many times the table grows."""
    scanned: Scanned = {}
    pages = load_pages(data, ctx, chosen, scanned)
    while chosen is not None and (more := running_on(pages, chosen, ctx)):
        chosen = Triage(chosen.pages, tuple(sorted({*chosen.read, *more})))
        pages = load_pages(data, ctx, chosen, scanned)
    return pages


def stated_before(pages: tuple[Page, ...], tables: list[RecommendationTable], ctx: Context) -> date | None:
    """The date the text says progress is reported at ("as at 15 September 2024"), read up to
    the page the plan starts on (a date in the narrative after it is about something else)."""
    first = min((r.page for t in tables for row in t.rows[:1] for r in row.regions[:1]), default=None)
    before = [p for p in pages if first is None or p.number <= first]
    return next(filter(None, (stated_as_of(b.text, ctx) for p in before for b in p.blocks)), None)


def page_texts(pages: tuple[Page, ...]) -> Iterator[str]:
    """Everything a document prints: running headers and footers, paragraphs and table cells."""
    for page in pages:
        yield from page.furniture
        yield from (block.text for block in page.blocks)
        yield from (cell.text for table in page.tables for row in table.rows for cell in row)


def with_years(table: RecommendationTable, anchor: date | None, years: Years, lead_days: int) -> RecommendationTable:
    """The table with a column heading's date printed without its year ("Progress at 25
    November") in the year the document fixes (dates.progress_year); where it fixes none the
    heading's date stays yearless, and the progress under it is of no known date (rows.as_of)."""
    return replace(table, columns=tuple(replace(c, as_of=completed(c.as_of, anchor, years, lead_days))
                                        for c in table.columns))


def completed(day: PartialDate | None, anchor: date | None, years: Years, lead_days: int) -> PartialDate | None:
    """A heading's date with the year the document fixes, else as printed."""
    found = progress_year(day, anchor, years, lead_days)
    return PartialDate.of(found) if found else day


def outside_cells(pages: tuple[Page, ...], tables: list[RecommendationTable]) -> tuple[Page, ...]:
    """The pages without the running text a table read as its cells (a boxed list carrying on
    a table from the page before): it is not prose as well."""
    cells = [part.region for table in tables for row in table.rows for cell in row.cells for part in cell]
    boxes = {page.number: [r.bbox for r in cells if r.page == page.number] for page in pages}
    return tuple(replace(page, blocks=tuple(b for b in page.blocks if not any(
        box.contains_point((b.bbox.x0 + b.bbox.x1) / 2, (b.bbox.top + b.bbox.bottom) / 2)
        for box in boxes[page.number]))) if boxes[page.number] else page for page in pages)


def running_items(pages: tuple[Page, ...], ctx: Context) -> list[ProseItem]:
    """The recommendations printed as running text: those a response answers one by one
    (answers.py), and the items of recommendations sections the answers do not already hold."""
    answered = quoted_boxes(pages, ctx) or answered_items(pages, ctx)
    taken = frozenset().union(*(item.blocks for item in answered))
    return answered + [item for item in prose_items(pages, ctx) if not item.blocks & taken]


def read_pdf(pages: tuple[Page, ...], source: Source, sha256: str, ctx: Context,
             page_count: int | None = None) -> Document:
    """The Document of a PDF's pages (`page_count`: the whole PDF's, when only some were read)."""
    years = cache(lambda: printed_years(page_texts(pages), ctx))  # read once, and only if a date lacks its year
    metadata = read_metadata(pages, ctx, years)
    tables = merged_printings(without_summaries(stitch_tables(pages, ctx)))
    stated = stated_before(pages, tables, ctx)
    anchor, lead_days = stated or metadata.meeting_date, ctx.settings.fields.progress_lead_days
    tables = answered_tables([with_years(table, anchor, years, lead_days) for table in tables], pages, ctx)
    recommendations = read_recommendations(tables, running_items(outside_cells(pages, tables), ctx),
                                           source, ctx, stated)
    as_of = next((r.progress_as_of for r in recommendations if r.progress_as_of), stated)
    findings = tuple(Finding(source.document_id, source.source_file, i, block.text, block.page)
                     for i, block in enumerate(listed_findings(pages, ctx), 1))
    return Document(document_id=source.document_id, source_file=source.source_file, sha256=sha256,
                    pages=page_count or len(pages), metadata=metadata, progress_as_of=as_of,
                    status=DocumentStatus.OK if recommendations else DocumentStatus.NO_RECOMMENDATIONS, error="",
                    recommendations=recommendations, findings=findings, decision=read_decision(pages, ctx))


def read_document(data: bytes, source_file: str, settings: Settings = Settings()) -> Document:
    """Everything actionplan reads from one PDF's bytes.

    Raises a named ExtractError (its message is the one-line reason) when the PDF cannot be read.
    """
    sha256 = sha256_hex(data)  # the document is the file as published, OCR or not
    ctx = Context.of(settings)
    try:
        data, texts = upright_with_texts(data, settings.triage)  # pages turned so their text is upright
        chosen = triage(data, settings, texts)
        pages = followed(data, ctx, chosen)
    except (NoTextLayer, GarbledText) as error:
        if not settings.ocr:
            raise
        data = upright(with_text_layer(data, settings.ocr_timeout, force=isinstance(error, GarbledText)))
        chosen = triage(data, settings)
        pages = followed(data, ctx, chosen)
    return read_pdf(pages, Source(document_id(sha256), source_file), sha256, ctx, chosen.pages if chosen else None)
