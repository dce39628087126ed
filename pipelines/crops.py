"""Pictures of where each recommendation was printed: its regions on each page, cut from the
page as PDFium renders it (the review page shows them beside the extracted fields)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pypdfium2

from extract.model import BBox, Document, Recommendation
from extract.orientation import render_turn

#: pixels per PDF point (108 dpi): small type stays legible
SCALE = 1.5
#: points of margin around a region
MARGIN = 4.0


def page_boxes(rec: Recommendation) -> dict[int, BBox]:
    """The box around the recommendation's regions on each of its pages."""
    found: dict[int, list[BBox]] = defaultdict(list)
    for region in rec.regions:
        found[region.page].append(region.bbox)
    return {page: BBox.around(boxes) for page, boxes in sorted(found.items())}


def crop_name(rec: Recommendation, page: int) -> str:
    """A file name from the record's id (never from what the document says)."""
    return f"{rec.recommendation_id}-p{page}.png"


def write_crops(doc: Document, pdf_path: Path, folder: Path) -> dict[str, list[str]]:
    """Each recommendation's crops written to `folder`: file names by recommendation id. A PDF
    that cannot be rendered gives no crops (the review page then shows the fields alone)."""
    out: dict[str, list[str]] = {rec.recommendation_id: [] for rec in doc.recommendations}
    try:
        pdf = pypdfium2.PdfDocument(pdf_path)
    except (pypdfium2.PdfiumError, OSError):
        return out
    try:
        for rec, page, box, image in crops(doc, pdf):
            name = crop_name(rec, page)
            image.save(folder / name, optimize=False)
            out[rec.recommendation_id].append(name)
    finally:
        pdf.close()
    return out


def crops(doc: Document, pdf: pypdfium2.PdfDocument) -> Iterator[tuple[Recommendation, int, BBox, object]]:
    """(recommendation, page, box, picture) for each page of each recommendation, each page
    rendered once."""
    wanted: dict[int, list[tuple[Recommendation, BBox]]] = defaultdict(list)
    for rec in doc.recommendations:
        for page, box in page_boxes(rec).items():
            wanted[page].append((rec, box))
    for page in sorted(wanted):
        if not 1 <= page <= len(pdf):
            continue
        shown = pdf[page - 1]  # turned as the text was read (extract.orientation)
        picture = shown.render(scale=SCALE, rotation=render_turn(shown)).to_pil()
        for rec, box in wanted[page]:
            area = (max(0, (box.x0 - MARGIN) * SCALE), max(0, (box.top - MARGIN) * SCALE),
                    min(picture.width, (box.x1 + MARGIN) * SCALE), min(picture.height, (box.bottom + MARGIN) * SCALE))
            yield rec, page, box, picture.crop(tuple(int(v) for v in area))
