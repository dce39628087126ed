"""Tracking scored against series truth (`*.links.json`: for each series of papers about one
review, which of their recommendations are one): every pair of rows the truth says are one
recommendation and the run links is right, a pair the run links that the truth does not is
wrong, a pair the truth links that the run does not is missed. A pair with a row the run did not
extract is counted apart (`unextracted`): that is reading's miss, not tracking's."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

#: a row, as the truth names it: (file under the run's input, number, text start)
Entry = tuple[str, str, str]


@dataclass(frozen=True)
class LinkScore:
    """One series' pairs: right, wrong, missed, and those with a row not extracted."""

    review: str
    right: int
    wrong: int
    missed: int
    unextracted: int


def entries(group: Sequence[Mapping[str, str]], under: str) -> list[Entry]:
    return [(under + item["file"], item.get("number", ""), item.get("text_start", "")) for item in group]


def row_of(entry: Entry, rows: Sequence[Mapping[str, str]]) -> Mapping[str, str] | None:
    """The run's row the truth's entry names: its file and number, the text's start where the
    number is not enough (or is not given)."""
    file, number, start = entry
    found = [r for r in rows if r["source_file"] == file and (not number or r["number"] == number)]
    if start:
        found = [r for r in found if " ".join(r["text"].split()).startswith(" ".join(start.split()))] or found[:0]
    return found[0] if len(found) == 1 else None


def pairs(groups: Iterable[Sequence[str]]) -> set[frozenset[str]]:
    return {frozenset(pair) for group in groups for pair in combinations(sorted(group), 2)}


def score_series(series: Mapping[str, Any], rows: Sequence[Mapping[str, str]], under: str) -> LinkScore:
    files = {under + name for name in series["documents"]}
    mine = [r for r in rows if r["source_file"] in files]
    truth_groups = [[row_of(e, mine) for e in entries(group, under)] for group in series["tracked"]]
    found = {r["recommendation_id"] for group in truth_groups for r in group if r is not None}
    truth = pairs([r["recommendation_id"] for r in group if r is not None] for group in truth_groups)
    unextracted = sum(len(group) - 1 for group in truth_groups if None in group and len(group) > 1)
    by_id: dict[str, list[str]] = {}
    for r in mine:
        if r["recommendation_id"] in found:
            by_id.setdefault(r["tracked_id"], []).append(r["recommendation_id"])
    linked = pairs(by_id.values())
    return LinkScore(str(series["review"]), len(truth & linked), len(linked - truth), len(truth - linked), unextracted)


def score_links(path: Path, rows: Sequence[Mapping[str, str]], under: str = "") -> list[LinkScore]:
    """Each series of the links file at `path` scored against the run's recommendations rows;
    `under`: the links file's folder as the run's source files start (`real/`)."""
    series = json.loads(path.read_text(encoding="utf-8"))["series"]
    return [score_series(s, rows, under) for s in series]
