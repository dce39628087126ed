"""Property-based tests (hypothesis) on the text-to-record steps: arbitrary Unicode, empty and
enormous cells, odd numbering. No exception escapes and no text is dropped."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.context import Context
from extract.fields.numbering import split_number
from extract.fields.status import read_status
from extract.model import BBox, Block, Page
from extract.prose.sections import prose_items
from extract.read.garbled import is_garbled
from extract.read.paragraphs import join_wrapped
from extract.read.triage import load_cues, pages_to_read
from extract.rules.vocabulary import load_nlp
from extract.settings import ReadingSettings, Settings
from pipelines.outputs.neutralise import FORMULA_STARTS, neutralise

NLP = load_nlp()
CTX = Context.of(Settings())
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: any text a PDF could yield for a line, including nothing, huge runs and odd scripts
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
LINE = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=120)
NUMBERS = st.sampled_from(["1", "2.", "3)", "10a", "R4", "2.1", "2.1.3", "Rec 7", "12.", "99"])


def letters(text: str) -> str:
    """The text's characters less spaces and hyphens (what rejoining lines may add or take)."""
    return re.sub(r"[\s\-‐‑]", "", text)


@SETTINGS
@given(st.lists(LINE, max_size=12))
def test_rejoining_lines_keeps_every_character(lines: list[str]) -> None:
    assert letters(join_wrapped(lines)) == letters("".join(lines))


@SETTINGS
@given(TEXT)
def test_a_number_split_off_loses_nothing(text: str) -> None:
    number, rest = split_number(text)
    assert rest in text and (not number or number in text)
    assert len(letters(number + rest)) >= len(letters(text)) - 2  # at most a "." or ")" after the number


@SETTINGS
@given(st.one_of(TEXT, st.integers(), st.floats(allow_nan=False), st.none()))
def test_neutralised_cells_never_start_a_formula_and_keep_their_text(value: object) -> None:
    out = neutralise(value)
    if isinstance(value, str):
        assert not out.startswith(FORMULA_STARTS) and out.endswith(value) and neutralise(out) == out
    else:
        assert out == value


@SETTINGS
@given(TEXT, TEXT)
def test_status_is_always_one_of_four(printed: str, progress: str) -> None:
    status, evidence = read_status(printed, progress, CTX)
    assert status in {"complete", "in_progress", "not_started", "unknown"} and isinstance(evidence, str)


@SETTINGS
@given(st.lists(TEXT, max_size=30))
def test_triage_picks_existing_pages_in_order(texts: list[str]) -> None:
    chosen = pages_to_read(texts, load_cues())
    assert list(chosen) == sorted(set(chosen)) and all(1 <= p <= max(1, len(texts)) for p in chosen)
    assert is_garbled([], ReadingSettings()) is False  # no text to judge is not garbled text


def block(text: str, top: float, bold: bool = False, size: float = 11.0) -> Block:
    return Block(text=text, page=1, bbox=BBox(72, top, 500, top + 12), size=size, bold=bold, bullet=False)


WORD = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Lo")), min_size=1, max_size=14)
#: an item's text: words in any script, the first not a number, up to a long paragraph
ITEM_TEXT = st.lists(WORD, min_size=3, max_size=80).map(lambda words: " ".join(words) + ".").filter(
    lambda t: not split_number(t)[0])


@SETTINGS
@given(st.lists(st.tuples(NUMBERS, ITEM_TEXT), min_size=1, max_size=8, unique_by=lambda item: item[0]))
def test_every_numbered_item_under_a_heading_is_kept_whole(items: list[tuple[str, str]]) -> None:
    blocks = [block("Recommendations", 60, bold=True, size=14)]
    blocks += [block(f"{number} {text}", 90 + 40 * i) for i, (number, text) in enumerate(items)]
    found = prose_items([Page(1, 595, 842, tuple(blocks), ())], CTX)
    assert len(found) == len(items)
    for item, (_, text) in zip(found, items):
        assert letters(text) in letters(item.text)
