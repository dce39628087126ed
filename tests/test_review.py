"""The review page: every recommendation beside a picture of where it was printed."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from tests.conftest import ARCHETYPE, read_csv, run_cli


class Cards(HTMLParser):
    """The page's recommendation cards: their attributes and pictures."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[dict[str, str]] = []
        self.images: dict[str, list[str]] = {}
        self.selects: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if tag == "article":
            self.cards.append(found)
            self.images[found["id"]] = []
        elif tag == "img" and self.cards:
            self.images[self.cards[-1]["id"]].append(found["src"])
        elif tag == "select":
            self.selects.append(found["id"])


def test_every_recommendation_is_shown_beside_its_source(archetype_run: Path) -> None:
    index = archetype_run / "review" / "index.html"
    text = index.read_text(encoding="utf-8")
    parsed = Cards()
    parsed.feed(text)
    recs = read_csv(archetype_run / "recommendations.csv")
    assert {c["id"] for c in parsed.cards} == {r["recommendation_id"] for r in recs}
    for rec in recs:
        pictures = parsed.images[rec["recommendation_id"]]
        pages = range(int(rec["page_start"]), int(rec["page_end"]) + 1)
        assert [p.rsplit("-p", 1)[1] for p in pictures] == [f"{n}.png" for n in pages]
        assert all((index.parent / p).stat().st_size > 1000 for p in pictures)
    assert parsed.selects == ["f-status", "f-lead", "f-doc"]
    assert not re.search(r"(src|href)=\"https?:", text), "nothing is fetched from the network"


def test_least_confident_rows_come_first(sample_run: Path) -> None:
    parsed = Cards()
    parsed.feed((sample_run / "review" / "index.html").read_text(encoding="utf-8"))
    lows = [c for c in parsed.cards if "low" in c.get("class", "")]
    assert lows and parsed.cards[:len(lows)] == lows, "low-confidence rows first"
    assert len(parsed.cards) == len(read_csv(sample_run / "recommendations.csv"))


def test_no_review_skips_it(tmp_path: Path) -> None:
    assert run_cli("run", str(ARCHETYPE), "-o", str(tmp_path), "--no-cache", "--no-review").returncode == 0
    assert not (tmp_path / "review").exists() and (tmp_path / "recommendations.csv").exists()
