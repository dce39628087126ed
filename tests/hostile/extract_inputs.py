"""Inputs whose page geometry or fonts hide the text from a plain reading (issue 12, silent
losses): pages turned by `/Rotate`, text set sideways, and text in CID fonts without a
character map. Each is the small ruled plan of build_inputs.py (`plan_page`: two
recommendations); `EXPECTED` says what the run must report for each.

Made from reportlab, raw PDF objects and, for the PDF/A, Ghostscript (`gs`; that file is left
out where Ghostscript is not installed).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_inputs import FONT, FONT_BOLD, pdf_of, plan_page  # noqa: E402

#: /Rotate values as they are found in files (a reader takes them modulo 360)
ROTATIONS = (90, 180, 270, -90, 450)
#: the page's lines of `plan_page`, for a font drawn by hand
PLAN_LINES = ["Serious Case Review: Child Z - action plan", "No. Recommendation Lead Progress",
              "1 The Board should audit referrals. Children's Services Audit complete.",
              "2 The CCG should train GPs. CCG Training under way."]


def turned_in_viewer(rotate: int) -> bytes:
    """The plan set upright on an A4 page whose `/Rotate` then turns it (a page turned in a
    viewer and saved): it shows sideways or upside down."""
    buffer = io.BytesIO()
    # reportlab swaps the MediaBox of a page whose /Rotate is 90 or 270 (only those two values)
    canvas = Canvas(buffer, pagesize=(A4[1], A4[0]) if rotate in (90, 270) else A4, invariant=1)
    canvas.setPageRotation(rotate)
    plan_page(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def drawn_for_rotation(rotate: int) -> bytes:
    """The plan drawn turned on its page so that the page's `/Rotate` shows it upright (as a
    scanner, or a landscape page of a word processor, makes it)."""
    turn = rotate % 360
    width, height = A4 if turn in (0, 180) else (A4[1], A4[0])  # the MediaBox
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4 if rotate in (90, 270) else (width, height), invariant=1)
    canvas.setPageRotation(rotate)
    canvas.translate(*{0: (0, 0), 90: (width, 0), 180: (width, height), 270: (0, height)}[turn])
    canvas.rotate(turn)
    plan_page(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def set_sideways() -> bytes:
    """The upright A4 plan printed sideways on a landscape page with no `/Rotate`."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(A4[1], A4[0]), invariant=1)
    canvas.translate(A4[1], 0)
    canvas.rotate(90)
    plan_page(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def long_report_turned_plan(pages: int = 10, plan_at: int = 7) -> bytes:
    """A report long enough for triage, its narrative upright, its plan on page `plan_at` turned
    in a viewer (`/Rotate 90`, the plan set upright on the page)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for number in range(1, pages + 1):
        if number == plan_at:
            canvas.setPageSize((A4[1], A4[0]))  # reportlab swaps it back for /Rotate 90
            canvas.setPageRotation(90)
            plan_page(canvas)
        else:
            canvas.setPageSize(A4)
            canvas.setPageRotation(0)
            canvas.setFont("Helvetica", 11)
            for i in range(30):
                canvas.drawString(72, 760 - 20 * i, f"Page {number}: the review heard from the family and the agencies ({i}).")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class _TrueTypeCanvas(Canvas):
    """A canvas that sets `plan_page`'s Helvetica in DejaVu Sans, embedded (a TrueType font, as
    a word processor's PDF has)."""

    FONTS = {"Helvetica": ("DejaVuSans", FONT), "Helvetica-Bold": ("DejaVuSans-Bold", FONT_BOLD)}

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:  # noqa: N802
        name, path = self.FONTS[psfontname]
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
        super().setFont(name, size, leading)


def truetype_plan() -> bytes:
    buffer = io.BytesIO()
    canvas = _TrueTypeCanvas(buffer, pagesize=A4, invariant=1)
    plan_page(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def ghostscript_pdfa() -> bytes:
    """The TrueType plan made PDF/A-2 by Ghostscript, which sets its text in CIDFontType2 fonts
    with no ToUnicode map: pdfminer reads `(cid:83)(cid:101)...`, PDFium the words."""
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "plan.pdf", Path(folder) / "pdfa.pdf"
        source.write_bytes(truetype_plan())
        subprocess.run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dPDFA=2", "-dPDFACompatibilityPolicy=1",
                        "-sColorConversionStrategy=RGB", "-sDEVICE=pdfwrite", f"-sOutputFile={target}", str(source)],
                       check=True, capture_output=True, timeout=120)
        return target.read_bytes()


def unmapped_cid_font() -> bytes:
    """The plan's lines in a Type0 font (CIDFontType2, Identity-H) that is neither embedded nor
    has a ToUnicode map, its glyphs numbered unlike any character set: no reader can name them
    (pdfminer gives `(cid:N)`, PDFium characters that are no words)."""
    lines = b"".join(b"<%s> Tj 0 -20 Td " % "".join("%04X" % (ord(c) + 900) for c in line).encode()
                     for line in PLAN_LINES)
    stream = zlib.compress(b"BT /F1 10 Tf 72 780 Td " + lines + b"ET")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
               b" /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Plan /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Plan /CIDToGIDMap /Identity /DW 500"
               b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R >>",
               b"<< /Type /FontDescriptor /FontName /ABCDEF+Plan /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0"
               b" /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>"]
    return pdf_of(objects)


def _files() -> dict[str, Callable[[], bytes]]:
    files: dict[str, Callable[[], bytes]] = {}
    for rotate in ROTATIONS:
        files[f"turned in a viewer {rotate}.pdf"] = lambda rotate=rotate: turned_in_viewer(rotate)
        files[f"drawn for rotate {rotate}.pdf"] = lambda rotate=rotate: drawn_for_rotation(rotate)
    files["set sideways.pdf"] = set_sideways
    files["long report turned plan page.pdf"] = long_report_turned_plan
    if shutil.which("gs"):
        files["ghostscript pdfa.pdf"] = ghostscript_pdfa
    files["unmapped cid font.pdf"] = unmapped_cid_font
    return files


#: file name -> a function making its bytes
FILES: dict[str, Callable[[], bytes]] = _files()
#: file name -> (documents.csv status, a phrase its one-line reason must contain)
EXPECTED: dict[str, tuple[str, str]] = {
    name: ("error", "text is in fonts without a character map") if name == "unmapped cid font.pdf" else ("ok", "")
    for name in FILES}


def build(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        (folder / name).write_bytes(make())


if __name__ == "__main__":
    build(Path(sys.argv[1]))
