"""The peers' per-document outcomes added up, overall and per group, next to ours."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata

from pipelines.evaluation.evaluate import PeerDoc
from pipelines.evaluation.peers import CAMELOT_BACKEND, TOOLS, availability
from pipelines.evaluation.totals import added, added_by

DISTRIBUTIONS = {"pdfplumber": "pdfplumber", "camelot": "camelot-py"}
SETTINGS = {"pdfplumber": "page.extract_tables() on every page",
            "camelot": f'read_pdf(pages="all", flavor="lattice", backend="{CAMELOT_BACKEND}")'}


@dataclass(frozen=True)
class PeerTotals:
    """Truth recommendations over some documents: how many we got with exact text, and how many
    each tool gave as one intact row."""

    docs: int = 0
    truth: int = 0
    ours: int = 0
    intact: dict[str, int] = field(default_factory=dict)

    def __add__(self, doc: PeerDoc) -> PeerTotals:
        intact = dict(self.intact)
        for outcome in doc.outcomes:
            intact[outcome.tool] = intact.get(outcome.tool, 0) + outcome.intact
        return PeerTotals(self.docs + 1, self.truth + doc.truth, self.ours + doc.ours, intact)

    def share(self, count: int) -> float | None:
        return count / self.truth if self.truth else None


def totals(docs: Iterable[PeerDoc]) -> PeerTotals:
    return added(docs, PeerTotals())


def grouped_totals(docs: Iterable[PeerDoc], key: Callable[[PeerDoc], str]) -> dict[str, PeerTotals]:
    return added_by(docs, key, PeerTotals())


def version_of(tool: str) -> str:
    try:
        return metadata.version(DISTRIBUTIONS[tool])
    except metadata.PackageNotFoundError:
        return ""


def unavailable(docs: Sequence[PeerDoc]) -> dict[str, str]:
    """Per tool, why it could not run here ("" when it ran)."""
    outcomes = [outcome for doc in docs for outcome in doc.outcomes]
    return {tool: availability(tool, outcomes) for tool in TOOLS}
