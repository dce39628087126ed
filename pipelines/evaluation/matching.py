"""Pair predicted recommendations with true ones, one to one: greedily, most similar text first,
a pair counting only when its similarity reaches `THRESHOLD`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from pipelines.evaluation.textnorm import loose

#: least similarity (difflib ratio of the loose texts) at which two records are the same one
THRESHOLD = 0.8


@dataclass(frozen=True)
class Numbered:
    """What pairing looks at in a record: its printed number and its text."""

    number: str
    text: str


@dataclass(frozen=True)
class Pair:
    """Truth record `truth` (an index) is predicted record `predicted`, this similar."""

    truth: int
    predicted: int
    similarity: float


@dataclass(frozen=True)
class Pairing:
    pairs: tuple[Pair, ...]
    missed: tuple[int, ...]  # truth records no prediction matched
    extra: tuple[int, ...]  # predicted records that match no truth record


def similarity(a: str, b: str) -> float:
    """0..1, how alike two texts read, line wrapping and spacing aside."""
    a, b = loose(a), loose(b)
    if a == b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < THRESHOLD or matcher.quick_ratio() < THRESHOLD:
        return 0.0  # cannot reach the threshold: not worth the full comparison
    return matcher.ratio()


def candidates(truth: Sequence[Numbered], predicted: Sequence[Numbered]) -> list[Pair]:
    """Every pair similar enough, best first; ties go to the pair whose numbers agree, then to
    document order."""
    found = [Pair(i, j, s) for i, t in enumerate(truth) for j, p in enumerate(predicted)
             if (s := similarity(t.text, p.text)) >= THRESHOLD]
    return sorted(found, key=lambda pair: (-pair.similarity,
                                           truth[pair.truth].number != predicted[pair.predicted].number,
                                           pair.truth, pair.predicted))


def pair_records(truth: Sequence[Numbered], predicted: Sequence[Numbered]) -> Pairing:
    """The one-to-one pairing, greedy on similarity."""
    pairs: list[Pair] = []
    used_truth: set[int] = set()
    used_predicted: set[int] = set()
    for pair in candidates(truth, predicted):
        if pair.truth not in used_truth and pair.predicted not in used_predicted:
            pairs.append(pair)
            used_truth.add(pair.truth)
            used_predicted.add(pair.predicted)
    pairs.sort(key=lambda pair: pair.truth)
    return Pairing(pairs=tuple(pairs),
                   missed=tuple(i for i in range(len(truth)) if i not in used_truth),
                   extra=tuple(j for j in range(len(predicted)) if j not in used_predicted))
