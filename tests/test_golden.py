"""Every field of every record of each sample against its golden expected output."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLE_PDFS, golden, read_csv

FEEDS = ("recommendations", "documents", "findings", "actions")


def rows_for(out: Path, feed: str, pdf: Path) -> list[dict[str, str]]:
    return [row for row in read_csv(out / f"{feed}.csv") if row["source_file"] == pdf.name]


def test_every_sample_has_a_golden_file() -> None:
    assert SAMPLE_PDFS, "no sample PDFs"
    for pdf in SAMPLE_PDFS:
        assert golden(pdf), pdf


@pytest.mark.parametrize("feed", FEEDS)
@pytest.mark.parametrize("pdf", SAMPLE_PDFS, ids=lambda p: p.stem)
def test_feed_matches_golden(sample_run: Path, pdf: Path, feed: str) -> None:
    expected = golden(pdf)[feed]
    actual = rows_for(sample_run, feed, pdf)
    assert len(actual) == len(expected)
    for want, got in zip(expected, actual):
        assert list(got) == list(want), "columns and their order"
        for column in want:
            assert got[column] == want[column], f"{feed} row {want.get('number', '')}: {column}"
