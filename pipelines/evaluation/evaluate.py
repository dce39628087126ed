"""`actionplan eval`: run the pipeline on a folder of PDFs, then score what it wrote against the
truth files beside them, and measure the peer tools on the same documents."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from extract.settings import Settings
from pipelines.batch.inputs import Job, find_jobs
from pipelines.batch.options import BatchOptions, RunOptions
from pipelines.evaluation.peers import PeerJob, PeerOutcome, measure_document
from pipelines.evaluation.readback import WrittenFeeds, read_feeds
from pipelines.evaluation.scoring import DOCUMENT_FIELDS, DocScore, numbered, score_document
from pipelines.evaluation.truth import Truth, TruthInvalid, TruthLink, expected_name, load_truth, truth_for
from pipelines.run import run

RUN_DIR = "run"
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Note:
    """Something left out of the scores (a PDF, a field) and why."""

    subject: str
    reason: str


@dataclass(frozen=True)
class Scored:
    """A PDF with its truth: where it is, what it should yield, and its producer."""

    job: Job
    truth: Truth
    producer: str


@dataclass(frozen=True)
class PeerDoc:
    """The peers on one document, next to our count of exact texts."""

    document: str
    family: str
    producer: str
    truth: int
    ours: int
    outcomes: tuple[PeerOutcome, ...]


@dataclass(frozen=True)
class Evaluation:
    scores: tuple[DocScore, ...]
    skipped: tuple[Note, ...]
    not_scored: tuple[Note, ...]
    peers: tuple[PeerDoc, ...] | None  # None: peers not measured (--no-peers)


def link_truths(jobs: Sequence[Job]) -> tuple[list[Scored], list[Note]]:
    """Each PDF with its truth; the ones without (or with a broken one) as notes."""
    scored: list[Scored] = []
    skipped: list[Note] = []
    for job in jobs:
        link: TruthLink | None = truth_for(job.path)
        if link is None:
            skipped.append(Note(job.source_file, f"no truth file ({expected_name(job.path)})"))
            continue
        try:
            truth = load_truth(link.path)
            scored.append(Scored(job, truth, link.producer or truth.producer))
        except TruthInvalid as error:
            skipped.append(Note(job.source_file, str(error)))
    return scored, skipped


def not_scored(scored: Sequence[Scored], feeds: WrittenFeeds) -> list[Note]:
    """Document fields some truth gives that documents.csv has no column for (yet)."""
    given = {name for item in scored for name in item.truth.document}
    return [Note(f"document.{name}", "no such column in documents.csv")
            for name in DOCUMENT_FIELDS if name in given and name not in feeds.document_columns]


def parallel_map(fn: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    if workers <= 1 or len(items) <= 1:
        return [fn(item) for item in items]
    with ProcessPoolExecutor(max_workers=min(workers, len(items))) as pool:
        return list(pool.map(fn, items))


def peer_candidates(scored: Iterable[Scored]) -> list[Scored]:
    """Peers are measured where a table tool has a chance: non-prose families with records."""
    return [item for item in scored
            if not item.truth.family.startswith("prose") and item.truth.recommendations]


def measure_peers(scored: Sequence[Scored], scores: Sequence[DocScore], workers: int) -> list[PeerDoc]:
    candidates = peer_candidates(scored)
    jobs = [PeerJob(item.job.source_file, item.job.path,
                    tuple(numbered(r) for r in item.truth.recommendations)) for item in candidates]
    exact_texts = {score.document: score.fields["text"].correct for score in scores}
    return [PeerDoc(item.job.source_file, item.truth.family, item.producer,
                    len(item.truth.recommendations), exact_texts[item.job.source_file], outcomes)
            for item, outcomes in zip(candidates, parallel_map(measure_document, jobs, workers))]


def evaluate(inputs: Path | Sequence[Path], outdir: Path, workers: int, peers: bool,
             settings: Settings | None = None) -> Evaluation:
    """Run the pipeline on `inputs` (a folder, or several folders and PDFs) into `outdir/run/`
    and score it against the truth files."""
    paths = [inputs] if isinstance(inputs, Path) else list(inputs)
    run(find_jobs(paths), outdir / RUN_DIR, settings or Settings(), BatchOptions(jobs=workers),
        [str(p) for p in paths], RunOptions(review=False))
    return score_written(paths, outdir / RUN_DIR, workers, peers)


def score_written(paths: Sequence[Path], written: Path, workers: int, peers: bool) -> Evaluation:
    """Score the feeds a run over `paths` wrote into `written` against the truth files."""
    jobs = find_jobs(paths)
    feeds = read_feeds(written)
    scored, skipped = link_truths(jobs)
    scores = [score_document(item.job.source_file, item.producer, item.truth,
                             feeds.predicted(item.job.source_file)) for item in scored]
    return Evaluation(scores=tuple(scores), skipped=tuple(skipped),
                      not_scored=tuple(not_scored(scored, feeds)),
                      peers=tuple(measure_peers(scored, scores, workers)) if peers else None)
