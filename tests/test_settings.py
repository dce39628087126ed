"""The thresholds as settings (extract/settings.py): grouped by step, validated when made, each
one read by the step it names, and part of the cache's key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

import pytest

from extract.model import BBox, Block, Page, Segment
from extract.prose.sections import is_heading_like
from extract.read.garbled import is_garbled
from extract.settings import FieldSettings, ProseSettings, ReadingSettings, Settings, TableSettings
from extract.tables.grid import runs
from pipelines.batch.cache import fingerprint

GROUPS = (ReadingSettings, TableSettings, ProseSettings, FieldSettings)


def test_settings_hold_one_of_each_group_with_its_defaults() -> None:
    settings = Settings()
    assert [type(getattr(settings, name)) for name in ("reading", "tables", "prose", "fields")] == list(GROUPS)
    assert settings.tables == TableSettings() and settings.prose.indent == 6.0


@pytest.mark.parametrize("group", GROUPS, ids=lambda g: g.__name__)
def test_every_threshold_must_be_positive(group: type) -> None:
    for field in fields(group):
        with pytest.raises(ValueError, match=rf"{group.__name__}\.{field.name} must be positive, got 0"):
            group(**{field.name: 0})


@pytest.mark.parametrize("made, message", [
    (lambda: ReadingSettings(gutter_from=0.7), "gutter_from and gutter_to must rise"),
    (lambda: ReadingSettings(gutter_to=1.2), "gutter_from and gutter_to must rise"),
    (lambda: ReadingSettings(mark_scale=1.5), r"mark_scale must be at most 1"),
    (lambda: ReadingSettings(min_known_share=2), r"min_known_share must be at most 1"),
    (lambda: TableSettings(min_rag_saturation=1), r"min_rag_saturation must be below 1"),
    (lambda: ProseSettings(margin_share=1.5), r"margin_share must be at most 1"),
    (lambda: Settings(ocr_timeout=0), r"ocr_timeout must be positive, got 0"),
])
def test_out_of_range_shares_are_refused(made: Callable[[], object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        made()


def test_the_column_gap_decides_where_a_header_line_splits() -> None:
    words = [Segment(0, 40, "Lead"), Segment(50, 100, "officer")]  # a 10-point gap at size 10: one em
    assert [s.text for s in runs(words, 10.0, TableSettings())] == ["Lead", "officer"]
    assert [s.text for s in runs(words, 10.0, TableSettings(column_gap_em=1.2))] == ["Lead officer"]


def test_the_heading_length_decides_what_reads_as_a_heading() -> None:
    block = Block("Recommendations for the partnership and its agencies", 1, BBox(72, 100, 400, 112), 11.0, True, False)
    assert is_heading_like(block, 11.0, ProseSettings())
    assert not is_heading_like(block, 11.0, ProseSettings(max_heading_tokens=5))


def test_the_known_share_decides_what_is_garbled() -> None:
    page_text = "the council will review its policy and report back to the board in the spring " * 2
    assert not is_garbled([_page(page_text)], ReadingSettings())
    garbled = [_page("xq zv qqj wkkp zzrt vvbn qwpx jjkq " * 4)]
    assert is_garbled(garbled, ReadingSettings())
    assert not is_garbled(garbled, ReadingSettings(min_text_chars=10_000))  # too little text to judge
    assert not is_garbled(garbled, ReadingSettings(min_known_share=0.0001))


def _page(text: str) -> Page:
    return Page(1, 595.0, 842.0, (Block(text, 1, BBox(72, 100, 500, 200), 11.0, False, False),), ())


def test_a_changed_threshold_keys_the_cache_afresh() -> None:
    assert fingerprint(Settings(tables=TableSettings(title_rows=3))) != fingerprint(Settings())
    assert fingerprint(Settings(prose=ProseSettings(indent=6.0))) == fingerprint(Settings())
