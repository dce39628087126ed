"""The feed schemas: every failure reported together, in one readable line."""

from __future__ import annotations

import pytest

from pipelines.frames import DOCUMENT_COLUMNS, FeedInvalid, frame
from pipelines.schemas import DocumentsFeed


def document_row(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {column: "" for column in DOCUMENT_COLUMNS}
    row.update(document_id="6f7208e9c8a1830b", source_file="a.pdf", pages=5, recommendations=7,
               status="ok", sha256="6f7208e9c8a1830b6ff25025a8ec98338daaed0b264f2f1cbbebfb8cd5aa5795")
    row.update(changes)
    return row


def test_a_valid_documents_feed_passes() -> None:
    df = frame([document_row()], DOCUMENT_COLUMNS, DocumentsFeed)
    assert list(df.columns) == DOCUMENT_COLUMNS and len(df) == 1


def test_every_failure_is_reported_in_one_line() -> None:
    rows = [document_row(status="done"), document_row(meeting_date="25/11/2014", pages=-1)]
    with pytest.raises(FeedInvalid) as caught:
        frame(rows, DOCUMENT_COLUMNS, DocumentsFeed)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("DocumentsFeed breaks its schema: ")
    for column in ("status", "meeting_date", "pages"):
        assert column in message
    assert len(caught.value.failures) >= 3


def test_an_error_row_needs_its_reason() -> None:
    with pytest.raises(FeedInvalid, match="error_has_reason"):
        frame([document_row(status="error")], DOCUMENT_COLUMNS, DocumentsFeed)
