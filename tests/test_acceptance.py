"""acceptance: what a response answered to a recommendation, read from the start of its progress
text and from an acceptance code in its status column (extract/fields/acceptance.py,
extract/rules/patterns/acceptance.jsonl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.context import Context
from extract.fields.acceptance import LABELS, read_acceptance
from extract.model import BBox, CellPart, Page, Region, TableFragment
from extract.recommendations import Source, read_recommendations
from extract.rules.check import check_rules
from extract.rules.vocabulary import load_nlp
from extract.settings import Settings
from extract.tables.stitch import stitch_tables
from pipelines.evaluation.eval_table import render
from pipelines.evaluation.evaluate import Evaluation
from pipelines.evaluation.scoring import Predicted, score_document, score_records
from pipelines.evaluation.truth import Truth
from pipelines.outputs.feed_files import read_feed
from pipelines.outputs.frames import RECOMMENDATION_COLUMNS
from pipelines.outputs.schemas import RecommendationsFeed

NLP = load_nlp()
CTX = Context.of(Settings())


@pytest.mark.parametrize("progress, expected", [
    ("The Government accepts this recommendation.", "accepted"),
    ("We accept the recommendation. Work has begun.", "accepted"),
    ("Accepted.", "accepted"),
    ("Accepted. The guidance will be revised by March 2025.", "accepted"),
    ("The Government agrees with the Committee.", "accepted"),
    ("The Government agrees with the Committee‘s conclusion.\nIt is important that ...", "accepted"),
    ("The Government agrees with this recommendation.", "accepted"),
    ("The Government accepts in part.", "accepted_in_part"),
    ("The Government partially accepts this recommendation.", "accepted_in_part"),
    ("The Government accepts this recommendation in part.", "accepted_in_part"),
    ("The Government agrees in principle.", "accepted_in_principle"),
    ("The Government accepts in principle the case for national guidance.", "accepted_in_principle"),
    ("The Government does not accept this recommendation.", "not_accepted"),
    ("We do not agree that a new duty is needed.", "not_accepted"),
    ("The Government rejects this recommendation.", "not_accepted"),
    ("The Government notes the Committee's recommendation.", "noted"),
    ("Noted.", "noted"),
    ("Agreed", "accepted"),
    ("Agreed – action will be taken by the Head of Service by March 2025.", "accepted"),
    ("Agreed - action will be taken by the Designated Nurse.", "accepted"),
])
def test_each_wording_gives_its_answer(progress: str, expected: str) -> None:
    assert read_acceptance(progress, "", CTX) == expected


@pytest.mark.parametrize("code, expected", [
    ("Agreed", "accepted"), ("Accepted", "accepted"), ("Partially accepted", "accepted_in_part"),
    ("Not accepted", "not_accepted"), ("Rejected", "not_accepted"), ("Noted", "noted"),
    ("Accept", "accepted"), ("Reject", "not_accepted"), ("Accepted in principle", "accepted_in_principle"),
])
def test_an_acceptance_code_in_the_status_column(code: str, expected: str) -> None:
    assert read_acceptance("The Board will review the guidance in March.", code, CTX) == expected


def test_the_status_columns_code_decides_over_the_progress_text() -> None:
    assert read_acceptance("We accept the recommendation.", "Partially accepted", CTX) == "accepted_in_part"
    assert read_acceptance("We accept the recommendation.", "In progress", CTX) == "accepted"


@pytest.mark.parametrize("progress, expected", [
    # "not" beats "accept": "does not accept" holds "accept this recommendation"
    ("The Government does not accept this recommendation.", "not_accepted"),
    ("The Department cannot accept the recommendation as worded.", "not_accepted"),
    ("Not accepted.", "not_accepted"),
    # "in part" / "partially" beat a plain accept, and the "not" of what is left out
    ("Accepted in part.", "accepted_in_part"),
    ("Partially accepted: the Trust accepts the first part.", "accepted_in_part"),
    ("The Government accepts this recommendation in part but does not accept the need for a new duty.",
     "accepted_in_part"),
    # "in principle" likewise
    ("The Government accepts this recommendation in principle.", "accepted_in_principle"),
    ("The Government agrees in principle but does not accept that legislation is needed.", "accepted_in_principle"),
    # any answer beats "notes"
    ("The Government notes the Committee's recommendation and accepts it.", "accepted"),
    ("The Government notes the recommendation but does not accept it.", "not_accepted"),
])
def test_precedence(progress: str, expected: str) -> None:
    assert read_acceptance(progress, "", CTX) == expected


@pytest.mark.parametrize("progress, expected", [
    # the first sentence that answers decides
    ("The Government accepts this recommendation. It does not accept that more money is needed.", "accepted"),
    ("Thank you for the report. The Government accepts this recommendation.", "accepted"),
    # past the first two sentences nothing is read: an "agrees" further on is about something else
    ("The Board met in May. It reviewed the audit. The Board agrees that more should be done.", ""),
])
def test_the_start_of_the_response_is_read(progress: str, expected: str) -> None:
    assert read_acceptance(progress, "", CTX) == expected


@pytest.mark.parametrize("progress", [
    "Terms of reference agreed. The review has been commissioned.",
    "Agreed at the Board in May 2024; training delivered.",
    "The safe sleep assessment tool has been agreed but has not yet been launched.",
    "Mr A's family have not yet agreed the wording.",
    "The Home Secretary has agreed to provide police forces with £28.3 million of funding.",
    "Note: merged with recommendation 3.",
    "Case notes are now audited each quarter.",
    "Complete. Included in all courses from April 2024.",
])
def test_progress_that_answers_nothing_gives_nothing(progress: str) -> None:
    assert read_acceptance(progress, "", CTX) == ""


@pytest.mark.parametrize("printed", ["", "Agreed", "Accepted"])
def test_empty_progress_gives_empty_acceptance(printed: str) -> None:
    assert read_acceptance("", printed, CTX) == ""
    assert read_acceptance(" \n ", printed, CTX) == ""


def test_an_analysts_rules_folder_adds_a_wording(tmp_path: Path) -> None:
    response = "The Department supports this recommendation and will act on it."
    assert read_acceptance(response, "", CTX) == ""
    assert read_acceptance("Not supported – the budget does not allow it.", "", CTX) == ""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "acceptance.jsonl").write_text(
        '// our departments write "supports"\n'
        '{"label": "accepted", "pattern": "supports this recommendation"}\n'
        '{"label": "not_accepted", "id": "declaration", "pattern": "not supported"}\n', encoding="utf-8")
    check_rules(folder)
    ctx = Context.of(Settings(rules_dir=folder))
    assert read_acceptance(response, "", ctx) == "accepted"
    assert read_acceptance("Not supported – the budget does not allow it.", "", ctx) == "not_accepted"
    assert read_acceptance("The Government accepts this recommendation.", "", ctx) == "accepted", "built-ins kept"


def part(text: str, page: int = 1) -> CellPart:
    return CellPart((text,) if text else (), Region(page, BBox(0, 0, 10, 10)))


def test_records_carry_the_answer_of_their_response() -> None:
    header = ["No.", "Recommendation", "Lead", "Management response", "Status"]
    rows = [header,
            ["1", "The Trust should revise its discharge policy.", "Trust", "Agreed – action will be taken by the Director.", ""],
            ["2", "The Board should fund a new post.", "Board", "The Board will consider it in the budget round.", "Rejected"],
            ["3", "The Council should publish its audit.", "Council", "Published in May 2024.", "Complete"],
            ["4", "The ICB should write to all practices.", "ICB", "", "Accepted"]]
    page = Page(1, 595, 842, (), (TableFragment(1, BBox(0, 0, 500, 700),
                                                tuple(tuple(part(c) for c in r) for r in rows)),))
    [table] = stitch_tables([page], CTX)
    recs = read_recommendations([table], [], Source("0" * 16, "a.pdf"), CTX)
    assert [r.acceptance for r in recs] == ["accepted", "not_accepted", "", ""]


def test_the_feed_allows_exactly_the_answers() -> None:
    [check] = RecommendationsFeed.to_schema().columns["acceptance"].checks
    assert sorted(check.statistics["allowed_values"]) == sorted([*LABELS, ""])
    assert RECOMMENDATION_COLUMNS[-3:] == ["acceptance", "tracked_id", "corrected"], "added at the end, in turn"


def test_a_feed_written_before_the_column_is_read_with_it_empty(tmp_path: Path) -> None:
    row = {"recommendation_id": "0123456789abcdef-001", "document_id": "0123456789abcdef",
           "source_file": "a.pdf", "number": "1", "text": "Do it.", "status": "unknown",
           "page_start": "1", "page_end": "1", "source": "table", "confidence": "1.0"}
    older = [c for c in RECOMMENDATION_COLUMNS if c not in ("acceptance", "tracked_id", "corrected")]  # all later
    path = tmp_path / "recommendations.csv"
    path.write_text(",".join(older) + "\n" + ",".join(row.get(c, "") for c in older) + "\n", encoding="utf-8")
    df = read_feed(path, RecommendationsFeed)
    assert list(df.columns) == RECOMMENDATION_COLUMNS and df["acceptance"].tolist() == df["corrected"].tolist() == [""]


def test_truth_files_acceptance_keys_are_scored() -> None:
    truth = [{"number": "1", "text": "The Trust should revise its policy.", "acceptance": "accepted"},
             {"number": "2", "text": "The Board should fund a new post.", "acceptance": "not_accepted"}]
    predicted = [{"number": "1", "text": "The Trust should revise its policy.", "acceptance": "accepted"},
                 {"number": "2", "text": "The Board should fund a new post.", "acceptance": "noted"}]
    _, tallies, mismatches = score_records("a.pdf", truth, predicted)
    assert (tallies["acceptance"].correct, tallies["acceptance"].total) == (1, 2)
    assert [(m.number, m.field, m.expected, m.got) for m in mismatches] == [("2", "acceptance", "not_accepted", "noted")]


def scored(acceptance: dict[str, str]) -> Evaluation:
    want = {"number": "1", "text": "The Trust should revise its policy.", **acceptance}
    got = {"number": "1", "text": "The Trust should revise its policy.", "acceptance": "accepted"}
    score = score_document("a.pdf", "", Truth("responses", {}, (want,), ()), Predicted((got,), None, (), ()))
    return Evaluation(scores=(score,), skipped=(), not_scored=(), peers=None)


def test_the_evaluation_table_shows_acceptance_where_truth_gives_it() -> None:
    header = next(line for line in render(scored({"acceptance": "accepted"}), "eval.json").splitlines()
                  if line.startswith("family"))
    assert header.split()[-6:] == ["text", "lead", "progress", "status", "addressee", "acceptance"]
    header = next(line for line in render(scored({}), "eval.json").splitlines() if line.startswith("family"))
    assert header.split()[-1] == "addressee"
