"""The feeds' tracking: recommendations.csv's `tracked_id` and tracker.csv, made from the
recommendations and documents feeds whole (a run's, or a feed folder's after a merge), so a
nightly feed tracks exactly as a clean run over everything does."""

from __future__ import annotations

import pandas as pd

from pipelines.outputs.neutralise import restore
from pipelines.outputs.schemas import TrackerFeed
from pipelines.tracking.linking import Tracked, track
from pipelines.tracking.settings import TrackingSettings
from pipelines.tracking.tracker import tracker_rows

TRACKER_COLUMNS = list(TrackerFeed.to_schema().columns)
#: the columns tracking reads, compared as printed (a feed's stored values are restored first)
READ = {"recommendations": ["recommendation_id", "source_file", "document_id", "number", "text", "status",
                            "progress_as_of", "target_date", "acceptance"],
        "documents": ["source_file", "review_type", "subject", "title", "progress_as_of", "meeting_date"]}


def as_printed(df: pd.DataFrame, columns: list[str]) -> list[dict[str, str]]:
    return [{name: restore(str(value)) for name, value in row.items()}
            for row in df[columns].to_dict("records")]


def tracked(recommendations: pd.DataFrame, documents: pd.DataFrame, settings: TrackingSettings = TrackingSettings()
            ) -> tuple[pd.DataFrame, list[dict[str, object]], tuple[Tracked, ...]]:
    """`recommendations` with `tracked_id` filled, tracker.csv's rows, and the recommendations
    followed."""
    items = track(as_printed(recommendations, READ["recommendations"]), as_printed(documents, READ["documents"]),
                  settings)
    ids = {seen.recommendation_id: item.tracked_id for item in items for seen in item.appearances}
    printed = [restore(str(rid)) for rid in recommendations["recommendation_id"]]
    return recommendations.assign(tracked_id=[ids[rid] for rid in printed]), tracker_rows(items, settings), items
