"""Build the broken and hostile inputs the batch must survive (issue 7), into a folder:

    python tests/hostile/build_inputs.py OUTDIR

Every file is made here from nothing but reportlab and bytes, so the set is reproducible. Each
name says what it is; `EXPECTED` says what the run must report for it.
"""

from __future__ import annotations

import io
import sys
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

#: file name -> (documents.csv status, a phrase its one-line reason must contain)
EXPECTED: dict[str, tuple[str, str]] = {
    "html page.pdf": ("error", "not a PDF"),
    "empty.pdf": ("error", "empty file"),
    "truncated.pdf": ("error", "damaged PDF"),
    "corrupt xref.pdf": ("ok", ""),
    "user password.pdf": ("error", "encrypted"),
    "owner password only.pdf": ("ok", ""),
    "scanned.pdf": ("error", "no text layer: run with --ocr"),
    "blank 2000 pages.pdf": ("error", "blank: no text or pictures on its 2000 pages"),
    "deeply nested.pdf": ("error", "blank"),
    "decompression bomb.pdf": ("error", ""),
    "type3 unmapped font.pdf": ("error", "text cannot be read"),
    "tables no recommendations.pdf": ("no_recommendations", ""),
    "quote ' and \" and naïve – ü.pdf": ("ok", ""),
}


def plan_page(canvas: Canvas) -> None:
    """A small plan: a header row and two numbered recommendations."""
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, 780, "Serious Case Review: Child Z - action plan")
    canvas.setFont("Helvetica-Bold", 10)
    for x, text in ((72, "No."), (110, "Recommendation"), (330, "Lead"), (430, "Progress")):
        canvas.drawString(x, 740, text)
    canvas.setFont("Helvetica", 10)
    rows = [("1", "The Board should audit referrals.", "Children's Services", "Audit complete."),
            ("2", "The CCG should train GPs.", "CCG", "Training under way.")]
    for i, row in enumerate(rows):
        for x, text in zip((72, 110, 330, 430), row):
            canvas.drawString(x, 715 - 20 * i, text)
    canvas.grid([68, 105, 325, 425, 560], [752, 732, 708, 688])


def pdf_bytes(draw, **options) -> bytes:  # noqa: ANN001 - a drawing function
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, **options)
    draw(canvas)
    canvas.save()
    return buffer.getvalue()


def plan(canvas: Canvas) -> None:
    plan_page(canvas)
    canvas.showPage()


def blank_pages(canvas: Canvas) -> None:
    for _ in range(2000):
        canvas.showPage()


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SCANNED_LINES = [(FONT_BOLD, 64, "Serious Case Review: Child Y"), (FONT_BOLD, 44, "Recommendations"),
                 (FONT, 36, "1. The Board should audit every referral."),
                 (FONT, 36, "2. The school nurse should see each child.")]


def scanned(canvas: Canvas) -> None:
    """A page that is only a picture, as a scanner makes it: a review's title and two numbered
    recommendations at 200 dpi (DejaVu fonts; a grey picture if they are missing)."""
    picture = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(picture)
    y = 200
    for path, size, text in SCANNED_LINES:
        font = ImageFont.truetype(path, size) if Path(path).exists() else ImageFont.load_default()
        draw.text((160, y), text, fill=0, font=font)
        y += int(size * 2.2)
    canvas.drawImage(ImageReader(picture), 0, 0, width=A4[0], height=A4[1])
    canvas.showPage()


def budget_table(canvas: Canvas) -> None:
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, 780, "Revenue budget monitoring: quarter 2")
    canvas.setFont("Helvetica", 10)
    for i, row in enumerate([("Service", "Budget", "Forecast"), ("Adults", "120.4", "123.9"), ("Children", "98.1", "97.6")]):
        for x, text in zip((72, 250, 400), row):
            canvas.drawString(x, 740 - 20 * i, text)
    canvas.grid([68, 245, 395, 520], [752, 732, 712, 692])
    canvas.showPage()


def corrupt_xref(data: bytes) -> bytes:
    """The cross-reference table's offsets overwritten with nonsense of the same length."""
    start = data.rindex(b"\nxref") + 1
    table = data[start:data.index(b"trailer", start)]
    broken = bytes(ord("9") if chr(c).isdigit() and i > 20 else c for i, c in enumerate(table))
    return data[:start] + broken + data[start + len(table):]


def bomb_stream(size: int = 1 << 30) -> bytes:
    """1 GB of spaces, compressed to about 1 MB (made a megabyte at a time)."""
    packer, chunk = zlib.compressobj(9), b" " * (1 << 20)
    return b"".join(packer.compress(chunk) for _ in range(size >> 20)) + packer.flush()


def one_page_pdf(stream: bytes, compressed: bool) -> bytes:
    """A PDF of one page whose content stream is `stream`, as it stands or already deflated."""
    body = stream if compressed else zlib.compress(stream)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"]
    return pdf_of(objects)


def pdf_of(objects: list[bytes]) -> bytes:
    """A PDF of numbered objects (the first the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def type3_unmapped() -> bytes:
    """A page of text set in a Type 3 font whose glyphs (little boxes) have names no reader can
    map to characters, and no ToUnicode map: its text extracts as garbage."""
    glyphs = b" ".join(b"/g%d" % i for i in range(26))
    procs = b" ".join(b"/g%d 5 0 R" % i for i in range(26))
    codes = bytes(c for c in range(33, 59) if c not in b"()\\")
    text = b"BT /F1 12 Tf 72 700 Td (" + codes * 3 + b") Tj 0 -20 Td (" + codes[::-1] * 3 + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Length 26 >>\nstream\n600 0 0 0 500 700 d1 \nendstream",
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] "
        b"/CharProcs << " + procs + b" >> /Encoding << /Type /Encoding /Differences [33 " + glyphs + b"] >> "
        b"/FirstChar 33 /LastChar 58 /Widths [" + b" ".join([b"600"] * 26) + b"] >>"]
    return pdf_of(objects)


def build(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    good = pdf_bytes(plan)
    files = {
        "html page.pdf": b"<!DOCTYPE html><html><body>404 Not Found</body></html>\n",
        "empty.pdf": b"",
        "truncated.pdf": good[: len(good) // 2],
        "corrupt xref.pdf": corrupt_xref(good),
        "user password.pdf": pdf_bytes(plan, encrypt=StandardEncryption("secret", ownerPassword="owner")),
        "owner password only.pdf": pdf_bytes(plan, encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0)),
        "scanned.pdf": pdf_bytes(scanned),
        "blank 2000 pages.pdf": pdf_bytes(blank_pages),
        "deeply nested.pdf": one_page_pdf(b"[" * 200_000 + b"]" * 200_000, compressed=False),
        "decompression bomb.pdf": one_page_pdf(bomb_stream(), compressed=True),
        "type3 unmapped font.pdf": type3_unmapped(),
        "tables no recommendations.pdf": pdf_bytes(budget_table),
        "quote ' and \" and naïve – ü.pdf": good,
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    return paths


if __name__ == "__main__":
    made = build(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-inputs"))
    print(f"{len(made)} files")
