"""Score one document's records against its truth: precision and recall of the recommendations,
accuracy of each field the truth gives, and every mismatch, for a person to look at."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipelines.evaluation.matching import Numbered, pair_records
from pipelines.evaluation.textnorm import exact
from pipelines.evaluation.truth import Truth

Record = Mapping[str, str]

RECORD_FIELDS = ("number", "text", "lead", "progress", "status", "addressee", "rag",
                 "target_text", "target_date", "acceptance")
DOCUMENT_FIELDS = ("title", "committee", "meeting_date", "review_type", "subject",
                   "progress_as_of", "decision", "status")


@dataclass(frozen=True)
class Tally:
    """How many of `total` scored values were right."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.correct + other.correct, self.total + other.total)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True)
class Counts:
    """Records expected, predicted and matched: precision, recall and F1."""

    truth: int = 0
    predicted: int = 0
    matched: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.truth + other.truth, self.predicted + other.predicted,
                      self.matched + other.matched)

    @property
    def precision(self) -> float:
        """Vacuously 1 when nothing was predicted and nothing was expected."""
        return self.matched / self.predicted if self.predicted else float(self.truth == 0)

    @property
    def recall(self) -> float:
        return self.matched / self.truth if self.truth else float(self.predicted == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Mismatch:
    """One wrong value. `field` is `record` for a whole record missed (`got` empty) or predicted
    where the truth has none (`expected` empty), `document.NAME` for a documents.csv field."""

    document: str
    number: str
    field: str
    expected: str
    got: str


@dataclass(frozen=True)
class DocScore:
    document: str
    family: str
    producer: str
    records: Counts
    fields: Mapping[str, Tally]
    document_fields: Mapping[str, Tally]
    findings: Counts
    mismatches: tuple[Mismatch, ...]


def add_tallies(a: Mapping[str, Tally], b: Mapping[str, Tally]) -> dict[str, Tally]:
    return {name: a.get(name, Tally()) + b.get(name, Tally()) for name in sorted({*a, *b})}


def numbered(record: Record) -> Numbered:
    return Numbered(record.get("number", ""), record.get("text", ""))


def compare_fields(document: str, want: Record,
                   got: Record | None) -> tuple[dict[str, Tally], list[Mismatch]]:
    """Each field `want` gives, right or wrong in `got` (all wrong when `got` is None)."""
    tallies: dict[str, Tally] = {}
    mismatches: list[Mismatch] = []
    for field in RECORD_FIELDS:
        if field not in want:
            continue
        expected, actual = exact(want[field]), exact(got.get(field, "")) if got is not None else ""
        right = got is not None and expected == actual
        tallies[field] = Tally(int(right), 1)
        if got is not None and not right:
            mismatches.append(Mismatch(document, want.get("number", ""), field, expected, actual))
    return tallies, mismatches


def score_records(document: str, truth: Sequence[Record],
                  predicted: Sequence[Record]) -> tuple[Counts, dict[str, Tally], list[Mismatch]]:
    """Pair the records, then score every field of every truth record."""
    pairing = pair_records([numbered(r) for r in truth], [numbered(r) for r in predicted])
    partner = {pair.truth: predicted[pair.predicted] for pair in pairing.pairs}
    tallies: dict[str, Tally] = {field: Tally() for field in RECORD_FIELDS}
    mismatches: list[Mismatch] = []
    for i, want in enumerate(truth):
        if i not in partner:
            mismatches.append(Mismatch(document, want.get("number", ""), "record",
                                       exact(want.get("text")), ""))
        found, wrong = compare_fields(document, want, partner.get(i))
        tallies = add_tallies(tallies, found)
        mismatches.extend(wrong)
    for j in pairing.extra:
        mismatches.append(Mismatch(document, predicted[j].get("number", ""), "record", "",
                                   exact(predicted[j].get("text"))))
    return Counts(len(truth), len(predicted), len(pairing.pairs)), tallies, mismatches


def score_document_fields(document: str, truth: Record, row: Record | None,
                          columns: Sequence[str]) -> tuple[dict[str, Tally], list[Mismatch]]:
    """The documents.csv fields the truth gives and the feed has (a missing row: all wrong)."""
    tallies: dict[str, Tally] = {}
    mismatches: list[Mismatch] = []
    for field in DOCUMENT_FIELDS:
        if field not in truth or field not in columns:
            continue
        expected, actual = exact(truth[field]), exact((row or {}).get(field, ""))
        tallies[field] = Tally(int(expected == actual), 1)
        if expected != actual:
            mismatches.append(Mismatch(document, "", f"document.{field}", expected, actual))
    return tallies, mismatches


def score_findings(truth: Sequence[str], predicted: Sequence[str]) -> Counts:
    """Findings match when their texts are exactly equal (after whitespace normalisation)."""
    want, got = Counter(exact(t) for t in truth), Counter(exact(p) for p in predicted)
    return Counts(len(truth), len(predicted), sum((want & got).values()))


@dataclass(frozen=True)
class Predicted:
    """What the pipeline wrote for one document."""

    recommendations: tuple[Record, ...]
    document: Record | None
    findings: tuple[str, ...]
    document_columns: tuple[str, ...]


def score_document(document: str, producer: str, truth: Truth, predicted: Predicted) -> DocScore:
    counts, fields, wrong = score_records(document, truth.recommendations, predicted.recommendations)
    doc_fields, doc_wrong = score_document_fields(document, truth.document, predicted.document,
                                                  predicted.document_columns)
    return DocScore(document=document, family=truth.family, producer=producer, records=counts,
                    fields=fields, document_fields=doc_fields,
                    findings=score_findings(truth.findings, predicted.findings),
                    mismatches=tuple(doc_wrong + wrong))
