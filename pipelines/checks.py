"""What a person should look at first: low-confidence rows, gaps and repeats in numbering,
documents with no recommendations and documents that failed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from extract.model import Document


@dataclass(frozen=True)
class Check:
    source_file: str
    number: str
    kind: str
    detail: str


def numbering_checks(doc: Document) -> Iterator[Check]:
    """Top-level numbers should run 1, 2, 3 ... once each."""
    tops = [re.match(r"\D*(\d+)", r.number) for r in doc.recommendations]
    ints = sorted({int(m.group(1)) for m in tops if m})
    if ints:
        for missing in sorted(set(range(1, ints[-1] + 1)) - set(ints)):
            yield Check(doc.source_file, str(missing), "numbering gap", f"no recommendation {missing} was found")
    for number, count in sorted(Counter(r.number for r in doc.recommendations).items()):
        if count > 1:
            yield Check(doc.source_file, number, "duplicate number", f"recommendation {number} appears {count} times")


def document_checks(doc: Document, low_confidence: float) -> Iterator[Check]:
    if doc.status == "error":
        yield Check(doc.source_file, "", "document failed", doc.error)
    elif doc.status == "no_recommendations":
        yield Check(doc.source_file, "", "no recommendations", "no recommendations table or list was found")
    for rec in doc.recommendations:
        if rec.confidence < low_confidence:
            yield Check(doc.source_file, rec.number, "low confidence",
                        f"confidence {rec.confidence:.2f}: compare with page {rec.page_start}")
    yield from numbering_checks(doc)


def all_checks(documents: Sequence[Document], low_confidence: float) -> list[Check]:
    return [check for doc in sorted(documents, key=lambda d: d.source_file)
            for check in document_checks(doc, low_confidence)]
