"""`actionplan inspect FILE.pdf [-o DIR]`: a PNG of each page with what the extractor saw drawn
on it, in the manner of pdfplumber's visual debugging (`Page.to_image`):

- blue: table fragments, light blue: their cells, purple: a header row that names a plan's
  columns (the header matched);
- green: the recommendation tables' rows, a red line where a row broken by the page goes on;
- grey: paragraphs of running text;
- orange: the top and bottom bands searched for running headers and footers, struck through
  where a line there was set aside as one.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pdfplumber
from pdfplumber.display import PageImage

from extract.context import Context
from extract.document import load_pages
from extract.model import BBox, Page, RecommendationTable
from extract.read.orientation import upright
from extract.settings import Settings
from extract.tables.column_roles import is_plan_header, read_header
from extract.tables.stitch import stitch_tables

RESOLUTION = 100


def box(b: BBox) -> tuple[float, float, float, float]:
    return (b.x0, b.top, b.x1, b.bottom)


def continuations(tables: Sequence[RecommendationTable]) -> dict[int, list[BBox]]:
    """Per page, the boxes where a row broken by the previous page goes on."""
    found: dict[int, list[BBox]] = {}
    for table in tables:
        for row in table.rows:
            for region in row.regions[1:]:
                found.setdefault(region.page, []).append(region.bbox)
    return found


def draw_page(image: PageImage, page: Page, tables: Sequence[RecommendationTable], going_on: list[BBox],
              band: float, ctx: Context) -> None:
    # the ignores: fill=None draws an outline only (PIL takes None), which pdfplumber's annotation of fill leaves out
    for fragment in page.tables:
        image.draw_rect(box(fragment.bbox), fill=None, stroke="#1a73e8", stroke_width=3)  # type: ignore[arg-type]
        if fragment.rows and is_plan_header(read_header(fragment.rows[0], ctx)):
            header = BBox.around(cell.region.bbox for cell in fragment.rows[0])
            image.draw_rect(box(header), fill=(161, 66, 244, 40), stroke="#a142f4", stroke_width=3)
        for row in fragment.rows:
            for cell in row:
                image.draw_rect(box(cell.region.bbox), fill=None, stroke="#8ab4f8", stroke_width=1)  # type: ignore[arg-type]
    for table in tables:
        for table_row in table.rows:
            for region in table_row.regions:
                if region.page == page.number:
                    image.draw_rect(box(region.bbox), fill=(52, 168, 83, 30), stroke="#34a853", stroke_width=1)
    for block in page.blocks:
        image.draw_rect(box(block.bbox), fill=None, stroke="#9aa0a6", stroke_width=1)  # type: ignore[arg-type]
    for b in going_on:
        image.draw_line([(b.x0, b.top), (b.x1, b.top)], stroke="#d93025", stroke_width=4)
    for y in (page.height * band, page.height * (1 - band)):
        image.draw_hline(y, stroke="#f29900", stroke_width=2)


def inspect_pdf(pdf: Path, outdir: Path, settings: Settings = Settings()) -> list[Path]:
    """One PNG per page of `pdf` in `outdir`, every page read (no triage)."""
    full = replace(settings, triage=False)
    ctx = Context.of(full)
    data = upright(pdf.read_bytes())  # pages turned as `run` reads them
    pages = load_pages(data, ctx)
    tables = stitch_tables(pages, ctx)
    going_on = continuations(tables)
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    with pdfplumber.open(io.BytesIO(data)) as document:
        for plumbed, page in zip(document.pages, pages):
            image = plumbed.to_image(resolution=RESOLUTION)
            draw_page(image, page, tables, going_on.get(page.number, []), full.furniture_band, ctx)
            written.append(outdir / f"page-{page.number:03d}.png")
            image.save(written[-1])
    return written
