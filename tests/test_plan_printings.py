"""Focused tests of a plan printed more than once: a summary table restating a fuller one is
dropped, and a plan printed as a summary and then in full with more columns is read once, with
the second printing's columns taken by number."""

from __future__ import annotations

from extract.model import BBox, CellPart, Column, RecommendationTable, Region, Row
from extract.tables.stitch import merged_printings, without_summaries
from extract.values import Role

TEXTS = {"1": "The Board should review its pre-birth protocol with all partners",
         "2": "Health visitors should record every home visit in the shared system",
         "3": "Schools should train designated leads in neglect and its signs",
         "4": "The partnership should audit referrals from GPs every quarter"}


def cell(text: str) -> tuple[CellPart, ...]:
    return (CellPart((text,) if text else (), Region(1, BBox(0, 0, 10, 10))),)


def table(roles: tuple[Role, ...], rows: list[tuple[str, ...]]) -> RecommendationTable:
    return RecommendationTable(tuple(Column(role.value.title(), role) for role in roles),
                               tuple(Row(tuple(cell(text) for text in row)) for row in rows))


def texts(plan: RecommendationTable) -> list[str]:
    rec = plan.index("recommendation")
    assert rec is not None
    return [row.cells[rec][0].text for row in plan.rows]


def test_a_summary_numbered_by_the_groups_of_a_fuller_table_is_dropped() -> None:
    roles = (Role.RECOMMENDATION, Role.LEAD)
    summary = table(roles, [(f"{n}. {TEXTS[n][:20]}", "") for n in ("1", "2", "3")])
    full = table(roles, [("1. " + TEXTS["1"], "LSCB"), ("2a " + TEXTS["2"], "Health"),
                         ("2b Health visitors should share records", "Health"), ("3. " + TEXTS["3"], "Schools")])
    assert without_summaries([summary, full]) == [full]


def test_tables_of_other_columns_or_numbers_are_no_summary() -> None:
    full = table((Role.RECOMMENDATION, Role.LEAD), [("1. " + TEXTS["1"], "LSCB"), ("2a " + TEXTS["2"], "Health"),
                                                     ("2b Records", "Health")])
    other_columns = table((Role.RECOMMENDATION, Role.PROGRESS), [("1. A", ""), ("2. B", "")])
    not_heads = table((Role.RECOMMENDATION, Role.LEAD), [("7. A", ""), ("8. B", "")])
    assert without_summaries([other_columns, full]) == [other_columns, full]
    assert without_summaries([not_heads, full]) == [not_heads, full]


def test_a_plan_printed_again_in_full_is_read_once_with_the_second_printings_leads() -> None:
    first = table((Role.RECOMMENDATION, Role.PROGRESS), [(f"{n}. {TEXTS[n]}", "Done.") for n in TEXTS])
    again = table((Role.RECOMMENDATION, Role.LEAD), [(f"{n}. {TEXTS[n]}", f"Lead {n}") for n in TEXTS])
    [merged] = merged_printings([first, again])
    assert texts(merged) == texts(first)
    lead = merged.index("lead")
    assert lead is not None and [row.cells[lead][0].text for row in merged.rows] == [f"Lead {n}" for n in TEXTS]


def test_two_plans_that_only_share_numbers_stay_two() -> None:
    first = table((Role.RECOMMENDATION, Role.PROGRESS), [(f"{n}. {TEXTS[n]}", "") for n in TEXTS])
    other = table((Role.RECOMMENDATION, Role.LEAD), [(f"{n}. Something else entirely, about housing", "Housing")
                                                     for n in TEXTS])
    assert merged_printings([first, other]) == [first, other]


def test_a_short_list_is_never_taken_for_a_reprint() -> None:
    first = table((Role.RECOMMENDATION,), [(f"{n}. {TEXTS[n]}",) for n in ("1", "2")])
    again = table((Role.RECOMMENDATION, Role.LEAD), [(f"{n}. {TEXTS[n]}", "Lead") for n in ("1", "2")])
    assert merged_printings([first, again]) == [first, again]
