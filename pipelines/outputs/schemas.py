"""pandera schemas of the CSV feeds (docs: ../shared/spec/output-contract.md, copied into
docs/output-contract.md). Every feed is validated lazily, so all failures are reported together."""

from __future__ import annotations

from typing import cast

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from extract.values import DocumentStatus, Rag, SourceKind, Status

#: a date in the years a plan can name (extract.fields.dates.FIRST_YEAR..LAST_YEAR), or empty: never year 1
ISO_DATE_OR_EMPTY = r"^((199\d|20\d\d)-\d{2}-\d{2})?$"
HEX16_OR_EMPTY = r"^([0-9a-f]{16})?$"
TRACKED_ID_OR_EMPTY = r"^(t[0-9a-f]{15})?$"

STATUSES = [status.value for status in Status]
#: the ratings a feed holds: Blue (BRAG: done) informs status and is no rating of its own
RAGS = [rag.value for rag in Rag if rag != Rag.BLUE]


class RecommendationsFeed(pa.DataFrameModel):
    recommendation_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    document_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{16}$")
    source_file: Series[str] = pa.Field(str_length={"min_value": 1})
    number: Series[str] = pa.Field(str_length={"min_value": 1})
    text: Series[str]
    addressee: Series[str]
    lead: Series[str]
    progress: Series[str]
    status: Series[str] = pa.Field(isin=STATUSES)
    status_evidence: Series[str]
    rag: Series[str] = pa.Field(isin=RAGS)
    progress_as_of: Series[str] = pa.Field(str_matches=ISO_DATE_OR_EMPTY)
    target_date: Series[str] = pa.Field(str_matches=ISO_DATE_OR_EMPTY)
    target_text: Series[str]
    timescales: Series[str]
    agencies: Series[str]
    page_start: Series[int] = pa.Field(ge=1)
    page_end: Series[int] = pa.Field(ge=1)
    source: Series[str] = pa.Field(isin=[kind.value for kind in SourceKind])
    confidence: Series[float] = pa.Field(ge=0, le=1)
    lead_canonical: Series[str]
    acceptance: Series[str] = pa.Field(isin=["accepted", "accepted_in_part", "accepted_in_principle",
                                              "not_accepted", "noted", ""])
    #: empty only in a feed file kept from before tracking: every merge fills it
    tracked_id: Series[str] = pa.Field(str_matches=TRACKED_ID_OR_EMPTY)
    #: the fields an analyst's correction set ("status; lead"), "added" first for a record added
    corrected: Series[str]

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.dataframe_check
    @classmethod
    def pages_in_order(cls, df: pd.DataFrame) -> Series[bool]:
        return cast(Series[bool], df["page_end"] >= df["page_start"])


class DocumentsFeed(pa.DataFrameModel):
    document_id: Series[str] = pa.Field(str_matches=HEX16_OR_EMPTY)
    source_file: Series[str] = pa.Field(str_length={"min_value": 1})
    sha256: Series[str] = pa.Field(str_matches=r"^([0-9a-f]{64})?$")
    pages: Series[int] = pa.Field(ge=0)
    title: Series[str]
    committee: Series[str]
    meeting_date: Series[str] = pa.Field(str_matches=ISO_DATE_OR_EMPTY)
    author: Series[str]
    review_type: Series[str]
    subject: Series[str]
    progress_as_of: Series[str] = pa.Field(str_matches=ISO_DATE_OR_EMPTY)
    recommendations: Series[int] = pa.Field(ge=0)
    status: Series[str] = pa.Field(isin=[status.value for status in DocumentStatus])
    error: Series[str]
    decision: Series[str]
    last_read_ok: Series[str] = pa.Field(str_matches=ISO_DATE_OR_EMPTY)

    class Config:
        strict = True
        coerce = True
        ordered = True

    @pa.dataframe_check
    @classmethod
    def error_has_reason(cls, df: pd.DataFrame) -> Series[bool]:
        return cast(Series[bool], (df["status"] == "error") == (df["error"] != ""))


class FindingsFeed(pa.DataFrameModel):
    document_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{16}$")
    source_file: Series[str] = pa.Field(str_length={"min_value": 1})
    number: Series[int] = pa.Field(ge=1)
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    page: Series[int] = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True
        ordered = True


class ActionsFeed(pa.DataFrameModel):
    recommendation_id: Series[str] = pa.Field(str_length={"min_value": 1})
    document_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{16}$")
    source_file: Series[str] = pa.Field(str_length={"min_value": 1})
    number: Series[int] = pa.Field(ge=1)
    text: Series[str]
    lead: Series[str]
    target_date: Series[str] = pa.Field(str_matches=ISO_DATE_OR_EMPTY)
    target_text: Series[str]
    rag: Series[str] = pa.Field(isin=RAGS)
    progress: Series[str]
    status: Series[str] = pa.Field(isin=STATUSES)
    page_start: Series[int] = pa.Field(ge=1)
    page_end: Series[int] = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True
        ordered = True
        unique = ["recommendation_id", "number"]


class TrackerFeed(pa.DataFrameModel):
    tracked_id: Series[str] = pa.Field(unique=True, str_matches=r"^t[0-9a-f]{15}$")
    review: Series[str]
    number: Series[str] = pa.Field(str_length={"min_value": 1})
    text: Series[str]
    latest_status: Series[str] = pa.Field(isin=STATUSES)
    latest_as_of: Series[str] = pa.Field(str_matches=ISO_DATE_OR_EMPTY)
    first_seen: Series[str] = pa.Field(str_matches=ISO_DATE_OR_EMPTY)
    last_seen: Series[str] = pa.Field(str_matches=ISO_DATE_OR_EMPTY)
    reports: Series[int] = pa.Field(ge=1)
    status_history: Series[str] = pa.Field(str_length={"min_value": 1})
    overdue: Series[bool]
    stale: Series[bool]
    regressed: Series[bool]

    class Config:
        strict = True
        coerce = True
        ordered = True


#: each CSV feed's model, by the feed's name
MODELS: dict[str, type[pa.DataFrameModel]] = {
    "recommendations": RecommendationsFeed, "documents": DocumentsFeed,
    "findings": FindingsFeed, "actions": ActionsFeed, "tracker": TrackerFeed}
