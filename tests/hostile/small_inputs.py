"""Hostile inputs of the small cases of issue 12: dates printed without a year, and a PDF that
makes pdfminer log ("Refusing to execute circular reference ..."). Built from reportlab and raw
bytes, reproducibly; `FILES` and `EXPECTED` as in build_inputs.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.pdfgen.canvas import Canvas

from tests.hostile.build_inputs import pdf_bytes, pdf_of

#: column left edges and the grid's x lines of the dated plan
COLUMNS = (72, 104, 264, 324, 454)
GRID_X = [68, 100, 260, 320, 450, 560]


def dated_plan(heading: str = "Progress at 25 November", target: str = "25 November",
               lines: Sequence[str] = ()) -> bytes:
    """A one-page plan whose progress column is headed `heading` and whose targets read `target`,
    with `lines` of running text (a meeting line, an "as at" date) above it."""
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(72, 780, "Serious Case Review: Child Z - action plan")
        canvas.setFont("Helvetica", 10)
        for i, line in enumerate(lines):
            canvas.drawString(72, 760 - 14 * i, line)
        top = 740 - 14 * len(lines)
        canvas.setFont("Helvetica-Bold", 10)
        for x, text in zip(COLUMNS, ("No.", "Recommendation", "Lead", heading, "Target")):
            canvas.drawString(x, top, text)
        canvas.setFont("Helvetica", 10)
        rows = [("1", "The Board should audit referrals.", "Board", "Audit complete.", target),
                ("2", "The CCG should train GPs.", "CCG", "Training under way.", target)]
        for i, row in enumerate(rows):
            for x, text in zip(COLUMNS, row):
                canvas.drawString(x, top - 25 - 20 * i, text)
        canvas.grid(GRID_X, [top + 12, top - 8, top - 32, top - 52])
        canvas.showPage()
    return pdf_bytes(draw)


def circular_form() -> bytes:
    """A page that draws a Form XObject which draws itself (`/X1 Do` inside X1's own stream):
    pdfminer refuses the loop and logs a warning."""
    page = b"BT /F1 12 Tf 72 700 Td (Serious Case Review action plan) Tj ET /X1 Do"
    form = b"BT /F1 10 Tf 72 650 Td (Drawn by the form) Tj ET /X1 Do"
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> /XObject << /X1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> "
        b"/XObject << /X1 5 0 R >> >> /Length %d >>\nstream\n" % len(form) + form + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


FILES: dict[str, Callable[[], bytes]] = {
    "date without a year.pdf": dated_plan,
    "circular form xobject.pdf": circular_form,
}

#: file name -> (documents.csv status, a phrase its one-line reason must contain)
EXPECTED: dict[str, tuple[str, str]] = {
    "date without a year.pdf": ("ok", ""),
    "circular form xobject.pdf": ("no_recommendations", ""),
}
