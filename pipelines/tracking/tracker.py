"""tracker.csv's rows: each tracked recommendation's history across the papers that print it,
and the flags an analyst looks for: overdue, stale, regressed. "Now" is the newest paper of the
recommendation's review, never the day of the run, so the same papers give the same flags."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from dateutil.relativedelta import relativedelta

from pipelines.tracking.linking import Appearance, Tracked
from pipelines.tracking.settings import TrackingSettings

#: how far along each status is: a later paper giving a lower one has gone back
PROGRESS = {"not_started": 0, "in_progress": 1, "complete": 2}


def history(appearances: Sequence[Appearance]) -> str:
    return "; ".join(f"{seen.as_of or 'undated'} {seen.status}" for seen in appearances)


def regressed(appearances: Sequence[Appearance]) -> bool:
    """Did a later paper give a status less far along than an earlier one did?"""
    best = -1
    for seen in appearances:
        rank = PROGRESS.get(seen.status)
        if rank is not None:
            if rank < best:
                return True
            best = max(best, rank)
    return False


def overdue(tracked: Tracked, newest: str) -> bool:
    """Its latest target date is before the newest paper of its review and it is not complete."""
    targets = [seen.target_date for seen in tracked.appearances if seen.target_date]
    latest = tracked.appearances[-1]
    return bool(targets and newest and targets[-1] < newest and latest.status != "complete")


def stale(tracked: Tracked, newest: str, months: int) -> bool:
    """Open, and its latest update older than `months` before the newest paper of its review."""
    latest = tracked.appearances[-1]
    if latest.status == "complete" or not latest.as_of or not newest:
        return False
    return date.fromisoformat(latest.as_of) < date.fromisoformat(newest) - relativedelta(months=months)


def newest_by_review(tracked: Sequence[Tracked]) -> dict[str, str]:
    """The newest date any paper of each review gives."""
    newest: dict[str, str] = defaultdict(str)
    for item in tracked:
        newest[item.key] = max([newest[item.key], *(seen.as_of for seen in item.appearances)])
    return newest


def tracker_rows(tracked: Sequence[Tracked], settings: TrackingSettings = TrackingSettings()) -> list[dict[str, object]]:
    newest = newest_by_review(tracked)
    rows = []
    for item in tracked:
        latest, dates = item.appearances[-1], sorted(seen.as_of for seen in item.appearances if seen.as_of)
        now = newest[item.key]
        rows.append({"tracked_id": item.tracked_id, "review": item.review, "number": latest.number,
                     "text": latest.text, "latest_status": latest.status, "latest_as_of": latest.as_of,
                     "first_seen": dates[0] if dates else "", "last_seen": dates[-1] if dates else "",
                     "reports": len(item.appearances), "status_history": history(item.appearances),
                     "overdue": overdue(item, now), "stale": stale(item, now, settings.stale_months),
                     "regressed": regressed(item.appearances)})
    return rows
