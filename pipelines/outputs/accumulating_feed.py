"""The accumulating feed: `actionplan run ... --feed DIR` merges this run into a long-lived
folder of feeds, so a nightly job can read only the new PDFs and the dashboard still sees all.

- A document of this run read well (status ok or no_recommendations) replaces every row of the
  same `source_file` (a PDF that changed under its name replaces its old rows, whatever its
  new hash); its `last_read_ok` becomes the merge date.
- A document whose read failed tonight (status error) never replaces a good read: its rows of
  the last good read stay, and its documents.csv row says `error`, "read failed on DATE:
  REASON; rows kept from the last good read on DAY", with `last_read_ok` still DAY. A document
  never read well gets its error row as in any run.
- Rows of this run replace those with the same `recommendation_id` (the same PDF found again).
- Documents absent from this run keep their rows.
- Keys are compared as stored: a file name the CSVs neutralise (`=report.pdf` written
  `'=report.pdf`) matches its rows of the night before.

The merge date is UTC today, or ACTIONPLAN_TODAY (YYYY-MM-DD) where set. The merged feeds are
validated like any run's and written atomically with their `datapackage.json`, in the same
order (source file, then position).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from pipelines.batch.copies import COPY_OF
from pipelines.corrections.corrections_file import Correction
from pipelines.outputs.feed_files import FeedFileInvalid, read_feed
from pipelines.outputs.frames import FeedInvalid, Feeds, finished, frame
from pipelines.outputs.neutralise import neutralise_frame, restore
from pipelines.outputs.schemas import MODELS, ActionsFeed, RecommendationsFeed
from pipelines.outputs.write_set import CSV_FEEDS, feed_writers, write_all
from pipelines.tracking.settings import TrackingSettings

#: the environment variable that sets the merge date (tests, or a night's job run late)
TODAY = "ACTIONPLAN_TODAY"


class FeedNotUpdated(Exception):
    """The run's own outputs were written, but merging them into the feed failed (the feed is as
    it was): the message says why, in one line."""

    def __init__(self, folder: Path, error: Exception) -> None:
        reason = getattr(error, "strerror", None) or error
        super().__init__(f"--feed {folder} not updated (it is as it was; the run's outputs are written): {reason}")


def merge_date() -> str:
    """The date this merge is made on, as YYYY-MM-DD."""
    given = os.environ.get(TODAY)
    if given is None:
        return datetime.now(UTC).date().isoformat()
    try:
        return date.fromisoformat(given).isoformat()
    except ValueError:
        raise ValueError(f"{TODAY}: {given!r} is not a date as YYYY-MM-DD") from None


def check_feed(folder: Path) -> None:
    """Before any work: raise FeedFileInvalid for the first feed file of `folder` the merge could
    not use (ValueError for a bad ACTIONPLAN_TODAY)."""
    merge_date()
    if folder.exists() and not folder.is_dir():
        raise FeedFileInvalid(folder, 0, "not a folder")
    for name in CSV_FEEDS:
        read_feed(folder / f"{name}.csv", MODELS[name])


def merged(old: pd.DataFrame, new: pd.DataFrame, replaced: set[str], model: type[pa.DataFrameModel],
           ids: set[str]) -> pd.DataFrame:
    """`old` without the rows `new` replaces (those of the `replaced` source files, and the
    recommendations and actions of the recommendation `ids` read tonight, whatever file they
    were under), plus `new`, ordered by source file as a run orders it (stable, so a document's
    rows keep their order)."""
    kept = old[~old["source_file"].isin(replaced)]
    if model in (RecommendationsFeed, ActionsFeed):
        kept = kept[~kept["recommendation_id"].isin(ids)]
    rows = pd.concat([kept, new], ignore_index=True).sort_values(
        "source_file", kind="stable", key=lambda names: names.map(restore))
    return frame(rows.to_dict("records"), list(new.columns), model)


def held(old: pd.DataFrame, new: pd.DataFrame) -> set[str]:
    """Source files read badly tonight whose feed holds a good read, kept instead."""
    good = old[(old["status"] != "error") | (old["last_read_ok"] != "")]
    # a copy is read: its rows are under the first copy
    failed = (new["status"] == "error") & ~new["error"].str.startswith(COPY_OF)
    return set(new.loc[failed, "source_file"]) & set(good["source_file"])


def failed_read(kept: dict[str, object], reason: str, today: str) -> dict[str, object]:
    """The feed's row of the good read kept, marked with tonight's failure."""
    last = kept["last_read_ok"]
    return {**kept, "status": "error", "error": f"read failed on {today}: {reason}; rows kept from "
                                                 f"the last good read{f' on {last}' if last else ''}"}


def dated(old: pd.DataFrame, run: pd.DataFrame, keep: set[str], today: str) -> pd.DataFrame:
    """Tonight's documents.csv rows as the feed holds them: a good read dated today, a failed
    one of a document read well before its old row, marked."""
    previous = {row["source_file"]: row for row in old.to_dict("records")}
    stored = neutralise_frame(run)
    rows = []
    for raw, row in zip(run.to_dict("records"), stored.to_dict("records")):
        if row["source_file"] in keep:
            rows.append(failed_read(previous[row["source_file"]], str(raw["error"]), today))
        else:
            rows.append({**row, "last_read_ok": today if row["status"] != "error" else ""})
    return frame(rows, list(run.columns), MODELS["documents"])


def update_feed(feeds: Feeds, folder: Path, corrections: Sequence[Correction] = ()) -> tuple[Correction, ...]:
    """Merge this run's feeds into `folder`'s, the corrections applied again over the whole, and
    write them there; the corrections that found no record in the feed. FeedNotUpdated if that
    cannot be done (the feed is left as it was)."""
    try:
        return merge_into(feeds, folder, corrections)
    except (OSError, FeedInvalid) as error:
        raise FeedNotUpdated(folder, error) from error


def merge_into(feeds: Feeds, folder: Path, corrections: Sequence[Correction]) -> tuple[Correction, ...]:
    today = merge_date()
    old = {name: read_feed(folder / f"{name}.csv", MODELS[name]) for name in CSV_FEEDS}
    new = {name: neutralise_frame(getattr(feeds, name)) for name in CSV_FEEDS}
    keep = held(old["documents"], new["documents"])
    new["documents"] = dated(old["documents"], feeds.documents, keep, today)
    tonight = set(new["documents"]["source_file"])
    ids = set(new["recommendations"]["recommendation_id"])
    frames = {name: merged(old[name], new[name], tonight if name == "documents" else tonight - keep, MODELS[name], ids)
              for name in CSV_FEEDS}
    done = finished(frames["recommendations"], frames["documents"], corrections, TrackingSettings())
    frames["recommendations"], frames["tracker"] = done.recommendations, done.tracker
    write_all(folder, feed_writers(frames))
    return done.applied.unapplied
