"""Hostile values for the sheets and the CSVs (issue 12): a plan whose every field starts like a
formula, and a plan whose text holds control characters (a font's ToUnicode map sends glyphs to
U+0000, ESC, BEL, a vertical tab and the bidi isolates). Both must be read whole, as text."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

from tests.hostile.build_inputs import pdf_bytes, pdf_of

FORMULAS = "=1+1 hostile values.pdf"
CONTROLS = "+1 control characters.pdf"

#: the formula plan's fields as printed: (number, recommendation, lead, progress, target)
FORMULA_ROWS = [
    ("1", "=1+1 The Board should audit referrals.", "=cmd|' /C calc'!A0", "+1 Audit complete.", "-1 week"),
    ("2", "@SUM(A1) The CCG should train GPs.", "+1 CCG", "=1+1", "@SUM(A1)"),
    ("3", "-1 The school should see each child.", "-1 Schools", "@SUM(A1) Under way.", "=1+1"),
]
FORMULA_TITLE = "=1+1 Serious Case Review: Child Z - action plan"
FORMULA_COMMITTEE = "@SUM(A1) Safeguarding Board - 25 November 2024"
COLUMNS = (72, 100, 270, 380, 480)
HEADERS = ("No.", "Recommendation", "Lead", "Progress", "Target date")


def formula_plan(canvas: Canvas) -> None:
    """A ruled plan of three recommendations whose title, committee line and cells all start
    with `=`, `+`, `-` or `@`."""
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, 790, FORMULA_TITLE)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, 770, FORMULA_COMMITTEE)
    canvas.setFont("Helvetica-Bold", 9)
    for x, text in zip(COLUMNS, HEADERS):
        canvas.drawString(x, 740, text)
    canvas.setFont("Helvetica", 8)
    for i, row in enumerate(FORMULA_ROWS):
        for x, text in zip(COLUMNS, row):
            canvas.drawString(x, 715 - 20 * i, text)
    canvas.grid([68, 96, 266, 376, 476, 560], [752, 732, 708, 688, 668])
    canvas.showPage()


#: the control plan's text: bytes 0x80.. of its font stand for these code points
CONTROL_CODES = {0x80: 0x0000, 0x81: 0x001B, 0x82: 0x0007, 0x83: 0x000B, 0x84: 0x2066, 0x85: 0x2069}
#: (number, recommendation, lead, progress) as the content stream shows them
CONTROL_ROWS = [
    (b"1", b"The Board should\x80 audit\x81 referrals.", b"Children's\x82 Services", b"Audit\x83complete."),
    (b"2", b"The CCG should \x84train\x85 GPs.", b"CCG\x80", b"Training\x81 under way."),
]
#: what those rows must read as
CONTROL_TEXTS = {"1": ("The Board should audit referrals.", "Children's Services", "Audit complete."),
                 "2": ("The CCG should train GPs.", "CCG", "Training under way.")}


def to_unicode() -> bytes:
    """A ToUnicode CMap: printable ASCII as itself, 0x80.. as CONTROL_CODES."""
    chars = b"".join(b"<%02X> <%04X>\n" % item for item in CONTROL_CODES.items())
    body = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CMapName /Controls def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"1 beginbfrange <20> <7E> <0020> endbfrange\n"
            b"%d beginbfchar\n" % len(CONTROL_CODES) + chars +
            b"endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end")
    return b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"


def text_at(x: int, y: int, size: int, text: bytes, bold: bool = False) -> bytes:
    font = b"/F2" if bold else b"/F1"
    return b"BT %s %d Tf %d %d Td (%s) Tj ET\n" % (font, size, x, y, text)


def control_stream() -> bytes:
    out = text_at(72, 780, 14, b"Serious Case Review: Child \x80Y\x81 - action plan", bold=True)
    for x, text in zip((72, 110, 330, 430), (b"No.", b"Recommendation", b"Lead", b"Progress")):
        out += text_at(x, 740, 10, text, bold=True)
    for i, row in enumerate(CONTROL_ROWS):
        for x, text in zip((72, 110, 330, 430), row):
            out += text_at(x, 715 - 20 * i, 10, text)
    xs, ys = [68, 105, 325, 425, 560], [752, 732, 708, 688]
    out += b"".join(b"%d %d m %d %d l S\n" % (x, ys[0], x, ys[-1]) for x in xs)
    out += b"".join(b"%d %d m %d %d l S\n" % (xs[0], y, xs[-1], y) for y in ys)
    return out


def control_plan() -> bytes:
    """The archetype's small plan in Helvetica with a ToUnicode map that gives some of its
    glyphs control characters."""
    stream = control_stream()
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /ToUnicode 6 0 R >>"
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 7 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        font % b"Helvetica", to_unicode(), font.replace(b"6 0 R", b"8 0 R") % b"Helvetica-Bold", to_unicode()])


FILES: dict[str, Callable[[], bytes]] = {
    FORMULAS: lambda: pdf_bytes(formula_plan),
    CONTROLS: control_plan,
}
EXPECTED: dict[str, tuple[str, str]] = {FORMULAS: ("ok", ""), CONTROLS: ("ok", "")}
