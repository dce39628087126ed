"""Pictures of where each recommendation was printed: its regions on each page, as PDFium
renders them (the review page shows them beside the extracted fields).

Only the region is rendered (`PdfPage.render(crop=...)`), at a scale that keeps its longest side
within `MAX_SIDE` pixels, so a picture costs the same on a page of any size. A page whose box
cannot be drawn (no size, inverted, the region outside it) gives no picture and a one-line
reason: a picture is for a person, the rows stand without it.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pypdfium2
from PIL import Image

from extract.model import BBox, Document, Recommendation
from extract.read.orientation import render_turn
from pipelines.batch.worker import one_line

#: pixels per PDF point (108 dpi): small type stays legible
SCALE = 1.5
#: points of margin around a region
MARGIN = 4.0
#: the longest side of a picture, in pixels (a larger region is drawn smaller)
MAX_SIDE = 2000


class NoPicture(Exception):
    """Why a region cannot be drawn (one line)."""


@dataclass(frozen=True)
class Drawn:
    """A document's pictures: file names by recommendation id; why some are missing ("" if none)."""

    pictures: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    reason: str = ""


def page_boxes(rec: Recommendation) -> dict[int, BBox]:
    """The box around the recommendation's regions on each of its pages."""
    found: dict[int, list[BBox]] = defaultdict(list)
    for region in rec.regions:
        found[region.page].append(region.bbox)
    return {page: BBox.around(boxes) for page, boxes in sorted(found.items())}


def crop_name(rec: Recommendation, page: int) -> str:
    """A file name from the record's id (never from what the document says)."""
    return f"{rec.recommendation_id}-p{page}.png"


def check_page(page: pypdfium2.PdfPage, turn: int) -> tuple[float, float]:
    """The page's width and height as drawn turned by `turn` degrees; `NoPicture` if its MediaBox
    has no size or is inverted."""
    left, bottom, right, top = page.get_mediabox()
    if right <= left or top <= bottom:
        raise NoPicture(f"its MediaBox [{left:g} {bottom:g} {right:g} {top:g}] is empty or inverted")
    width, height = page.get_size()
    return (height, width) if turn in (90, 270) else (width, height)


def render_box(page: pypdfium2.PdfPage, box: BBox, turn: int = 0) -> Image.Image:
    """The picture of `box` (top-left origin, points, on the page turned by `turn` degrees as its
    text was read: extract.read.orientation) and its margin, at most `MAX_SIDE` pixels a side."""
    width, height = check_page(page, turn)
    x0, top = max(0.0, box.x0 - MARGIN), max(0.0, box.top - MARGIN)
    x1, bottom = min(width, box.x1 + MARGIN), min(height, box.bottom + MARGIN)
    if x1 - x0 < 1 or bottom - top < 1:
        raise NoPicture(f"where it was printed lies outside the page ({width:g} x {height:g} pt)")
    scale = min(SCALE, MAX_SIDE / max(x1 - x0, bottom - top))
    # the crop applies to the bitmap, after the turn
    bitmap = page.render(scale=scale, rotation=turn, crop=(x0, height - bottom, width - x1, top))
    return cast(Image.Image, bitmap.to_pil())


def wanted_pages(doc: Document) -> dict[int, list[tuple[Recommendation, BBox]]]:
    wanted: dict[int, list[tuple[Recommendation, BBox]]] = defaultdict(list)
    for rec in doc.recommendations:
        for page, box in page_boxes(rec).items():
            wanted[page].append((rec, box))
    return wanted


def draw_page(pdf: pypdfium2.PdfDocument, number: int, wanted: list[tuple[Recommendation, BBox]],
              folder: Path, out: dict[str, list[str]]) -> None:
    """Each wanted region of page `number` written to `folder`, its name added to `out`."""
    if not 1 <= number <= len(pdf):
        raise NoPicture(f"the PDF has no page {number}")
    page = pdf[number - 1]
    try:
        turn = render_turn(page)
        for rec, box in wanted:
            name = crop_name(rec, number)
            part = folder / f"{name}.part"  # a worker stopped mid-write leaves no half picture
            render_box(page, box, turn).save(part, format="PNG", optimize=False)
            os.replace(part, folder / name)
            out[rec.recommendation_id].append(name)
    finally:
        page.close()


def write_crops(doc: Document, pdf_path: Path, folder: Path) -> Drawn:
    """Each recommendation's pictures written to `folder`. A page that cannot be drawn is
    skipped and its reason kept (the first such), the others are still drawn."""
    out: dict[str, list[str]] = {rec.recommendation_id: [] for rec in doc.recommendations}
    try:
        pdf = pypdfium2.PdfDocument(pdf_path)
    except (pypdfium2.PdfiumError, OSError) as error:
        return Drawn({}, f"PDFium cannot open it: {one_line(error)}")
    reasons: list[str] = []
    try:
        for number, wanted in sorted(wanted_pages(doc).items()):
            try:
                draw_page(pdf, number, wanted, folder, out)
            except NoPicture as error:
                reasons.append(f"page {number}: {error}")
            except Exception as error:  # a picture is for a person: never the document's rows
                reasons.append(f"page {number}: {one_line(error)}")
    finally:
        pdf.close()
    return Drawn({rec: tuple(names) for rec, names in out.items()}, reasons[0] if reasons else "")
