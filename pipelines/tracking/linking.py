"""Which rows of the feeds are one recommendation of one review, printed in several papers.

Rows are grouped by the review their paper names (`review_names`); a paper that names none keeps
each of its rows on its own. Within a review the papers are taken oldest first (the date the
progress is reported at, else the meeting's; a response after the report it answers; then by
document id), and each paper's rows are matched one to one against the recommendations already
followed: first those whose texts are alike at `same_text` (whatever their numbers: renumbered
or abridged), then those with the same number (`number_key`) and texts alike at
`same_number_text`, which are uncertain and listed in the Checks sheet; the best matches are
taken first. A row matched to none starts a recommendation of its own. Two rows of one paper are
never one recommendation."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from pipelines.tracking.likeness import Likeness, words
from pipelines.tracking.review_names import number_key, review_key, review_name
from pipelines.tracking.same_review import joined, papers_of
from pipelines.tracking.settings import TrackingSettings


@dataclass(frozen=True)
class Appearance:
    """One row of recommendations.csv as tracking sees it, with its paper's review and date."""

    recommendation_id: str
    source_file: str
    document_id: str
    review: str
    number: str
    text: str
    status: str
    as_of: str
    target_date: str
    words: frozenset[str]
    #: its review as compared (`review_key`; a paper that names none is a review of its own), and
    #: whether its paper names the review by kind and subject
    key: str
    named: bool
    #: where its paper comes in the review's series: (date or "", answers, document id)
    order: tuple[str, bool, str]
    #: linked on its number to texts less alike than `same_text`
    uncertain: bool = False


@dataclass(frozen=True)
class Tracked:
    """One recommendation of one review, with every row that prints it, oldest paper first."""

    tracked_id: str
    #: the review as its papers name it ("" if they name none), and as compared
    review: str
    key: str
    appearances: tuple[Appearance, ...]


def paper_date(document: Mapping[str, str]) -> str:
    return document["progress_as_of"] or document["meeting_date"]


def appearances(recommendations: Sequence[Mapping[str, str]],
                documents: Mapping[str, Mapping[str, str]]) -> Iterator[Appearance]:
    answers = {row["source_file"] for row in recommendations if row["acceptance"]}
    names = {source: review_name(paper) for source, paper in documents.items()}
    for row in recommendations:
        paper, name = documents[row["source_file"]], names[row["source_file"]]
        yield Appearance(row["recommendation_id"], row["source_file"], row["document_id"], name,
                         row["number"], row["text"], row["status"], row["progress_as_of"] or paper_date(paper),
                         row["target_date"], words(row["text"]), review_key(name) or f"paper {row['document_id']}",
                         bool(paper["review_type"].strip() and paper["subject"].strip()),
                         (paper_date(paper), row["source_file"] in answers, row["document_id"]))


def tracked_id(key: str, first: Appearance) -> str:
    """An id from the review and the recommendation's first row: the same on every run over the
    same papers, and kept as later papers are added."""
    return "t" + hashlib.sha256(f"{key}\x1f{first.recommendation_id}".encode()).hexdigest()[:15]


def track(recommendations: Sequence[Mapping[str, str]], documents: Sequence[Mapping[str, str]],
          settings: TrackingSettings = TrackingSettings()) -> tuple[Tracked, ...]:
    """Every recommendation followed across the papers, in the order of their first rows."""
    rows = list(appearances(recommendations, {doc["source_file"]: doc for doc in documents}))
    review_of = joined(papers_of([(row.source_file, row.key, row.named, row.words) for row in rows]), settings)
    reviews: dict[str, list[Appearance]] = defaultdict(list)
    names: dict[str, str] = {}
    for row in rows:
        reviews[review_of[row.key]].append(row)
        names.setdefault(row.key, row.review)
    made = [Tracked(tracked_id(key, group[0]), names[key], key, tuple(group))
            for key, found in sorted(reviews.items()) for group in series(found, settings)]
    return tuple(sorted(made, key=lambda t: (t.appearances[0].order, t.appearances[0].recommendation_id)))


def series(rows: list[Appearance], settings: TrackingSettings) -> list[list[Appearance]]:
    """One review's rows as recommendations: each paper's rows, oldest paper first, matched to
    the recommendations already followed."""
    alike = Likeness(row.words for row in rows)
    items: list[list[Appearance]] = []
    papers: dict[tuple[str, bool, str], list[Appearance]] = defaultdict(list)
    for row in rows:
        papers[row.order].append(row)
    for order in sorted(papers):
        items = matched(items, papers[order], alike, settings)
    return items


def matched(items: list[list[Appearance]], paper: list[Appearance], alike: Likeness,
            settings: TrackingSettings) -> list[list[Appearance]]:
    """`items` with each row of one paper added to its best match, or as a new item."""
    scored = sorted(((score, i, j) for i, item in enumerate(items) for j, row in enumerate(paper)
                     if (score := match(item, row, alike, settings)) is not None),
                    key=lambda s: (-s[0][0], -s[0][1], -s[0][2], s[1], s[2]))
    grown, taken, placed = [list(item) for item in items], set(), set()
    for (certain, _, _), i, j in scored:
        if i not in taken and j not in placed:
            taken.add(i)
            placed.add(j)
            row = paper[j]
            grown[i].append(row if certain else replace(row, uncertain=True))
    return grown + [[row] for j, row in enumerate(paper) if j not in placed]


def match(item: list[Appearance], row: Appearance, alike: Likeness,
          settings: TrackingSettings) -> tuple[bool, bool, float] | None:
    """(certain, same number, likeness) of `row` as `item`, or None if it is not."""
    share = max(alike(seen.words, row.words) for seen in item)
    same_number = any(number_key(seen.number) == number_key(row.number) for seen in item)
    long_enough = len(row.words) >= settings.min_words and any(len(s.words) >= settings.min_words for s in item)
    if share >= settings.same_text and long_enough:
        return True, same_number, share
    if same_number and share >= settings.same_number_text:
        return False, same_number, share
    return None
