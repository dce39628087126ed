"""The tools a user would otherwise pick, measured on the same truth: pdfplumber's own
`page.extract_tables()` and Camelot's lattice tables. A truth recommendation counts for a tool
when some row of the tool's output holds it intact (see `intact`)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from pipelines.evaluation.matching import Numbered
from pipelines.evaluation.textnorm import unwrapped

Rows = list[tuple[str, ...]]
#: Camelot's page renderer: pypdfium2 comes with pdfplumber, so no Ghostscript is needed
CAMELOT_BACKEND = "pdfium"


class PeerUnavailable(Exception):
    """The tool cannot run on this machine at all (not installed, no backend)."""


@dataclass(frozen=True)
class PeerOutcome:
    """One tool on one document: how many truth recommendations came out intact, or why not."""

    tool: str
    intact: int
    error: str = ""
    unavailable: bool = False


@dataclass(frozen=True)
class PeerJob:
    document: str
    path: Path
    recommendations: tuple[Numbered, ...]


def pdfplumber_rows(path: Path) -> Rows:
    """Every row of every table `page.extract_tables()` finds, page by page."""
    with pdfplumber.open(path) as pdf:
        return [tuple(cell or "" for cell in row)
                for page in pdf.pages for table in page.extract_tables() for row in table]


def camelot_rows(path: Path) -> Rows:
    """Every row of every table `camelot.read_pdf(path, pages="all", flavor="lattice")` finds."""
    try:
        from camelot.io import read_pdf
    except ImportError as error:
        raise PeerUnavailable(f"camelot-py is not installed ({error})") from error
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "no tables found on page N" for every plain page
        tables = read_pdf(str(path), pages="all", flavor="lattice",
                          backend=CAMELOT_BACKEND, suppress_stdout=True)
    return [tuple(str(cell) for cell in row) for table in tables for row in table.df.values.tolist()]


TOOLS: dict[str, Callable[[Path], Rows]] = {"pdfplumber": pdfplumber_rows, "camelot": camelot_rows}


def without_number(cell: str, number: str) -> str | None:
    """`cell` less a leading printed `number` ("1. ", "R1 ", "Recommendation 1: "), or None."""
    if not number:
        return None
    found = re.match(rf"(?:(?:recommendation|rec|r)\.?\s*)?{re.escape(number)}[.):]?\s+", cell, re.I)
    return cell[found.end():] if found else None


def intact(rows: Rows, record: Numbered) -> bool:
    """Some row holds the whole text in one cell (alone or after its number), or has the number
    in one cell and the whole text in another."""
    want = unwrapped(record.text)
    for row in rows:
        cells = [unwrapped(cell) for cell in row]
        if any(cell == want or without_number(cell, record.number) == want for cell in cells):
            return True
        if record.number and want in cells and any(c.rstrip(".") == record.number for c in cells):
            return True
    return False


def measure(tool: str, job: PeerJob) -> PeerOutcome:
    """Run `tool` on the document; a failure is this document's outcome, never a crash."""
    try:
        rows = TOOLS[tool](job.path)
    except PeerUnavailable as error:
        return PeerOutcome(tool, 0, str(error), unavailable=True)
    except Exception as error:  # the peer's own bug or limit: recorded, the eval goes on
        return PeerOutcome(tool, 0, f"{type(error).__name__}: {' '.join(str(error).split())}")
    return PeerOutcome(tool, sum(intact(rows, record) for record in job.recommendations))


def measure_document(job: PeerJob) -> tuple[PeerOutcome, ...]:
    return tuple(measure(tool, job) for tool in TOOLS)


def availability(tool: str, outcomes: Sequence[PeerOutcome]) -> str:
    """Why `tool` is unavailable ("" when it ran): not installed, or it failed on every document."""
    mine = [o for o in outcomes if o.tool == tool]
    if mine and all(o.unavailable or o.error for o in mine):
        return mine[0].error
    return ""
