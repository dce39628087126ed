"""Nested numbered lists (extract/prose/nested.py): markers read level by level, the leaves as the
records, a child's number built on its parent's, titles and lead-ins left out, and a response
quoting each recommendation in a box before its answer."""

from __future__ import annotations

import pytest

from extract.context import Context
from extract.document import running_items
from extract.model import Block
from extract.prose.nested import quoted_boxes, read_marker
from extract.prose.sections import prose_items
from extract.rules.vocabulary import load_nlp
from extract.settings import Settings
from tests.test_rules import block, prose_pages

NLP = load_nlp()
CTX = Context.of(Settings())




def stacked(*rows: tuple, page: int = 1, start: float = 60) -> list[Block]:
    """Blocks one under another: (text, x0) or (text, x0, bold)."""
    return [block(row[0], page=page, top=start + 20 * i, x0=row[1], bold=len(row) > 2 and row[2])
            for i, row in enumerate(rows)]


# --- markers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, printed, rest", [
    ("12. Giving effect", "12", "Giving effect"),
    ("(a) Within the year", "(a)", "Within the year"),
    ("(iv) The duty", "(iv)", "The duty"),
    ("(ii-iii) That the board", "(ii-iii)", "That the board"),
    ("2a. A memorial be built", "2a", "A memorial be built"),
    ("4a) i. A duty should", "4a) i", "A duty should"),
    ("4a) iii.The review", "4a) iii", "The review"),
    ("10a) iv. Particular care", "10a) iv", "Particular care"),
    ("4a (i-iii) The duties", "4a (i-iii)", "The duties"),
    ("9a-c) Peer review", "9a-c)", "Peer review"),
    ("4(a)(i) The duty", "4(a)(i)", "The duty"),
])
def test_markers_are_read_level_by_level(text: str, printed: str, rest: str) -> None:
    marker = read_marker(text)
    assert marker is not None and (marker.printed, marker.rest) == (printed, rest)


@pytest.mark.parametrize("text", ["2024. Complete the audit", "31 of them were seen", "82 The Report of 2001",
                                  "e.g. the Board", "v. Smith was heard", "(in particular) the Board", "8.32 We recommend"])
def test_text_that_only_looks_like_a_marker_is_none(text: str) -> None:
    assert read_marker(text) is None


def test_a_range_is_one_level_of_its_kind() -> None:
    levels = read_marker("10a (ii-iii) That funding be given").levels
    assert [(level.kind, level.first, level.last) for level in levels] == [("number", 10, 10), ("letter", 1, 1),
                                                                            ("roman", 2, 3)]


# --- a list of titled groups ----------------------------------------------------------------------

def titled_list() -> list[Block]:
    return [block("The Recommendations", bold=True, size=16, top=40), *stacked(
        ("1. Funding", 57, True),
        ("My principal recommendation is that the fund be set up now.", 57),
        ("2. Remembering", 57, True),
        ("(a) A memorial be established in every region.", 71),
        ("(b) An annual event be held for those affected.", 71),
        ("3. Safety culture", 57, True),
        ("(a) Duty of candour", 71),
        ("(i) A duty of candour should be introduced in every service.", 99),
        ("(ii-iii) The duties should be reviewed and extended to leaders.", 99),
        ("Success will be measured by the number of reports made.", 99),
        ("(b) All patients should receive the following care:", 71),
        ("(i) an annual review by a consultant", 99),
        ("(ii) a scan every six months", 99),
        ("(c) The website is kept online.", 71),
    )]


def test_the_leaves_of_titled_groups_are_the_records_numbered_by_their_parents() -> None:
    items = prose_items(prose_pages(*titled_list()), CTX)
    assert [(item.number, item.text) for item in items] == [
        ("1", "My principal recommendation is that the fund be set up now."),
        ("2a", "A memorial be established in every region."),
        ("2b", "An annual event be held for those affected."),
        ("3a (i)", "A duty of candour should be introduced in every service."),
        ("3a (ii-iii)", "The duties should be reviewed and extended to leaders.\n"
                        "Success will be measured by the number of reports made."),
        ("3b (i)", "an annual review by a consultant"),
        ("3b (ii)", "a scan every six months"),
        ("3c", "The website is kept online."),
    ]


def test_a_sub_item_carries_on_across_a_page_break() -> None:
    blocks = [block("The Recommendations", bold=True, size=16, top=40), *stacked(
        ("1. Funding", 57, True), ("(a) The fund should pay every claim within", 71)),
        *stacked(("six months of the claim.", 99), ("(b) The fund should publish its accounts.", 71),
                 ("2. Memorials", 57, True), ("(a) A memorial be built.", 71), page=2)]
    items = prose_items(prose_pages(*blocks), CTX)
    assert [(item.number, item.text) for item in items] == [
        ("1a", "The fund should pay every claim within six months of the claim."),
        ("1b", "The fund should publish its accounts."), ("2a", "A memorial be built.")]


def test_i_after_h_is_a_letter_not_a_numeral() -> None:
    letters = "abcdefghi"
    rows = [("1. Services", 57, True)] + [(f"({c}) Services should offer help number {n}.", 71)
                                          for n, c in enumerate(letters, 1)] + [("2. Records", 57, True),
                                                                                ("(a) Records should be kept.", 71)]
    items = prose_items(prose_pages(block("Recommendations", bold=True, size=16, top=20), *stacked(*rows)), CTX)
    assert [item.number for item in items] == [f"1{c}" for c in letters] + ["2a"]


def test_a_paragraph_at_a_parents_place_after_its_sub_items_ends_the_list() -> None:
    blocks = [block("Recommendations", bold=True, size=16, top=20), *stacked(
        ("1. Funding", 57, True), ("(a) The fund should open now.", 71),
        ("2. Memorials", 57, True), ("(a) A memorial be built.", 71),
        ("The rest of this chapter explains how the panel reached these views.", 57),
        ("(b) notify the patient that the incident has occurred;", 71))]
    assert [item.number for item in prose_items(prose_pages(*blocks), CTX)] == ["1a", "2a"]


def test_a_shorter_list_restating_groups_of_a_longer_one_is_not_read_again() -> None:
    argued = [block("Recommendations", bold=True, size=20, top=20), *stacked(
        ("The panel heard a great deal about memorials and what they mean to families.", 57),
        ("Accordingly, I recommend:", 57),
        ("2. Remembering", 57, True), ("(a) A memorial be established.", 71),
        ("3. Learning", 57, True), ("The panel heard that training rarely covers this history.", 57),
        ("It is a theme of many earlier reports that the lessons are soon forgotten.", 57))]
    gathered = [block("The Recommendations", page=2, bold=True, size=16, top=20), *stacked(
        ("1. Funding", 57, True), ("My principal recommendation is that the fund be set up now.", 57),
        ("2. Remembering", 57, True), ("(a) A memorial be established in every region.", 71),
        ("3. Learning", 57, True), ("(a) Training should cover this history.", 71), page=2)]
    items = prose_items(prose_pages(*argued, *gathered), CTX)
    assert [(item.number, item.regions[0].page) for item in items] == [("1", 2), ("2a", 2), ("3a", 2)]


def test_sub_points_under_numbered_recommendations_stay_in_their_text() -> None:
    """Items that are not titles (a recommendation with its sub-points) keep the reading of
    prose.py: one record each, the sub-points part of its text."""
    blocks = [block("Recommendations", bold=True, size=16, top=20), *stacked(
        ("1. The Board should make sure that agencies:", 57),
        ("(a) share records within a week;", 71),
        ("(b) review the policy each year.", 71),
        ("2. The Board should audit referrals within six months.", 57))]
    items = prose_items(prose_pages(*blocks), CTX)
    assert [(item.number, item.text) for item in items] == [
        ("1", "The Board should make sure that agencies:\n(a) share records within a week;\n"
              "(b) review the policy each year."),
        ("2", "The Board should audit referrals within six months.")]


# --- a response quoting each recommendation in a box ----------------------------------------------

def response() -> list[Block]:
    return [block("Government response to the Inquiry", bold=True, size=20, top=20), *stacked(
        ("1) Compensation", 72, True),
        ("1. The compensation scheme should be set up now", 77),
        ("This recommendation is accepted in full.", 77, True),
        ("The scheme opened in May and pays claims each month.", 72),
        ("Next Steps", 72, True),
        ("The first payments will be reviewed in the spring.", 72),
        ("4a) i-iii) Duty of candour", 72, True),
        ("All patients harmed by treatment should be protected as follows:", 77),
        ("4a) i. A duty of candour should be introduced in every service.", 77),
        ("This recommendation is accepted in full by the first administration.", 77, True),
        ("4a) ii. The duties should be reviewed.", 77),
        ("4a) iii. The review should be completed soon.", 77),
        ("These recommendations are accepted in principle.", 77, True),
        ("Work on the duty began in April.", 72),
        ("4a) ii. On 26 November the review was published.", 72),
        ("It found the duty poorly understood.", 72),
        ("12a. The Government should report within a year.", 77),
        ("12d. A committee should review progress.", 77),
        ("Recommendations 12) a-c) are accepted in full. Recommendations 12) d-e) are accepted in principle.", 77, True),
        ("The Government will report in March.", 72),
    )]


def test_each_quoted_recommendation_takes_the_verdict_after_it_and_the_answer_after_the_box() -> None:
    items = quoted_boxes(prose_pages(*response()), CTX)
    assert [(item.number, item.text, item.progress) for item in items] == [
        ("1", "The compensation scheme should be set up now",
         "This recommendation is accepted in full.\nThe scheme opened in May and pays claims each month.\n"
         "Next Steps\nThe first payments will be reviewed in the spring."),
        ("4a) i", "A duty of candour should be introduced in every service.",
         "This recommendation is accepted in full by the first administration.\nWork on the duty began in April.\n"
         "4a) ii. On 26 November the review was published.\nIt found the duty poorly understood."),
        ("4a) ii", "The duties should be reviewed.",
         "These recommendations are accepted in principle.\nWork on the duty began in April.\n"
         "4a) ii. On 26 November the review was published.\nIt found the duty poorly understood."),
        ("4a) iii", "The review should be completed soon.",
         "These recommendations are accepted in principle.\nWork on the duty began in April.\n"
         "4a) ii. On 26 November the review was published.\nIt found the duty poorly understood."),
        ("12a", "The Government should report within a year.",
         "Recommendations 12) a-c) are accepted in full.\nThe Government will report in March."),
        ("12d", "A committee should review progress.",
         "Recommendations 12) d-e) are accepted in principle.\nThe Government will report in March."),
    ]


def test_the_quoted_boxes_replace_the_reading_of_bold_quotations() -> None:
    items = running_items(tuple(prose_pages(*response())), CTX)
    assert [item.number for item in items] == ["1", "4a) i", "4a) ii", "4a) iii", "12a", "12d"]


def test_a_set_in_list_without_a_verdict_is_not_a_quotation() -> None:
    blocks = [block("Government response to the review", bold=True, size=20, top=20), *stacked(
        ("The Government has taken these steps:", 72),
        ("1. The fund has been opened to claims.", 77),
        ("2. The first payments have been made.", 77),
        ("Further steps follow next year.", 72))]
    assert quoted_boxes(prose_pages(*blocks), CTX) == []


def test_outside_a_response_no_box_is_read() -> None:
    blocks = [block("Annual report", bold=True, size=20, top=20), *response()[1:]]
    assert quoted_boxes(prose_pages(*blocks), CTX) == []
