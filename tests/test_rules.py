"""Small focused tests, one rule each."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.context import Context
from extract.errors import EmptyFile, NotAPDF
from extract.fields.dates import parse_date
from extract.fields.leads import canonical_leads
from extract.fields.mentions import addressee, agencies, status, timescales
from extract.fields.numbering import split_number
from extract.fields.status import read_status
from extract.model import BBox, Block, CellPart, Line, Page, PartialDate, Region, Segment, TableFragment
from extract.prose.decision import read_decision
from extract.prose.sections import prose_items
from extract.read.furniture import find_furniture
from extract.read.paragraphs import group_paragraphs, join_wrapped
from extract.read.pdf import check_bytes
from extract.read.two_columns import in_columns
from extract.recommendations import Source, read_recommendations
from extract.rules.vocabulary import load_nlp
from extract.settings import Settings, TableSettings
from extract.tables.cells import continues_paragraph, paragraphs
from extract.tables.column_roles import is_plan_header, read_header
from extract.tables.fill_colours import rag_of
from extract.tables.stitch import stitch_tables
from pipelines.batch.inputs import InputNotFound, find_jobs
from pipelines.outputs.neutralise import neutralise

NLP = load_nlp()
CTX = Context.of(Settings())


def line(text: str, top: float, x0: float = 72, size: float = 10, page: int = 1) -> Line:
    return Line(text, page, BBox(x0, top, x0 + 300, top + size), size, False)


def part(*paragraphs: str, page: int = 1) -> CellPart:
    return CellPart(tuple(paragraphs), Region(page, BBox(0, 0, 10, 10)))


# --- lines and paragraphs -------------------------------------------------------------------

@pytest.mark.parametrize("lines, joined", [
    (["reminded of the", "expectation that"], "reminded of the expectation that"),
    (["a drug-", "dependent person"], "a drug-dependent person"),
    (["before the child's -", "estimated"], "before the child's - estimated"),
    (["ends at 28-", "32 weeks"], "ends at 28- 32 weeks"),
    (["the recom-", "mendation was"], "the recommendation was"),
    (["a multi-", "agency audit"], "a multi-agency audit"),
    (["a pre-", "birth assessment"], "a pre-birth assessment"),
    (["a new re-", "ferral"], "a new referral"),
    (["self-", "neglect"], "self-neglect"),
])
def test_wrapped_lines_rejoin(lines: list[str], joined: str) -> None:
    assert join_wrapped(lines) == joined


def test_paragraphs_split_on_extra_spacing_and_bullets() -> None:
    lines = [line("one", 100), line("two", 112), line("three", 130), line("• four", 142)]
    groups = group_paragraphs(lines, gap_ratio=0.4)
    assert [[line.text for line in g] for g in groups] == [["one", "two"], ["three"], ["• four"]]


def test_paragraph_broken_by_page_rejoins_only_mid_sentence() -> None:
    assert continues_paragraph("informed of the report", "through the system.")
    assert continues_paragraph("Children, Education", "and Families")
    assert not continues_paragraph("informed of the report.", "This will now")
    assert paragraphs([part("A.", "B of the"), part("report.", "C."), part()]) == ["A.", "B of the report.", "C."]


def test_running_header_and_page_numbers_are_furniture() -> None:
    pages = [(842.0, [line("CA7", 30), line("Body text", 400), line(f"Page {n} of 3", 800)]) for n in (1, 2, 3)]
    assert find_furniture(pages, Settings()) == {(p, i) for p in range(3) for i in (0, 2)}


def test_a_lone_page_keeps_its_text_but_not_its_page_number() -> None:
    pages = [(842.0, [line("Cabinet", 30), line("Body", 400), line("- 1 -", 800)])]
    assert find_furniture(pages, Settings()) == {(0, 2)}


# --- columns and tables ---------------------------------------------------------------------

def test_columns_are_mapped_by_meaning() -> None:
    columns = read_header([part("Recommendation"), part("Directorate"), part("Progress at 31.10.14")], CTX)
    assert [c.role for c in columns] == ["recommendation", "lead", "progress"]
    assert columns[2].as_of == PartialDate(10, 31, 2014)
    assert is_plan_header(columns)


def test_a_budget_table_is_not_a_plan() -> None:
    columns = read_header([part("Budget line"), part("2024/25"), part("Progress")], CTX)
    assert not is_plan_header(columns)


def fragment(page: int, rows: list[list[str]]) -> TableFragment:
    return TableFragment(page, BBox(0, 0, 500, 700),
                         tuple(tuple(part(*([c] if c else []), page=page) for c in r) for r in rows))


def test_fragments_stitch_across_pages_and_broken_rows_rejoin() -> None:
    header = ["Recommendation", "Lead", "Progress at 30.06.24"]
    pages = [
        Page(1, 595, 842, (), (fragment(1, [header, ["1. First", "Police", "Done."],
                                            ["2. Second is", "Children,", "Started"]]),)),
        Page(2, 595, 842, (), (fragment(2, [header, ["cut here.", "Education", "and going."],
                                            ["3. Third", "Health", ""]]),)),
    ]
    [table] = stitch_tables(pages, CTX)
    assert len(table.rows) == 3
    second = table.rows[1]
    assert [paragraphs(c) for c in second.cells] == [["2. Second is cut here."], ["Children, Education"],
                                                     ["Started and going."]]
    assert [r.page for r in second.regions] == [1, 2]


def test_a_new_numbered_row_on_a_new_page_is_not_merged() -> None:
    header = ["Recommendation", "Lead"]
    pages = [Page(1, 595, 842, (), (fragment(1, [header, ["1. First", "Police"]]),)),
             Page(2, 595, 842, (), (fragment(2, [header, ["2. Second", "Health"]]),))]
    [table] = stitch_tables(pages, CTX)
    assert len(table.rows) == 2


@pytest.mark.parametrize("printed, number, text", [
    ("1. The Board should", "1", "The Board should"),
    ("2.1 The Board", "2.1", "The Board"),
    ("R3: Agencies", "R3", "Agencies"),
    ("Recommendation 4 - Ensure", "4", "Ensure"),
    ("The Board should", "", "The Board should"),
])
def test_number_split_from_text(printed: str, number: str, text: str) -> None:
    assert split_number(printed) == (number, text)


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("printed, expected", [
    ("31.10.14", date(2014, 10, 31)),
    ("31/03/2025", date(2025, 3, 31)),
    ("01/02/25", date(2025, 2, 1)),
    ("25th November 2014", date(2014, 11, 25)),
    ("30.02.14", None),
])
def test_uk_dates_are_day_first(printed: str, expected: date | None) -> None:
    found = parse_date(printed)
    assert (found.whole() if found else None) == expected
    assert found is None or found.year == expected.year


@pytest.mark.parametrize("printed, expected", [
    ("25 NOVEMBER", PartialDate(11, 25)),
    ("29 February", PartialDate(2, 29)),
    ("25 November 2024", PartialDate(11, 25, 2024)),
    ("March 2025", None),
])
def test_a_date_printed_without_its_year_is_partial(printed: str, expected: PartialDate | None) -> None:
    assert parse_date(printed) == expected


def test_a_partial_date_takes_a_year_only_where_the_day_is_in_it() -> None:
    assert PartialDate(11, 25).whole() is None and PartialDate(11, 25).in_year(2024) == date(2024, 11, 25)
    assert PartialDate(2, 29).in_year(2023) is None and PartialDate(2, 29).in_year(2024) == date(2024, 2, 29)
    assert PartialDate.of(date(2014, 10, 31)).whole() == date(2014, 10, 31)


# --- language rules -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The independent chair of the Board should propose to X", "The independent chair of the Board"),
    ("The Board should recommend that pharmacists be reminded", "The Board"),
    ("Pre-birth conferences should be held at least 1 month before", ""),
    ("When a professional provides information a decision should be made", ""),
    ("Ensure that all staff are trained", ""),
    ("Housing officers who visit a family home should refer", "Housing officers"),
    ("Outreach workers should be able to refer directly", "Outreach workers"),
    ("Assessments should consider the whole family", ""),
    ("Escalation between agencies must be timely", ""),
    ("Schools and alternative provision should record attendance", "Schools and alternative provision"),
    ("The chair of the Board should write to the Minister", "The chair of the Board"),
    ("Agencies need a shared understanding of risk", "Agencies"),
    ("It is recommended that the Board reviews its policy", "the Board"),
    ("It is recommended that Children's Social Care and the Police agree a protocol",
     "Children's Social Care and the Police"),
    ("It is recommended that assessments are reviewed", ""),
    ("The Board to review its escalation policy", "The Board"),
    ("Training in relation to working with parents should be developed", ""),
])
def test_addressee(text: str, expected: str) -> None:
    assert addressee(NLP(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fully implemented, with agreed escalation.", ("complete", "Fully implemented")),
    ("The letter is being prepared.", ("in_progress", "being prepared")),
    ("Guidance has not been implemented yet.", ("in_progress", "has not been implemented")),
    ("Not yet complete.", ("in_progress", "Not yet complete")),
    ("Not started. An escalation has been made to the ICB.", ("not_started", "Not started")),
    ("Training completed; audit not started.", ("in_progress", "completed; not started")),
    ("Two sessions delivered. A third is planned for May.", ("in_progress", "delivered; planned")),
    ("Guidance issued. The audit is scheduled for February.", ("in_progress", "issued; scheduled")),
    ("Yet to take place: scheduled for September 2025.", ("not_started", "Yet to take place")),
    ("Letters were sent.", ("complete", "sent")),
    ("Figures are reported quarterly.", ("unknown", "")),
    ("Training completed in March. Delay due to staff sickness.", ("complete", "completed")),
])
def test_status_from_progress(text: str, expected: tuple[str, str]) -> None:
    assert status(NLP(text)) == expected


def test_timescales_and_agencies() -> None:
    doc = NLP("Children's Social Care or Police should decide within 24 hours and by 28 weeks of gestation; police too.")
    assert timescales(doc) == ("within 24 hours", "by 28 weeks of gestation")
    assert agencies(doc) == ("Children's Social Care", "Police")


# --- inputs, outputs and settings -----------------------------------------------------------

def test_bytes_that_are_not_a_pdf_are_named() -> None:
    with pytest.raises(EmptyFile):
        check_bytes(b"")
    with pytest.raises(NotAPDF, match=r"^not a PDF \(starts with '<html>'\)$"):
        check_bytes(b"  <html>")
    check_bytes(b"\n%PDF-1.7\n")


@pytest.mark.parametrize("value", ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx"])
def test_formula_cells_are_neutralised(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert neutralise("Plain text") == "Plain text" and neutralise(3) == 3


def test_inputs_found_recursively_and_case_insensitively(tmp_path: Path) -> None:
    (tmp_path / "z").mkdir()
    for name in ("b.PDF", "a.pdf", "z/c.pdf", "notes.txt"):
        (tmp_path / name).write_bytes(b"%PDF-1.4")
    jobs = find_jobs([tmp_path, tmp_path / "a.pdf"])
    assert [j.source_file for j in jobs] == ["a.pdf", "b.PDF", "z/c.pdf"]
    with pytest.raises(InputNotFound):
        find_jobs([tmp_path / "missing"])


def test_settings_are_validated() -> None:
    with pytest.raises(ValueError, match="furniture_band"):
        Settings(furniture_band=0.7)
    with pytest.raises(ValueError, match="paragraph_gap"):
        Settings(paragraph_gap=0)


@pytest.mark.parametrize("headers, roles", [
    (["Ref", "Recommendation", "Action required", "Responsible officer", "Target date", "RAG"],
     ["number", "recommendation", "action", "lead", "target", "rag"]),
    (["No.", "Action", "Lead agency", "Update as at 30 June 2024"], ["number", "recommendation", "lead", "progress"]),
    (["Risk", "Likelihood", "Mitigating action", "Owner"], [None, None, None, "lead"]),
])
def test_headings_take_the_role_of_the_phrase_they_start_with(headers: list[str], roles: list[str | None]) -> None:
    assert [c.role for c in read_header([part(h) for h in headers], CTX)] == roles


def test_a_risk_register_is_not_a_plan() -> None:
    assert not is_plan_header(read_header([part(h) for h in ["Risk", "Mitigating action", "Owner"]], CTX))


def test_action_rows_under_a_merged_recommendation_make_one_record() -> None:
    header = ["No.", "Recommendation", "Action", "Lead", "Progress"]
    pages = [
        Page(1, 595, 842, (), (fragment(1, [header,
                                            ["1", "Train staff.", "Write course", "Learning team", "Written."],
                                            ["", "", "Deliver course", "Learning team", "Half done."],
                                            ["", "", "Audit", "Quality team", "Not started."]]),)),
        Page(2, 595, 842, (), (fragment(2, [header, ["", "", "Review audit", "Board", ""],
                                            ["2", "Share records.", "Agree protocol", "Police", "Agreed."]]),)),
    ]
    [table] = stitch_tables(pages, CTX)
    recs = read_recommendations([table], [], Source("0" * 16, "a.pdf"), CTX)
    assert [(r.number, r.text) for r in recs] == [("1", "Train staff."), ("2", "Share records.")]
    assert recs[0].lead == "Learning team; Quality team; Board"
    assert recs[0].progress == "Written.\nHalf done.\nNot started."
    assert [a.text for a in recs[0].actions] == ["Write course", "Deliver course", "Audit", "Review audit"]
    assert [a.status for a in recs[0].actions] == ["complete", "unknown", "not_started", "unknown"]
    assert recs[0].status == "in_progress"  # one action done, one not started: under way overall
    assert (recs[0].page_start, recs[0].page_end) == (1, 2)
    assert [a.number for a in recs[1].actions] == [1]


@pytest.mark.parametrize("text, is_decision", [
    ("13. The Cabinet is RECOMMENDED to note the action being taken.", True),
    ("Members are asked to agree the revised plan.", True),
    ("The Board should recommend that pharmacists are reminded.", False),
    ("A previous review recommended that the council is asked to act.", False),
    ("2. It is recommended that the Council reviews its housing allocation policy.", False),
])
def test_the_committees_own_decision_is_recognised(text: str, is_decision: bool) -> None:
    page = Page(1, 595, 842, (Block(text, 1, BBox(0, 0, 1, 1), 10, False, False),), ())
    assert bool(read_decision([page], CTX)) is is_decision


# --- recommendations as prose ---------------------------------------------------------------

def block(text: str, page: int = 1, top: float = 100, x0: float = 72, bold: bool = False,
          size: float = 11, bullet: bool = False) -> Block:
    return Block(text, page, BBox(x0, top, 520, top + 12), size, bold, bullet)


def prose_pages(*blocks: Block) -> list[Page]:
    pages = sorted({b.page for b in blocks})
    return [Page(p, 595, 842, tuple(b for b in blocks if b.page == p), ()) for p in pages]


def test_numbered_prose_recommendations_across_a_page_break() -> None:
    pages = prose_pages(
        block("Contents", bold=True, top=50), block("Recommendations .......... 8", top=70),
        block("3. A previous review recommended that GPs share records.", top=90),
        block("Recommendations", page=2, bold=True, size=14, top=50),
        block("The review makes the following recommendations:", page=2, top=70),
        block("Recommendation 1: The Board should audit referrals within", page=2, top=90),
        block("six months.", page=3, top=50),
        block("Recommendation 2: All agencies should train staff.", page=3, top=70),
        block("Conclusion", page=3, bold=True, top=100), block("1. Numbered narrative.", page=3, top=120))
    items = prose_items(pages, CTX)
    assert [(i.number, i.text) for i in items] == [
        ("1", "The Board should audit referrals within six months."),
        ("2", "All agencies should train staff.")]
    assert [r.page for r in items[0].regions] == [2, 3]


def test_bulleted_prose_items_keep_their_sub_bullets() -> None:
    pages = prose_pages(
        block("What needs to improve", bold=True, top=50),
        block("Partners should improve information sharing:", bullet=True, top=70),
        block("with GPs", bullet=True, x0=90, top=85), block("with schools", bullet=True, x0=90, top=100),
        block("Managers should supervise cases monthly.", bullet=True, top=115),
        block("The Cabinet is RECOMMENDED to note this report.", top=140))
    items = prose_items(pages, CTX)
    assert [(i.number, i.position, i.text) for i in items] == [
        ("", 1, "Partners should improve information sharing:\nwith GPs\nwith schools"),
        ("", 2, "Managers should supervise cases monthly.")]


def test_a_number_printed_above_its_text_labels_it() -> None:
    pages = prose_pages(block("Recommendations", bold=True, top=50),
                        block("Recommendation 1", bold=True, top=70), block("The Board should act.", top=85),
                        block("Recommendation 2", bold=True, top=100), block("The ICB should fund it.", top=115))
    assert [(i.number, i.text) for i in prose_items(pages, CTX)] == [
        ("1", "The Board should act."), ("2", "The ICB should fund it.")]


def test_confidence_flags_the_rows_to_check() -> None:
    header = ["No.", "Recommendation", "Lead", "Progress"]
    long = "The Board should review the escalation policy with partners."
    pages = [Page(1, 595, 842, (), (fragment(1, [header, ["1", long, "Police", "Completed in May."],
                                                 ["2", "See above", "Police", "Completed in May."],
                                                 ["2", long, "Police", "Completed in May."]]),))]
    recs = read_recommendations(stitch_tables(pages, CTX), [], Source("0" * 16, "a.pdf"), CTX)
    assert [r.confidence for r in recs] == [1.0, 0.5, 0.8]  # short text -0.3; number 2 twice -0.2


@pytest.mark.parametrize("printed, canonical", [
    ("CEF", "Children, Education and Families"),
    ("Children, Education & Families", "Children, Education and Families"),
    ("Public Health; CEF", "Public Health; Children, Education and Families"),
    ("Learning  &  Skills", "Learning and Skills"),
    ("CEF; Children, Education and Families", "Children, Education and Families"),
])
def test_leads_grouped_under_one_name(printed: str, canonical: str) -> None:
    assert canonical_leads(printed, CTX) == canonical


@pytest.mark.parametrize("printed, progress, rag, expected", [
    ("Complete", "Audit planned.", "Amber", ("complete", "Complete")),
    ("", "Audit planned.", "Green", ("not_started", "planned")),
    ("", "", "Blue", ("complete", "RAG Blue")),
    ("", "Figures attached.", "Amber", ("in_progress", "RAG Amber")),
    ("", "", "", ("unknown", "")),
])
def test_rag_informs_status_only_when_nothing_else_does(printed: str, progress: str, rag: str,
                                                          expected: tuple[str, str]) -> None:
    assert read_status(printed, progress, CTX, rag) == expected


@pytest.mark.parametrize("text, named", [
    ("The Board should ask the Tollington Mental Health NHS Trust to review.", ("Tollington Mental Health NHS Trust",)),
    ("Calder Valley Police and the Multi-Agency Safeguarding Hub should agree.",
     ("Calder Valley Police", "Multi-Agency Safeguarding Hub")),
    ("GP practices should share records with Eastmarsh Homes and GP practices.", ("GP practices", "Eastmarsh Homes")),
    ("The Board should review the policy.", ()),
])
def test_agencies_from_gazetteer_and_capitalised_names(text: str, named: tuple[str, ...]) -> None:
    assert agencies(NLP(text)) == named


@pytest.mark.parametrize("colour, rating", [
    ((1, 0, 0), "red"), ((0.9, 0.6, 0.1), "amber"), ((1, 0.75, 0), "amber"), ((0.2, 0.7, 0.3), "green"),
    ((0.2, 0.4, 0.9), "blue"), ((0.85, 0.85, 0.85), ""), ((1,), ""), ((0, 0, 0, 0.2), ""), ((0, 1, 1, 0), "red"),
    ("pattern", ""), ((0.5, 0.2, 0.7), ""),
])
def test_cell_fill_colours_read_as_rag(colour: object, rating: str) -> None:
    assert rag_of(colour, TableSettings()) == rating


def test_a_coloured_rag_cell_without_words_gives_the_rating() -> None:
    header = ["No.", "Recommendation", "Lead", "RAG"]
    filled = CellPart((), Region(1, BBox(0, 0, 10, 10)), fill="amber")
    rows = (tuple(part(h) for h in header), (part("1"), part("The Board should review the policy."),
                                              part("Police"), filled))
    pages = [Page(1, 595, 842, (), (TableFragment(1, BBox(0, 0, 500, 700), rows),))]
    [rec] = read_recommendations(stitch_tables(pages, CTX), [], Source("0" * 16, "a.pdf"), CTX)
    assert (rec.rag, rec.status, rec.status_evidence) == ("amber", "in_progress", "RAG amber")


@pytest.mark.parametrize("printed, day", [
    ("31 March 2025", date(2025, 3, 31)), ("31/03/2025", date(2025, 3, 31)), ("31.03.25", date(2025, 3, 31)),
    ("By 30 September 2024", date(2024, 9, 30)), ("March 2025", None), ("Q3 2024/25", None),
    ("Ongoing", None), ("Within three months", None), ("Immediately", None),
])
def test_target_date_only_where_a_whole_date_is_printed(printed: str, day: date | None) -> None:
    header = ["No.", "Recommendation", "Lead", "Target date"]
    rows = [header, ["1", "The Board should review the policy.", "Police", printed]]
    pages = [Page(1, 595, 842, (), (fragment(1, rows),))]
    [rec] = read_recommendations(stitch_tables(pages, CTX), [], Source("0" * 16, "a.pdf"), CTX)
    assert (rec.target_date, rec.target_text) == (day, printed)


def worded(text: str, top: float, x0: float, page: int = 1) -> Line:
    """A line whose words are laid out from x0, 6 points per character."""
    words, x = [], x0
    for word in text.split():
        words.append(Segment(x, x + 6 * len(word), word))
        x += 6 * (len(word) + 1)
    return Line(text, page, BBox(x0, top, x, top + 10), 10, False, tuple(words))


def test_two_columns_are_read_left_then_right() -> None:
    lines = [worded("A title across the whole page width here", 50, 60)]
    for i in range(5):
        left, right = worded(f"left line {i}", 100 + 12 * i, 60), worded(f"right line {i}", 100 + 12 * i, 330)
        both = Line(f"{left.text} {right.text}", 1, left.bbox.union(right.bbox), 10, False, left.words + right.words)
        lines.append(both if i % 2 else left)
        if not i % 2:
            lines.append(right)
    ordered = [line.text for line in in_columns(lines, 595, CTX)]
    assert ordered == ["A title across the whole page width here", *[f"left line {i}" for i in range(5)],
                       *[f"right line {i}" for i in range(5)]]


def test_a_self_labelled_recommendation_outside_any_section() -> None:
    pages = prose_pages(block("Background", bold=True, top=50),
                        block("Recommendation 1 – The Partnership should publish a brief.", top=70),
                        block("Recommendation 2 .......... 14", top=90),
                        block("A previous review recommended training.", top=110))
    assert [(i.number, i.text) for i in prose_items(pages, CTX)] == [("1", "The Partnership should publish a brief.")]


@pytest.mark.parametrize(("lines", "joined"), [
    (["Guidance is at www.lscb.org.uk/", "neglect-toolkit for all staff."],
     "Guidance is at www.lscb.org.uk/neglect-toolkit for all staff."),
    (["Children's Services and/", "or the CCG"], "Children's Services and/or the CCG"),
    (["a slash standing alone /", "keeps its spaces"], "a slash standing alone / keeps its spaces"),
])
def test_a_line_ending_in_a_slash_runs_straight_on(lines: list[str], joined: str) -> None:
    assert join_wrapped(lines) == joined
