"""Pictures of the workbook as LibreOffice shows it, so anyone can look without opening Excel:

    python -m pipelines.tools.workbook_pictures [OUTDIR]     # default outputs/: writes OUTDIR/pictures/*.png

It also takes a screenshot of the review page (OUTDIR/review/index.html) with Chromium headless,
when Chromium is installed, as OUTDIR/pictures/review.png.

The Action plan and Summary sheets are copied into a workbook of their own, converted to PDF by
LibreOffice headless (`soffice --convert-to pdf`, a throw-away profile) and each page rendered to
PNG by poppler's `pdftoppm`. Needs LibreOffice Calc and poppler-utils (Debian:
`apt-get install libreoffice-calc-nogui poppler-utils`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl

SHEETS = ("Action plan", "Summary")


class ToolMissing(Exception):
    """LibreOffice or pdftoppm is not installed."""


def tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise ToolMissing(f"{name} is not installed (Debian: apt-get install libreoffice-calc-nogui poppler-utils)")
    return found


def to_pdf(workbook: Path, folder: Path) -> Path:
    """The workbook converted by LibreOffice, as LibreOffice would print it."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([tool("soffice"), f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(folder), str(workbook)],
                       check=True, capture_output=True, timeout=300)
    return folder / f"{workbook.stem}.pdf"


def only_sheets(workbook: Path, sheets: Sequence[str], target: Path) -> Path:
    wb = openpyxl.load_workbook(workbook)
    for name in wb.sheetnames:
        if name not in sheets:
            del wb[name]
    wb.save(target)
    return target


def pictures(outdir: Path, resolution: int = 80) -> list[Path]:
    """PNGs of the Action plan and Summary sheets of `outdir/action_plan.xlsx`."""
    folder = outdir / "pictures"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    pdf = to_pdf(only_sheets(outdir / "action_plan.xlsx", SHEETS, folder / "sheets.xlsx"), folder)
    subprocess.run([tool("pdftoppm"), "-r", str(resolution), "-png", str(pdf), str(folder / "page")],
                   check=True, capture_output=True, timeout=300)
    return sorted(folder.glob("page*.png"))


def review_screenshot(outdir: Path, height: int = 4200) -> Path | None:
    """A screenshot of the review page, as tall as `height` pixels, if it and Chromium are there."""
    index, browser = outdir / "review" / "index.html", shutil.which("chromium")
    if not (index.exists() and browser):
        return None
    target = outdir / "pictures" / "review.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={target}", f"--window-size=1400,{height}", index.resolve().as_uri()],
                   check=True, capture_output=True, timeout=120)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("outdir", nargs="?", type=Path, default=Path("outputs"))
    ns = args.parse_args(argv)
    try:
        made = pictures(ns.outdir)
        shot = review_screenshot(ns.outdir)
        made += [shot] if shot else []
    except (ToolMissing, subprocess.CalledProcessError, OSError) as error:
        print(f"pictures: {error}", file=sys.stderr)
        return 1
    print(f"{len(made)} pictures in {ns.outdir / 'pictures'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
