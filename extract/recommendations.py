"""Step 6: stitched table rows (with their action rows) and prose items -> Recommendation
records, in reading order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from extract.context import Context
from extract.fields.acceptance import read_acceptance
from extract.fields.confidence import confidence, flags_for, text_flags
from extract.fields.leads import canonical_leads
from extract.fields.mentions import addressee, agencies, timescales
from extract.fields.status import actions_status, rag_word, read_rag, read_status, row_status
from extract.model import Action, Recommendation, RecommendationTable, Region, Row, merge_regions
from extract.prose.sections import ProseItem
from extract.tables.rows import Source, as_of, column_text, joined, number_and_text, row_groups, target
from extract.values import Rag, SourceKind, Status


def build_action(table: RecommendationTable, row: Row, number: int, rec_id: str, source: Source,
                 ctx: Context, decided: Status) -> Action:
    progress = column_text(table, row, "progress")
    target_date, target_text = target(table, row, ctx)
    regions = row.regions
    return Action(recommendation_id=rec_id, document_id=source.document_id, source_file=source.source_file,
                  number=number, text=column_text(table, row, "action"), lead=column_text(table, row, "lead", "; "),
                  target_date=target_date, target_text=target_text, rag=read_rag(table, row, ctx),
                  progress=progress, status=decided, page_start=regions[0].page, page_end=regions[-1].page)


def answer_role(table: RecommendationTable) -> str:
    """The column that answers a recommendation: its progress, or in a plan that gives actions
    and no progress (the council's response to a review, set out as what it will do), its
    actions."""
    return "action" if table.index("progress") is None and table.index("action") is not None else "progress"


@dataclass(frozen=True)
class Place:
    """Where a recommendation stands: its position in the document (which gives its id), in its
    own table or section (the number of an item printed without one), and whether its printed
    number is printed more than once in the document (a row split in two, or two lists read as
    one), which lowers confidence."""

    position: int
    in_list: int
    repeated: bool = False

    def record_id(self, source: Source) -> str:
        return f"{source.document_id}-{self.position:03d}"

    def flags(self, flags: list[str]) -> list[str]:
        return [*flags, "number_repeated"] if self.repeated else flags


@dataclass(frozen=True)
class Said:
    """What a recommendation's words say, read once from its analysed text."""

    addressee: str
    timescales: tuple[str, ...]
    agencies: tuple[str, ...]


def said(text: str, ctx: Context) -> Said:
    words = ctx.nlp(text)
    return Said(addressee(words), timescales(words), agencies(words))


def build_recommendation(table: RecommendationTable, rows: Sequence[Row], place: Place, source: Source,
                         ctx: Context, progress_as_of: date | None) -> Recommendation:
    first = rows[0]
    number, text = number_and_text(table, first)
    rec_id, words = place.record_id(source), said(text, ctx)
    lead = joined([one for row in rows for one in column_text(table, row, "lead", "; ").split("; ")], "; ")
    progress = joined([column_text(table, row, answer_role(table)) for row in rows], "\n")
    target_date, target_text = target(table, first, ctx) if len(rows) == 1 else (
        None, joined([target(table, row, ctx)[1] for row in rows], "; "))
    statuses = [row_status(table, row, ctx) for row in rows] if table.index("action") is not None else []
    actions = tuple(build_action(table, row, i, rec_id, source, ctx, decided)
                    for i, (row, (decided, _)) in enumerate(zip(rows, statuses), 1))
    printed = " ".join(column_text(table, row, "status", " ") for row in rows).strip()
    if len(actions) > 1:
        decided, evidence = actions_status(statuses)
    else:
        decided, evidence = read_status(printed, progress, ctx, rag_word(table, first))
    regions = merge_regions(r for row in rows for r in row.regions)
    return Recommendation(
        recommendation_id=rec_id, document_id=source.document_id, source_file=source.source_file, text=text,
        addressee=words.addressee, timescales=words.timescales, agencies=words.agencies,
        number=number or str(place.in_list), lead=lead, progress=progress, status=decided,
        status_evidence=evidence, rag=read_rag(table, first, ctx) if len(rows) == 1 else Rag.NONE,
        progress_as_of=as_of(table, progress_as_of), target_date=target_date, target_text=target_text,
        page_start=regions[0].page, page_end=regions[-1].page, source=SourceKind.TABLE,
        confidence=confidence(place.flags(flags_for(table, text, number, lead, progress, decided, len(regions) > 1,
                                                        ctx.settings.fields))),
        regions=regions, actions=actions, lead_canonical=canonical_leads(lead, ctx),
        acceptance=read_acceptance(progress, printed, ctx))


def build_prose(item: ProseItem, place: Place, source: Source, ctx: Context) -> Recommendation:
    """A recommendation printed as running text: no lead to read, and progress only where a
    response answers it (its status then read from the answer; else unknown without penalty);
    only a paragraph rejoined across pages lowers confidence."""
    regions = item.regions
    decided, evidence = read_status("", item.progress, ctx, "") if item.progress else (Status.UNKNOWN, "")
    words = said(item.text, ctx)
    return Recommendation(
        recommendation_id=place.record_id(source), document_id=source.document_id, source_file=source.source_file,
        text=item.text, addressee=words.addressee, timescales=words.timescales, agencies=words.agencies,
        number=item.number or str(place.in_list),
        lead="", progress=item.progress, status=decided, status_evidence=evidence, rag=Rag.NONE, progress_as_of=None,
        target_date=None, target_text="", page_start=regions[0].page, page_end=regions[-1].page,
        source=SourceKind.PROSE, confidence=confidence(place.flags(text_flags(item.text, len(regions) > 1, ctx.settings.fields))),
        regions=regions, acceptance=read_acceptance(item.progress, "", ctx))


def normalised(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class Draft:
    """A recommendation not yet built: where it was printed (page, top), its position in its
    list, its number as printed, and its builder, called once its Place is known."""

    where: tuple[int, float]
    in_list: int
    printed: str
    build: Callable[[Place], Recommendation]


def unique_items(items: Sequence[ProseItem], known: set[str]) -> list[ProseItem]:
    """Prose items not already `known` (a table's text, or an earlier item's), each once."""
    seen, kept = set(known), []
    for item in items:
        if normalised(item.text) not in seen:
            seen.add(normalised(item.text))
            kept.append(item)
    return kept


def read_recommendations(tables: list[RecommendationTable], items: Sequence[ProseItem], source: Source,
                         ctx: Context, stated_as_of: date | None = None) -> tuple[Recommendation, ...]:
    """Every recommendation of the document's tables and prose sections, in reading order. A
    prose item repeating a table's recommendation (a review's list and its action plan) is
    listed once, from the table; one printed twice (an executive summary repeating the list
    word for word) once, where it first appears. Progress whose column heading gives no date is
    as of the date the text states ("the position at 30 September 2024"), if any."""
    groups = [(table, rows, i) for table in tables for i, rows in enumerate(row_groups(table), 1)]
    in_tables = {normalised(number_and_text(table, rows[0])[1]) for table, rows, _ in groups}
    drafts = [Draft(where(rows[0].regions), i, number_and_text(table, rows[0])[0],
                    partial(build_recommendation, table, rows, source=source, ctx=ctx, progress_as_of=stated_as_of))
              for table, rows, i in groups]
    drafts += [Draft(where(item.regions), item.position, item.number, partial(build_prose, item, source=source, ctx=ctx))
               for item in unique_items(items, in_tables)]
    drafts.sort(key=lambda draft: draft.where)
    counts = Counter(draft.printed for draft in drafts if draft.printed)  # unnumbered items do not count
    return tuple(draft.build(Place(n, draft.in_list, counts[draft.printed] > 1))
                 for n, draft in enumerate(drafts, 1))


def where(regions: Sequence[Region]) -> tuple[int, float]:
    return regions[0].page, regions[0].bbox.top
