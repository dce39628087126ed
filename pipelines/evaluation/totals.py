"""Document scores added up: overall, and per group (family, producer)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from pipelines.evaluation.scoring import Counts, DocScore, Tally, add_tallies

#: the producer group of a PDF named plainly `X.pdf`
NO_PRODUCER = "(none)"


@dataclass(frozen=True)
class Summary:
    """Micro-averaged: precision is all matches over all predictions of the group, and so on."""

    docs: int = 0
    records: Counts = Counts()
    fields: Mapping[str, Tally] = field(default_factory=dict)
    document_fields: Mapping[str, Tally] = field(default_factory=dict)
    findings: Counts = Counts()

    def __add__(self, score: DocScore) -> Summary:
        return Summary(docs=self.docs + 1, records=self.records + score.records,
                       fields=add_tallies(self.fields, score.fields),
                       document_fields=add_tallies(self.document_fields, score.document_fields),
                       findings=self.findings + score.findings)


Item = TypeVar("Item")
#: what an `Adds` takes: only ever passed in, so a total of a wider kind of item will do
Item_contra = TypeVar("Item_contra", contravariant=True)
Total = TypeVar("Total", bound="Adds[Any]")


class Adds(Protocol[Item_contra]):
    """A running total that takes one item at a time (`total + item`)."""

    def __add__(self: Total, item: Item_contra) -> Total: ...


def added(items: Iterable[Item], empty: Total) -> Total:
    """`empty` with every item added, in order."""
    total = empty
    for item in items:
        total = total + item
    return total


def added_by(items: Iterable[Item], key: Callable[[Item], str], empty: Total) -> dict[str, Total]:
    """A total per value of `key`, ordered by that value."""
    groups: dict[str, Total] = {}
    for item in items:
        groups[key(item)] = groups.get(key(item), empty) + item
    return dict(sorted(groups.items()))


def summarise(scores: Iterable[DocScore]) -> Summary:
    return added(scores, Summary())


def grouped(scores: Iterable[DocScore], key: Callable[[DocScore], str]) -> dict[str, Summary]:
    """A summary per value of `key`, ordered by that value."""
    return added_by(scores, key, Summary())


class Grouped(Protocol):
    """Anything scored per document: it has a family and a producer."""

    @property
    def family(self) -> str: ...

    @property
    def producer(self) -> str: ...


def family(item: Grouped) -> str:
    return item.family


def producer(item: Grouped) -> str:
    return item.producer or NO_PRODUCER
