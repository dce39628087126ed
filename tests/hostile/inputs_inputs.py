"""Hostile file names and files that are not files (issue 12, inputs): names with bytes that are
not UTF-8 and with control characters, each a small good plan of its own (distinct bytes, so no
one is a copy of another), and a failing file whose name holds a newline and a forged line.

`FILES` makes the named files' bytes; `SPECIAL` makes entries that are not plain bytes (a FIFO,
a link to /dev/zero, a file larger than --memory allows) at a given path. `EXPECTED` is keyed by
the file name, `SOURCE_FILE` gives the name each has in documents.csv (escaped).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def plan_pdf(label: str) -> bytes:
    """A one-page plan of two numbered recommendations, its title naming `label`."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, 780, f"Serious Case Review: Child {label} - action plan")
    canvas.setFont("Helvetica-Bold", 10)
    for x, text in ((72, "No."), (110, "Recommendation"), (330, "Lead"), (430, "Progress")):
        canvas.drawString(x, 740, text)
    canvas.setFont("Helvetica", 10)
    rows = [("1", f"The Board should audit referrals ({label}).", "Children's Services", "Audit complete."),
            ("2", "The CCG should train GPs.", "CCG", "Training under way.")]
    for i, row in enumerate(rows):
        for x, text in zip((72, 110, 330, 430), row):
            canvas.drawString(x, 715 - 20 * i, text)
    canvas.grid([68, 105, 325, 425, 560], [752, 732, 708, 688])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


#: a name that is not UTF-8, as the file system gives it to Python
NOT_UTF8 = os.fsdecode(b"bad\xff\xfe.pdf")
ESC_BEL = "esc\x1b[31mred\x07.pdf"
CR = "carriage\rreturn.pdf"
LF = "newline\nactionplan: forged line.pdf"
TAB_DEL_C1 = "tab\tdel\x7fnel\x85sep\u2028.pdf"

FILES: dict[str, Callable[[], bytes]] = {
    NOT_UTF8: lambda: plan_pdf("B"),
    ESC_BEL: lambda: plan_pdf("E"),
    CR: lambda: plan_pdf("C"),
    TAB_DEL_C1: lambda: plan_pdf("T"),
    LF: lambda: b"<html>not a PDF</html>\n",
}

SOURCE_FILE: dict[str, str] = {
    NOT_UTF8: "bad\\xff\\xfe.pdf",
    ESC_BEL: "esc\\x1b[31mred\\x07.pdf",
    CR: "carriage\\x0dreturn.pdf",
    TAB_DEL_C1: "tab\\x09del\\x7fnel\\x85sep\\u2028.pdf",
    LF: "newline\\x0aactionplan: forged line.pdf",
}


def fifo(path: Path) -> None:
    os.mkfifo(path)


def dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


#: --memory of the batch these are read in, and a file (sparse: no disk used) just over it
MEMORY_MB = 1024


def oversized(path: Path) -> None:
    with path.open("wb") as file:
        file.truncate(MEMORY_MB * 1024 * 1024 + 1)


SPECIAL: dict[str, Callable[[Path], None]] = {"y.pdf": fifo, "z.pdf": dev_zero, "huge.pdf": oversized}
SOURCE_FILE.update({name: name for name in SPECIAL})

EXPECTED: dict[str, tuple[str, str]] = {
    NOT_UTF8: ("ok", ""),
    ESC_BEL: ("ok", ""),
    CR: ("ok", ""),
    TAB_DEL_C1: ("ok", ""),
    LF: ("error", "not a PDF"),
    "y.pdf": ("error", "not a regular file: a FIFO"),
    "z.pdf": ("error", "not a regular file: a character device"),
    "huge.pdf": ("error", "exceeds --memory"),
}


def build(folder: Path) -> dict[str, Path]:
    """Every file and entry above in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, make in FILES.items():
        paths[name] = folder / name
        paths[name].write_bytes(make())
    for name, make_special in SPECIAL.items():
        paths[name] = folder / name
        make_special(paths[name])
    return paths
