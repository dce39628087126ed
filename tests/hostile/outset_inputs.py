"""Pages whose size is hostile to the review pictures (issue 12): a MediaBox of no size, an
inverted one, and a page 200 inches square. Each holds the same small plan, set in raw PDF
bytes, so the document reads well; only its picture is at stake.

`FILES` makes each file's bytes; `EXPECTED` says what documents.csv must report for it.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.hostile.build_inputs import pdf_of

#: the small plan of `build_inputs.plan_page`: a title, a header row and two recommendations
ROWS = [(72, 780, "F2", 14, "Serious Case Review: Child Z - action plan"),
        (72, 740, "F2", 10, "No."), (110, 740, "F2", 10, "Recommendation"), (330, 740, "F2", 10, "Lead"),
        (430, 740, "F2", 10, "Progress"),
        (72, 715, "F1", 10, "1"), (110, 715, "F1", 10, "The Board should audit referrals."),
        (330, 715, "F1", 10, "Children's Services"), (430, 715, "F1", 10, "Audit complete."),
        (72, 695, "F1", 10, "2"), (110, 695, "F1", 10, "The CCG should train GPs."),
        (330, 695, "F1", 10, "CCG"), (430, 695, "F1", 10, "Training under way.")]
XS, YS = (68, 105, 325, 425, 560), (752, 732, 708, 688)


def plan_stream(lift: int = 0) -> bytes:
    """The plan's text and ruling, raised by `lift` points (to sit at the top of a tall page)."""
    out = [b"1 0 0 1 0 %d cm" % lift, b"0.5 w"]
    out += [b"%d %d m %d %d l S" % (x, YS[0], x, YS[-1]) for x in XS]
    out += [b"%d %d m %d %d l S" % (XS[0], y, XS[-1], y) for y in YS]
    for x, y, font, size, text in ROWS:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        out.append(b"BT /%s %d Tf %d %d Td (%s) Tj ET" % (font.encode(), size, x, y, escaped.encode("latin-1")))
    return b"\n".join(out)


def page_pdf(mediabox: bytes, lift: int = 0) -> bytes:
    """One page of the plan with the given MediaBox."""
    stream = plan_stream(lift)
    return pdf_of([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + mediabox + b" /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"])


#: 200 inches in points
HUGE = 14400

FILES: dict[str, Callable[[], bytes]] = {
    "mediabox zero.pdf": lambda: page_pdf(b"[0 0 0 0]"),
    "mediabox inverted.pdf": lambda: page_pdf(b"[0 842 595 0]"),
    "page 200 inches.pdf": lambda: page_pdf(b"[0 0 %d %d]" % (HUGE, HUGE), HUGE - 842),
}

#: file name -> (documents.csv status, a phrase its one-line reason must contain)
EXPECTED: dict[str, tuple[str, str]] = {name: ("ok", "") for name in FILES}
