"""The review page: every recommendation beside a picture of where it was printed."""

from __future__ import annotations

import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

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


def test_the_review_page_in_a_real_browser(archetype_run: Path, tmp_path: Path) -> None:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        if os.environ.get("ACTIONPLAN_REQUIRE_TOOLS"):
            pytest.fail("chromium and chromium-driver must be installed (.ci/run installs them)")
        pytest.skip("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver  # a dev dependency: never skipped
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1800"):
        options.add_argument(argument)
    options.binary_location = chromium
    browser = webdriver.Chrome(options=options, service=Service(driver))
    try:
        browser.get((archetype_run / "review" / "index.html").resolve().as_uri())
        cards = browser.find_elements(By.TAG_NAME, "article")
        recs = read_csv(archetype_run / "recommendations.csv")
        assert sorted(c.get_attribute("id") for c in cards) == sorted(r["recommendation_id"] for r in recs)
        for image in browser.find_elements(By.CSS_SELECTOR, "article img"):
            browser.execute_script("arguments[0].scrollIntoView()", image)
            WebDriverWait(browser, 10).until(
                lambda b, image=image: b.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", image))
        browser.execute_script("window.scrollTo(0, 0)")
        Select(browser.find_element(By.ID, "f-status")).select_by_value("complete")
        complete = sorted(r["recommendation_id"] for r in recs if r["status"] == "complete")
        assert sorted(c.get_attribute("id") for c in cards if c.is_displayed()) == complete
        assert browser.find_element(By.ID, "count").text == f"{len(complete)} of {len(recs)} shown"
        Select(browser.find_element(By.ID, "f-status")).select_by_value("")
        browser.find_element(By.TAG_NAME, "body").send_keys("j")
        assert browser.switch_to.active_element.get_attribute("id") == cards[0].get_attribute("id")
        assert browser.save_screenshot(str(tmp_path / "review.png"))
        assert (tmp_path / "review.png").stat().st_size > 50_000
    finally:
        browser.quit()


def test_inspect_draws_what_the_extractor_saw_on_each_page(tmp_path: Path) -> None:
    result = run_cli("inspect", str(ARCHETYPE), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert [p.name for p in pngs] == [f"page-{n:03d}.png" for n in range(1, 6)]
    from PIL import Image

    page3 = Image.open(pngs[2]).convert("RGB")
    colours = {colour for count, colour in page3.getcolors(maxcolors=1 << 20)}
    assert (217, 48, 37) in colours, "a red line where a row broken by the page goes on"
    assert (26, 115, 232) in colours, "the table drawn in blue"
    assert (161, 66, 244) in colours, "the header matched drawn in purple"
    assert run_cli("inspect", str(tmp_path / "missing.pdf")).returncode == 2
