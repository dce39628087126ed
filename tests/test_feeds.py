"""The feed schemas: every failure reported together, in one readable line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipelines.outputs.frames import DOCUMENT_COLUMNS, FeedInvalid, frame
from pipelines.outputs.schemas import DocumentsFeed


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


def frictionless_errors(folder: Path) -> list[str]:
    import frictionless

    report = frictionless.validate(folder / "datapackage.json")
    return [f"{task.name}: {error.type}" for task in report.tasks for error in task.errors]


def test_the_feeds_validate_as_a_frictionless_data_package(sample_run: Path) -> None:
    package = json.loads((sample_run / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == ["recommendations.csv", "documents.csv", "findings.csv",
                                                         "actions.csv", "tracker.csv"]
    recs = package["resources"][0]["schema"]
    assert recs["primaryKey"] == ["recommendation_id"]
    status = next(f for f in recs["fields"] if f["name"] == "status")
    assert status["constraints"]["enum"] == ["complete", "in_progress", "not_started", "unknown"]
    assert frictionless_errors(sample_run) == []


def test_the_package_catches_a_feed_gone_wrong(sample_run: Path, tmp_path: Path) -> None:
    for name in ("datapackage.json", "recommendations.csv", "documents.csv", "findings.csv", "actions.csv", "tracker.csv"):
        shutil.copy(sample_run / name, tmp_path / name)
    lines = (tmp_path / "recommendations.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    bad = lines[1].replace(",in_progress,", ",finished,", 1).replace(",complete,", ",finished,", 1)
    orphan = lines[2].replace("child-h-cabinet-report.pdf", "nowhere.pdf")
    (tmp_path / "recommendations.csv").write_text("".join([lines[0], bad, orphan, *lines[3:]]), encoding="utf-8")
    errors = frictionless_errors(tmp_path)
    assert "recommendations: constraint-error" in errors  # the status outside its enum
    assert "recommendations: foreign-key" in errors  # a row whose document is not listed
