"""Papers of one review that name it differently. A paper named by its review's kind and subject
("Serious Case Review", "Child H") keeps that review; one named only by its title (a title read
badly, or printed with a paper number) is of another paper's review where their recommendations
are largely the same texts (TrackingSettings.same_paper_*). Two papers that both name a kind and
subject, and differ, are never one review, however alike their texts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pipelines.tracking.likeness import Likeness
from pipelines.tracking.settings import TrackingSettings

#: a paper's rows as tracking compares them: (its review's key, whether the key is a kind and
#: subject, the rows' words)
Paper = tuple[str, bool, tuple[frozenset[str], ...]]
#: the least share of the shorter paper's words the other must hold before its rows are compared
WORDS_FIRST = 0.3


def shared_rows(a: Paper, b: Paper, alike: Likeness, settings: TrackingSettings) -> bool:
    """Are enough of the shorter paper's rows alike to the other's?"""
    shorter, longer = sorted((a[2], b[2]), key=len)
    found = sum(any(alike(row, other) >= settings.same_paper_text for other in longer)
                for row in shorter if len(row) >= settings.min_words)
    return found >= settings.same_paper_rows and found >= settings.same_paper_share * len(shorter)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def joined(papers: Sequence[Paper], settings: TrackingSettings) -> dict[str, str]:
    """Each review key the papers give, mapped to the key of the review it is part of."""
    alike = Likeness(row for paper in papers for row in paper[2])
    whole = [frozenset().union(*paper[2]) for paper in papers]
    parent = {paper[0]: paper[0] for paper in papers}
    named = {paper[0] for paper in papers if paper[1]}
    count = defaultdict(int, {key: sum(paper[0] == key for paper in papers) for key in parent})

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    for i, a in enumerate(papers):
        for j in range(i + 1, len(papers)):
            b = papers[j]
            ra, rb = root(a[0]), root(b[0])
            if ra == rb or (ra in named and rb in named) or overlap(whole[i], whole[j]) < WORDS_FIRST:
                continue
            if shared_rows(a, b, alike, settings):
                keep, fold = sorted((ra, rb), key=lambda k: (k not in named, -count[k], k))
                parent[fold] = keep
                count[keep] += count[fold]
    return {key: root(key) for key in parent}


def papers_of(rows: Sequence[tuple[str, str, bool, frozenset[str]]]) -> list[Paper]:
    """(source file, review key, named by kind and subject, words) rows as papers, in file order."""
    found: dict[str, list[tuple[str, bool, frozenset[str]]]] = defaultdict(list)
    for source, key, named, words in rows:
        found[source].append((key, named, words))
    return [(items[0][0], items[0][1], tuple(w for _, _, w in items)) for _, items in sorted(found.items())]
