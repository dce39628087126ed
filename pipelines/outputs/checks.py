"""What a person should look at first: low-confidence rows, gaps and repeats in numbering,
documents with no recommendations and documents that failed, rows followed across papers on
their number alone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extract.model import Document
from extract.values import DocumentStatus
from pipelines.corrections.corrections_file import Correction
from pipelines.tracking.linking import Tracked


@dataclass(frozen=True)
class Check:
    source_file: str
    number: str
    kind: str
    detail: str


#: missing numbers listed one check each; the rest are summed up in one more
MAX_LISTED_GAPS = 20
#: a top-level number above this many times the document's count of numbers (and above
#: PLAUSIBLE_FLOOR) is taken for a misprint or a misreading, not a plan that long
PLAUSIBLE_FACTOR = 10
PLAUSIBLE_FLOOR = 100
#: digits enough for any plausible number (a longer run is never turned into an int)
MAX_DIGITS = 9
_TOP = re.compile(r"\D*(\d+)")


def top_number(number: str) -> int:
    """The top-level number of a printed one ("2" of "2.1", "R3"), 0 if none; a run of digits
    too long to be a plan's number counts as 10**MAX_DIGITS, without being turned into an int."""
    match = _TOP.match(number)
    digits = (match.group(1).lstrip("0") or "0") if match else "0"
    return int(digits) if len(digits) <= MAX_DIGITS else 10 ** MAX_DIGITS


def shortened(text: str, most: int = 20) -> str:
    return text if len(text) <= most else text[:most] + "…"


def gap_checks(source_file: str, present: list[int]) -> Iterator[Check]:
    """Numbers missing from 1 up to the highest of `present` (ascending), MAX_LISTED_GAPS of
    them one by one, the rest as one check."""
    have, top, listed = set(present), present[-1], 0
    for missing in range(1, top + 1):
        if listed == MAX_LISTED_GAPS:
            break
        if missing not in have:
            listed += 1
            yield Check(source_file, str(missing), "numbering gap", f"no recommendation {missing} was found")
    rest = top - len(have) - listed
    if rest > 0:
        yield Check(source_file, "", "numbering gap",
                    f"and {rest:,} more numbers missing up to {top:,}")


def beyond_detail(beyond: list[str], count: int, limit: int) -> str:
    what = (f"recommendation number {shortened(beyond[0])} is" if len(beyond) == 1 else
            f"{len(beyond)} recommendation numbers (the first {shortened(beyond[0])}) are")
    found = f"{count} recommendation{'s' if count != 1 else ''} found"
    return (f"{what} far beyond the {found}: a misprint or a misreading; "
            f"numbering gaps are looked for up to {limit} only")


def numbering_checks(doc: Document) -> Iterator[Check]:
    """Top-level numbers should run 1, 2, 3 ... once each. Work and checks are bounded by the
    count of recommendations, however large a number is printed (or misread)."""
    tops = [(rec.number, top_number(rec.number)) for rec in doc.recommendations]
    limit = max(PLAUSIBLE_FLOOR, PLAUSIBLE_FACTOR * len(tops))
    plausible = sorted({n for _, n in tops if 0 < n <= limit})
    beyond = [printed for printed, n in tops if n > limit]
    if plausible:
        yield from gap_checks(doc.source_file, plausible)
    if beyond:
        yield Check(doc.source_file, beyond[0], "implausible number", beyond_detail(beyond, len(tops), limit))
    for number, count in sorted(Counter(r.number for r in doc.recommendations).items()):
        if count > 1:
            yield Check(doc.source_file, number, "duplicate number", f"recommendation {number} appears {count} times")


def document_checks(doc: Document, low_confidence: float) -> Iterator[Check]:
    if doc.status == "error":
        yield Check(doc.source_file, "", "document failed", doc.error)
    elif doc.status == DocumentStatus.NO_RECOMMENDATIONS:
        yield Check(doc.source_file, "", "no recommendations", "no recommendations table or list was found")
    for rec in doc.recommendations:
        if rec.confidence < low_confidence:
            yield Check(doc.source_file, rec.number, "low confidence",
                        f"confidence {rec.confidence:.2f}: compare with page {rec.page_start}")
    yield from numbering_checks(doc)


def all_checks(documents: Sequence[Document], low_confidence: float) -> list[Check]:
    return [check for doc in sorted(documents, key=lambda d: d.source_file)
            for check in document_checks(doc, low_confidence)]


def link_checks(tracked: Sequence[Tracked]) -> list[Check]:
    """A row linked to a recommendation of another paper on its number, its text less alike than
    TrackingSettings.same_text: one check each, naming the row it was linked to."""
    found = []
    for item in tracked:
        for i, seen in enumerate(item.appearances):
            if seen.uncertain:
                other = next(o for o in item.appearances[:i] if o.source_file != seen.source_file)
                found.append(Check(seen.source_file, seen.number, "uncertain link",
                                   f"followed as {other.source_file} #{other.number} ({item.tracked_id}) on its "
                                   "number: its text is less alike; check that they are one recommendation"))
    return found


def correction_checks(unapplied: Sequence[Correction]) -> list[Check]:
    """A correction whose record is not among this run's (its PDF changed, so its ids did, or the
    document was not read): never applied to another record."""
    return [Check(c.source_file, "", "correction not applied",
                  f"corrections line {c.line}: {c.action} {c.field + ' of ' if c.field else ''}{c.recommendation_id}: "
                  "no such record in this run (its PDF may have changed)") for c in unapplied]
