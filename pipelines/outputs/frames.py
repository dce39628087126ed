"""Documents -> the feeds as pandas DataFrames, in contract column order, validated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd
import pandera.pandas as pa

from extract.model import Action, Document, Recommendation
from pipelines.corrections.apply import Applied, apply_corrections
from pipelines.corrections.corrections_file import Correction
from pipelines.outputs.schemas import ActionsFeed, DocumentsFeed, FindingsFeed, RecommendationsFeed, TrackerFeed
from pipelines.outputs.tracker_feed import TRACKER_COLUMNS, tracked
from pipelines.tracking.linking import Tracked
from pipelines.tracking.settings import TrackingSettings

RECOMMENDATION_COLUMNS = list(RecommendationsFeed.to_schema().columns)
#: the columns a recommendation's record gives; the rest are the feed's (tracking)
RECORD_COLUMNS = [name for name in RECOMMENDATION_COLUMNS if name not in ("tracked_id", "corrected")]
DOCUMENT_COLUMNS = list(DocumentsFeed.to_schema().columns)
FINDING_COLUMNS = list(FindingsFeed.to_schema().columns)
ACTION_COLUMNS = list(ActionsFeed.to_schema().columns)


class FeedInvalid(Exception):
    """A feed broke its schema: `failures` holds every failure (pandera's lazy report), the
    message is one line that names each failing column and check."""

    def __init__(self, feed: str, failures: pd.DataFrame) -> None:
        self.failures = failures
        named = failures.assign(column=failures["column"].where(failures["schema_context"] != "DataFrameSchema", "row"))
        kinds = (named.drop_duplicates(["column", "check", "index"])
                 .groupby(["column", "check"], sort=True, dropna=False).size())
        listed = "; ".join(f"{column} {check} ({count} rows)" for (column, check), count in kinds.items())
        super().__init__(f"{feed} breaks its schema: {listed}")


@dataclass(frozen=True)
class Feeds:
    recommendations: pd.DataFrame
    documents: pd.DataFrame
    findings: pd.DataFrame
    actions: pd.DataFrame
    tracker: pd.DataFrame
    #: the recommendations followed across the papers (the tracker's rows, with every appearance)
    tracked: tuple[Tracked, ...] = ()
    #: what the analyst's corrections did (the values they replaced, those with no record)
    applied: Applied = Applied()


def iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def recommendation_row(rec: Recommendation) -> dict[str, object]:
    row = {name: getattr(rec, name) for name in RECORD_COLUMNS}
    row.update(progress_as_of=iso(rec.progress_as_of), target_date=iso(rec.target_date),
               timescales="; ".join(rec.timescales), agencies="; ".join(rec.agencies))
    return row


def document_row(doc: Document) -> dict[str, object]:
    meta = doc.metadata
    return {"document_id": doc.document_id, "source_file": doc.source_file, "sha256": doc.sha256,
            "pages": doc.pages, "title": meta.title, "committee": meta.committee,
            "meeting_date": iso(meta.meeting_date), "author": meta.author,
            "review_type": meta.review_type, "subject": meta.subject,
            "progress_as_of": iso(doc.progress_as_of), "recommendations": len(doc.recommendations),
            "status": doc.status, "error": doc.error, "decision": doc.decision,
            "last_read_ok": ""}  # a run's row; the accumulating feed dates it (pipelines/outputs/accumulating_feed.py)


def action_row(action: Action) -> dict[str, object]:
    row = {name: getattr(action, name) for name in ACTION_COLUMNS}
    row.update(target_date=iso(action.target_date))
    return row


def frame(rows: list[dict[str, object]], columns: list[str], model: type[pa.DataFrameModel]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=columns)
    try:
        return model.validate(df, lazy=True)
    except pa.errors.SchemaErrors as errors:
        raise FeedInvalid(model.__name__, errors.failure_cases) from errors


@dataclass(frozen=True)
class Finished:
    """The recommendations feed corrected and tracked, the tracker feed, both validated; the
    recommendations followed and what the corrections did."""

    recommendations: pd.DataFrame
    tracker: pd.DataFrame
    tracked: tuple[Tracked, ...]
    applied: Applied


def finished(recommendations: pd.DataFrame, documents: pd.DataFrame, corrections: Sequence[Correction],
             settings: TrackingSettings) -> Finished:
    """The analyst's corrections applied, then the recommendations tracked: the same step for a
    run's feeds and for a feed folder's after a merge."""
    corrected, applied = apply_corrections(recommendations, documents, corrections)
    linked, rows, items = tracked(corrected, documents, settings)
    return Finished(frame(linked.to_dict("records"), RECOMMENDATION_COLUMNS, RecommendationsFeed),
                    frame(rows, TRACKER_COLUMNS, TrackerFeed), items, applied)


def build_feeds(documents: Sequence[Document], tracking: TrackingSettings = TrackingSettings(),
                corrections: Sequence[Correction] = ()) -> Feeds:
    """The feeds, rows ordered by source_file then position in the document, the analyst's
    corrections applied before the recommendations are tracked."""
    docs = sorted(documents, key=lambda d: d.source_file)
    papers = frame([document_row(d) for d in docs], DOCUMENT_COLUMNS, DocumentsFeed)
    extracted = pd.DataFrame([recommendation_row(r) for d in docs for r in d.recommendations], columns=RECORD_COLUMNS)
    done = finished(extracted, papers, corrections, tracking)
    return Feeds(
        recommendations=done.recommendations, documents=papers,
        findings=frame([{n: getattr(f, n) for n in FINDING_COLUMNS} for d in docs for f in d.findings],
                       FINDING_COLUMNS, FindingsFeed),
        actions=frame([action_row(a) for d in docs for r in d.recommendations for a in r.actions],
                      ACTION_COLUMNS, ActionsFeed),
        tracker=done.tracker, tracked=done.tracked, applied=done.applied)
