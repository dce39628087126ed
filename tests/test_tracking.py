"""Following a recommendation across papers: the review a paper names, how rows are linked, the
tracker's flags, and the links of every series of samples/ scored against their truth."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from pipelines.evaluation.links import LinkScore, score_links
from pipelines.outputs.checks import link_checks
from pipelines.tracking.likeness import Likeness, words
from pipelines.tracking.linking import Tracked, track
from pipelines.tracking.review_names import number_key, title_name
from pipelines.tracking.settings import TrackingSettings
from pipelines.tracking.tracker import tracker_rows
from tests.conftest import ARCHETYPE, SAMPLES, read_csv, run_cli

PRE_BIRTH = ("Pre-birth assessment practice procedures should be reviewed and amended to ensure that "
             "assessments start at latest by 28 weeks of gestation where previous Care Proceedings")
LETTER = ("The independent chair of the Board should propose to Children's Social Care that a sensitively "
          "worded letter is drafted and retained in records so that Child H can establish why care became necessary.")
PHARMACISTS = ("The Board should recommend that pharmacists in the county be reminded to inform Children's "
               "Social Care or Police if a drug-dependent person might pose a risk to a child.")
#: the bar for the series of samples/: (right at least, wrong at most, missed at most) pairs
GENERATED_BAR = {"Serious Case Review Child H": (70, 0, 0), "Safeguarding Adults Review Adult B": (3, 0, 0)}
REAL_BAR = (166, 4, 22)


def paper(source: str, *, review_type: str = "", subject: str = "", title: str = "", as_of: str = "") -> dict[str, str]:
    return {"source_file": source, "review_type": review_type, "subject": subject, "title": title,
            "progress_as_of": as_of, "meeting_date": ""}


def row(source: str, number: str, text: str, status: str = "unknown", *, target: str = "",
        acceptance: str = "") -> dict[str, str]:
    document_id = f"{abs(hash(source)) % 16**16:016x}"
    return {"recommendation_id": f"{document_id}-{number}", "source_file": source, "document_id": document_id,
            "number": number, "text": text, "status": status, "progress_as_of": "", "target_date": target,
            "acceptance": acceptance}


def groups(tracked: tuple[Tracked, ...]) -> list[list[tuple[str, str]]]:
    return sorted(sorted((seen.source_file, seen.number) for seen in item.appearances) for item in tracked)


CHILD_H = {"review_type": "Serious Case Review", "subject": "Child H"}


@pytest.mark.parametrize(("title", "name"), [
    ("Police response to the 2024 summer disorder: Government Response", "Police response to the 2024 summer disorder"),
    ("Government Response to the Infected Blood Inquiry", "Infected Blood Inquiry"),
    ("Infected Blood Inquiry:", "Infected Blood Inquiry"),
    ("Environmental impact of microplastics: Government Response to the Committee’s Fourth Report of Session 2016–17",
     "Environmental impact of microplastics"),
    ("Government Response to the Science and Technology Select Committee Report on Behaviour Change", "Behaviour Change"),
    ("Safeguarding Adults Review: Mr G – Update on Recommendations", "Safeguarding Adults Review: Mr G"),
])
def test_a_response_or_update_names_the_review_it_answers(title: str, name: str) -> None:
    assert title_name(title) == name


@pytest.mark.parametrize("printed", ["1", "1.", "Rec 1", "R1", "Recommendation 1", "rec.1"])
def test_a_number_is_one_number_however_labelled(printed: str) -> None:
    assert number_key(printed) == "1"
    assert number_key("2.1") != number_key("2") and number_key("R12") == "12"


def test_an_abridged_text_is_alike_and_another_is_not() -> None:
    texts = [words(t) for t in (PRE_BIRTH, LETTER, PHARMACISTS)]
    alike = Likeness(texts)
    abridged = words("Pre-birth assessment practice procedures should be reviewed and amended")
    assert alike(texts[0], abridged) > 0.9
    assert alike(texts[1], texts[2]) < 0.5  # two recommendations of one review: common words only


def test_renumbered_abridged_rows_are_one_recommendation_in_every_paper() -> None:
    papers = [paper("review.pdf", **CHILD_H), paper("cabinet.pdf", **CHILD_H, as_of="2014-10-31"),
              paper("update.pdf", **CHILD_H, as_of="2015-04-30")]
    rows = [row("review.pdf", "1", LETTER), row("review.pdf", "2", PHARMACISTS),
            row("cabinet.pdf", "1", LETTER, "in_progress"), row("cabinet.pdf", "2", PHARMACISTS, "in_progress"),
            row("update.pdf", "R1", "Pharmacists in the county should be reminded to inform Children's Social Care "
                "or Police if a drug-dependent person might pose a risk to a child.", "complete"),
            row("update.pdf", "R2", LETTER[:90], "complete")]
    assert groups(track(rows, papers)) == [
        [("cabinet.pdf", "1"), ("review.pdf", "1"), ("update.pdf", "R2")],
        [("cabinet.pdf", "2"), ("review.pdf", "2"), ("update.pdf", "R1")]]


def test_two_reviews_worded_alike_stay_apart() -> None:
    papers = [paper("child-h.pdf", **CHILD_H), paper("adult-b.pdf", review_type="Safeguarding Adults Review",
                                                     subject="Adult B")]
    rows = [row("child-h.pdf", "4", PRE_BIRTH), row("child-h.pdf", "5", LETTER),
            row("adult-b.pdf", "4", PRE_BIRTH), row("adult-b.pdf", "5", LETTER)]
    tracked = track(rows, papers)
    assert len(tracked) == 4 and {t.review for t in tracked} == {"Serious Case Review Child H",
                                                                 "Safeguarding Adults Review Adult B"}


def test_a_paper_named_by_a_bad_title_joins_the_review_its_rows_reprint() -> None:
    papers = [paper("report.pdf", title="Contents"), paper("response.pdf", title="Government Response to the X Inquiry")]
    rows = [row("report.pdf", "1", LETTER), row("report.pdf", "2", PHARMACISTS),
            row("response.pdf", "1", LETTER, acceptance="accepted"), row("response.pdf", "2", PHARMACISTS)]
    assert groups(track(rows, papers)) == [[("report.pdf", "1"), ("response.pdf", "1")],
                                           [("report.pdf", "2"), ("response.pdf", "2")]]
    named = [paper("report.pdf", **CHILD_H), paper("response.pdf", review_type="Serious Case Review", subject="Child J")]
    assert len(track(rows, named)) == 4  # two reviews named by kind and subject: never one


def test_a_row_linked_on_its_number_alone_is_uncertain_and_listed() -> None:
    papers = [paper("cabinet.pdf", **CHILD_H, as_of="2014-10-31"), paper("update.pdf", **CHILD_H, as_of="2015-04-30")]
    reworded = "The Board will write to every pharmacy about children at risk from drug-dependent adults in the county."
    rows = [row("cabinet.pdf", "2", PHARMACISTS), row("update.pdf", "2", reworded)]
    tracked = track(rows, papers)
    assert groups(tracked) == [[("cabinet.pdf", "2"), ("update.pdf", "2")]]
    assert [(c.source_file, c.number, c.kind) for c in link_checks(tracked)] == [("update.pdf", "2", "uncertain link")]
    assert len(track(rows, papers, TrackingSettings(same_number_text=0.9, same_text=0.9))) == 2


def test_the_tracker_gives_history_and_flags_against_the_newest_paper() -> None:
    papers = [paper("a.pdf", **CHILD_H, as_of="2014-10-31"), paper("b.pdf", **CHILD_H, as_of="2015-04-30"),
              paper("c.pdf", **CHILD_H, as_of="2016-06-30")]
    rows = [row("a.pdf", "1", LETTER, "complete"), row("b.pdf", "1", LETTER, "in_progress"),
            row("a.pdf", "2", PHARMACISTS, "in_progress", target="2015-03-31"),
            row("b.pdf", "2", PHARMACISTS, "in_progress", target="2015-03-31"),
            row("c.pdf", "3", PRE_BIRTH, "complete")]
    found = {r["number"]: r for r in tracker_rows(track(rows, papers))}
    assert found["1"]["status_history"] == "2014-10-31 complete; 2015-04-30 in_progress"
    assert (found["1"]["regressed"], found["1"]["stale"], found["1"]["overdue"]) == (True, True, False)
    assert (found["2"]["regressed"], found["2"]["overdue"], found["2"]["reports"]) == (False, True, 2)
    assert (found["2"]["first_seen"], found["2"]["latest_as_of"]) == ("2014-10-31", "2015-04-30")
    assert (found["3"]["stale"], found["3"]["overdue"]) == (False, False)
    assert not found["1"]["stale"] or not tracker_rows(track(rows, papers), TrackingSettings(stale_months=24))[0]["stale"]


@pytest.mark.parametrize(("field", "value"), [("same_text", 0), ("same_text", 1.5), ("same_paper_share", 0),
                                              ("min_words", 0), ("stale_months", 0)])
def test_a_tracking_setting_out_of_range_is_refused_by_name(field: str, value: float) -> None:
    with pytest.raises(ValueError, match=f"TrackingSettings.{field} must be"):
        TrackingSettings(**{field: value})
    with pytest.raises(ValueError, match="same_number_text"):
        TrackingSettings(same_number_text=0.7, same_text=0.6)


def scores(sample_run: Path) -> tuple[list[LinkScore], list[LinkScore]]:
    rows = read_csv(sample_run / "recommendations.csv")
    return score_links(SAMPLES / "series.links.json", rows), score_links(SAMPLES / "real" / "series.links.json",
                                                                         rows, "real/")


def test_every_series_of_the_samples_is_linked_as_its_truth_says(sample_run: Path) -> None:
    generated, real = scores(sample_run)
    assert {s.review: (s.right, s.wrong, s.missed) for s in generated} == GENERATED_BAR
    right, wrong, missed = (sum(getattr(s, k) for s in real) for k in ("right", "wrong", "missed"))
    assert right >= REAL_BAR[0] and wrong <= REAL_BAR[1] and missed <= REAL_BAR[2], (right, wrong, missed)


def test_the_tracker_holds_every_tracked_id_once_with_its_rows(sample_run: Path) -> None:
    recs = read_csv(sample_run / "recommendations.csv")
    with (sample_run / "tracker.csv").open(encoding="utf-8", newline="") as f:
        tracker = list(csv.DictReader(f))
    counts: dict[str, int] = {}
    for rec in recs:
        counts[rec["tracked_id"]] = counts.get(rec["tracked_id"], 0) + 1
    assert {t["tracked_id"]: int(t["reports"]) for t in tracker} == counts
    update = [r for r in recs if r["source_file"] == "corpus/series-child-h-update--reportlab.pdf"]
    latest = {t["tracked_id"]: t for t in tracker}[update[0]["tracked_id"]]
    assert (latest["number"], latest["latest_status"], latest["latest_as_of"]) == ("R1", "in_progress", "2015-04-30")
    assert latest["overdue"] == "True" and latest["reports"] == "5"
    package = json.loads((sample_run / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in package["resources"]][-1] == "tracker"


def test_the_workbook_tracks_each_recommendation_through_its_reports(sample_run: Path) -> None:
    wb = openpyxl.load_workbook(sample_run / "action_plan.xlsx")
    ws = wb["Tracker"]
    tracker = {t["tracked_id"]: t for t in read_csv(sample_run / "tracker.csv")}
    headers = [c.value for c in ws[1]]
    assert headers[:4] == ["Review", "No.", "Recommendation", "Latest status"] and headers[-1] == "Tracked ID"
    assert ws.max_row == 1 + len(tracker) and list(ws.tables) == ["Tracker"]
    rows = {r[-1]: dict(zip(headers, r)) for r in ws.iter_rows(min_row=2, values_only=True)}
    child_h = next(r for r in rows.values() if r["Review"] == "Serious Case Review Child H" and r["No."] == "R4")
    assert [child_h[f"Report {i}"] for i in range(1, 6)] == [
        "undated unknown", "undated unknown", "2014-10-31 complete", "2015-04-30 in_progress", "2015-04-30 in_progress"]
    assert (child_h["Latest status"], child_h["Regressed"], child_h["Overdue"]) == ("in_progress", True, False)
    formulas = {rule.formula[0] for area in ws.conditional_formatting for rule in area.rules}
    assert any('" complete"' in f for f in formulas) and any("=TRUE" in f for f in formulas)
    summary = [[c for c in r if c is not None] for r in wb["Summary"].iter_rows(values_only=True)]
    at = summary.index(["By review: tracked recommendations"])
    assert summary[at + 1] == ["review", "open", "overdue", "stale", "total"]
    assert ["Serious Case Review Child H", 2, 1, 0, 7] in summary[at + 2:]


def test_the_review_page_links_each_recommendation_to_its_other_papers(tmp_path: Path) -> None:
    update = SAMPLES / "corpus" / "series-child-h-update--reportlab.pdf"
    result = run_cli("run", str(ARCHETYPE), str(update), "-o", str(tmp_path), "--jobs", "1", "--no-cache")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "review" / "index.html").read_text(encoding="utf-8")
    recs = {(r["source_file"], r["number"]): r["recommendation_id"] for r in read_csv(tmp_path / "recommendations.csv")}
    assert page.count("Printed in 2 papers (Serious Case Review Child H)") == 14
    # the archetype's recommendation 1 is the update's R3: each card links to the other's
    assert f'<a href="#{recs[(update.name, "R3")]}">{update.name} #R3</a>: 2015-04-30 complete' in page
    assert f'<a href="#{recs[(ARCHETYPE.name, "1")]}">{ARCHETYPE.name} #1</a>: 2014-10-31 in_progress' in page


def test_each_generated_recommendation_ends_at_the_update_s_status_and_date(sample_run: Path) -> None:
    truth = json.loads((SAMPLES / "corpus" / "series-child-h-update.truth.json").read_text(encoding="utf-8"))
    recs = read_csv(sample_run / "recommendations.csv")
    tracker = {t["tracked_id"]: t for t in read_csv(sample_run / "tracker.csv")}
    for record in truth["recommendations"]:
        for producer in ("libreoffice", "reportlab"):
            row = next(r for r in recs if r["source_file"] == f"corpus/series-child-h-update--{producer}.pdf"
                       and r["number"] == record["number"])
            latest = tracker[row["tracked_id"]]
            assert (latest["latest_status"], latest["latest_as_of"], latest["reports"]) == (
                record["status"], "2015-04-30", "5"), record["number"]
