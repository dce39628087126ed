"""Step 6: stitched table rows -> Recommendation records."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections import Counter
from dataclasses import dataclass, replace
from functools import partial
from datetime import date

from spacy.language import Language

from extract import cells
from extract.dates import first_date, has_year, parse_date
from extract.leads import canonical_leads
from extract.language import addressee, agencies, combine, status, timescales, unique
from extract.model import Action, Recommendation, RecommendationTable, Region, Row, merge_regions
from extract.prose import ProseItem
from extract.nlp import spans
from extract.numbering import printed_number, split_number


#: what lowers confidence in a row, and by how much
PENALTY = {
    "number_missing": 0.3,
    "lead_missing": 0.2,
    "progress_missing": 0.2,
    "rejoined_across_pages": 0.1,
    "status_unknown": 0.1,
    "text_short": 0.3,
    "number_repeated": 0.2,
}
#: a recommendation of fewer words is more likely a stray heading or a fragment of a row
SHORT_TEXT_WORDS = 5


@dataclass(frozen=True)
class Source:
    """Which document the rows come from."""

    document_id: str
    source_file: str


def column_text(table: RecommendationTable, row: Row, role: str, sep: str = "\n") -> str:
    i = table.index(role)
    return "" if i is None else cells.text(row.cells[i], sep)


def number_and_text(table: RecommendationTable, row: Row) -> tuple[str, str]:
    own = printed_number(column_text(table, row, "number", " "))
    number, text = split_number(column_text(table, row, "recommendation"))
    return (own or number), text


def confidence(flags: list[str]) -> float:
    return round(max(0.0, 1.0 - sum(PENALTY[f] for f in flags)), 2)


def text_flags(text: str, rejoined: bool) -> list[str]:
    flags = ["text_short"] if len(text.split()) < SHORT_TEXT_WORDS else []
    return flags + (["rejoined_across_pages"] if rejoined else [])


def flags_for(table: RecommendationTable, text: str, number: str, lead: str, progress: str,
              decided: str, rejoined: bool) -> list[str]:
    flags = text_flags(text, rejoined)
    if not number:
        flags.append("number_missing")
    if table.index("lead") is not None and not lead:
        flags.append("lead_missing")
    if table.index("progress") is not None and not progress:
        flags.append("progress_missing")
    if decided == "unknown":
        flags.append("status_unknown")
    return flags


#: a RAG rating says how work is going, so it informs status only when nothing else does:
#: Blue (BRAG: done) is complete; Red, Amber or Green is work in progress
RAG_STATUS = {"blue": "complete", "red": "in_progress", "amber": "in_progress", "green": "in_progress"}
#: ratings written to the feeds (Blue is not one)
RAG_VALUES = frozenset({"red", "amber", "green"})


def rating(printed: str, nlp: Language) -> str:
    """The rating a whole RAG cell names (patterns/rag.jsonl): "red", "amber", "green", "blue" or ""."""
    doc = nlp(printed.strip())
    whole = [s for s in spans(doc, "rag") if s.start == 0 and s.end == len(doc)]
    return whole[0].label_ if whole else ""


def read_status(printed: str, progress: str, nlp: Language, rag: str = "") -> tuple[str, str]:
    """From the plan's status column where it says something the rules know, else from the
    progress text, else from the RAG rating."""
    for text in (printed, progress):
        decided = status(nlp(text)) if text else ("unknown", "")
        if decided[0] != "unknown":
            return decided
    rated = rating(rag, nlp) if rag.strip() else ""
    return (RAG_STATUS[rated], f"RAG {rag.strip()}") if rated in RAG_STATUS else ("unknown", "")


def target(table: RecommendationTable, row: Row, nlp: Language) -> tuple[date | None, str]:
    """The deadline where the plan prints a whole date ("31/03/2025", "By 30 September 2024"),
    and the timescale as printed ("Q3 2024/25", "Ongoing")."""
    printed = column_text(table, row, "target", " ")
    day = (parse_date(printed) or first_date(printed, nlp)) if printed else None
    return (day if day and has_year(day) else None), printed


def as_of(table: RecommendationTable, fallback: date | None) -> date | None:
    i = table.index("progress")
    return (table.columns[i].as_of if i is not None else None) or fallback


def row_groups(table: RecommendationTable) -> list[tuple[Row, ...]]:
    """The rows of each recommendation: one, or where the plan lists several actions under a
    recommendation cell merged down over them, the first row and its unnumbered action rows."""
    groups: list[list[Row]] = []
    for row in table.rows:
        number, text = number_and_text(table, row)
        if groups and table.index("action") is not None and not number and not text.strip():
            groups[-1].append(row)
        else:
            groups.append([row])
    return [tuple(g) for g in groups]


def joined(values: Sequence[str], sep: str) -> str:
    """Non-empty values in order of first appearance, each once."""
    return sep.join(dict.fromkeys(v for v in values if v))


def rag_word(table: RecommendationTable, row: Row) -> str:
    """The RAG column's word ("Amber", "A"), else the colour its cell is filled with."""
    i = table.index("rag")
    if i is None:
        return ""
    printed = column_text(table, row, "rag", " ").strip()
    return printed or next((part.fill for part in row.cells[i] if part.fill), "")


def read_rag(table: RecommendationTable, row: Row, nlp: Language) -> str:
    """red, amber or green from the RAG column's word or colour; Blue (BRAG: done) is no RAG."""
    rated = rating(rag_word(table, row), nlp)
    return rated if rated in RAG_VALUES else ""


def actions_status(table: RecommendationTable, rows: Sequence[Row], actions: Sequence[Action],
                   nlp: Language) -> tuple[str, str]:
    """A recommendation with several actions is complete when every action is, not started when
    none has begun, else in progress; an action with no status yet counts as not begun. The
    evidence is the actions' own deciding words."""
    if all(a.status == "unknown" for a in actions):
        return "unknown", ""
    overall = combine({a.status if a.status != "unknown" else "not_started" for a in actions})
    words = [read_status(column_text(table, row, "status", " "), column_text(table, row, "progress"), nlp,
                         rag_word(table, row))[1] for row in rows]
    return overall, "; ".join(unique(w for w in words if w))


def build_action(table: RecommendationTable, row: Row, number: int, rec_id: str, source: Source,
                 nlp: Language) -> Action:
    progress = column_text(table, row, "progress")
    decided, _ = read_status(column_text(table, row, "status", " "), progress, nlp, rag_word(table, row))
    target_date, target_text = target(table, row, nlp)
    regions = row.regions
    return Action(recommendation_id=rec_id, document_id=source.document_id, source_file=source.source_file,
                  number=number, text=column_text(table, row, "action"), lead=column_text(table, row, "lead", "; "),
                  target_date=target_date, target_text=target_text, rag=read_rag(table, row, nlp),
                  progress=progress, status=decided, page_start=regions[0].page, page_end=regions[-1].page)


@dataclass(frozen=True)
class Place:
    """Where a recommendation stands: its position in the document (which gives its id) and in
    its own table or section (the number of an item printed without one)."""

    position: int
    in_list: int


def common_fields(text: str, place: Place, source: Source, nlp: Language) -> dict[str, object]:
    words = nlp(text)
    return dict(recommendation_id=f"{source.document_id}-{place.position:03d}", document_id=source.document_id,
                source_file=source.source_file, text=text, addressee=addressee(words),
                timescales=timescales(words), agencies=agencies(words))


def build_recommendation(table: RecommendationTable, rows: Sequence[Row], place: Place, source: Source,
                         nlp: Language, progress_as_of: date | None) -> Recommendation:
    first = rows[0]
    common = common_fields(number_and_text(table, first)[1], place, source, nlp)
    number = number_and_text(table, first)[0]
    lead = joined([one for row in rows for one in column_text(table, row, "lead", "; ").split("; ")], "; ")
    progress = joined([column_text(table, row, "progress") for row in rows], "\n")
    statuses = " ".join(column_text(table, row, "status", " ") for row in rows).strip()
    decided, evidence = read_status(statuses, progress, nlp, rag_word(table, first))
    target_date, target_text = target(table, first, nlp) if len(rows) == 1 else (
        None, joined([target(table, row, nlp)[1] for row in rows], "; "))
    actions = tuple(build_action(table, row, i, str(common["recommendation_id"]), source, nlp)
                    for i, row in enumerate(rows, 1)) if table.index("action") is not None else ()
    if len(actions) > 1:
        decided, evidence = actions_status(table, rows, actions, nlp)
    regions = merge_regions(r for row in rows for r in row.regions)
    return Recommendation(
        **common, number=number or str(place.in_list), lead=lead, progress=progress, status=decided,
        status_evidence=evidence, rag=read_rag(table, first, nlp) if len(rows) == 1 else "",
        progress_as_of=as_of(table, progress_as_of), target_date=target_date, target_text=target_text,
        page_start=regions[0].page, page_end=regions[-1].page, source="table",
        confidence=confidence(flags_for(table, str(common["text"]), number, lead, progress, decided,
                                        len(regions) > 1)),
        regions=regions, actions=actions, lead_canonical=canonical_leads(lead, nlp))


def build_prose(item: ProseItem, place: Place, source: Source, nlp: Language) -> Recommendation:
    """A recommendation printed as running text: no lead or progress to read, so its status is
    unknown without penalty; only a paragraph rejoined across pages lowers confidence."""
    regions = item.regions
    return Recommendation(
        **common_fields(item.text, place, source, nlp), number=item.number or str(place.in_list),
        lead="", progress="", status="unknown", status_evidence="", rag="", progress_as_of=None,
        target_date=None, target_text="", page_start=regions[0].page, page_end=regions[-1].page,
        source="prose", confidence=confidence(text_flags(item.text, len(regions) > 1)),
        regions=regions)


def normalised(text: str) -> str:
    return " ".join(text.lower().split())


#: where it was printed (page, top), its position in its list, its number as printed, its builder
Draft = tuple[tuple[int, float], int, str, Callable[[Place], Recommendation]]


def unique_items(items: Sequence[ProseItem], known: set[str]) -> list[ProseItem]:
    """Prose items not already `known` (a table's text, or an earlier item's), each once."""
    seen, kept = set(known), []
    for item in items:
        if normalised(item.text) not in seen:
            seen.add(normalised(item.text))
            kept.append(item)
    return kept


def read_recommendations(tables: list[RecommendationTable], items: Sequence[ProseItem], source: Source,
                         nlp: Language, stated_as_of: date | None = None) -> tuple[Recommendation, ...]:
    """Every recommendation of the document's tables and prose sections, in reading order. A
    prose item repeating a table's recommendation (a review's list and its action plan) is
    listed once, from the table; one printed twice (an executive summary repeating the list
    word for word) once, where it first appears. Progress whose column heading gives no date is
    as of the date the text states ("the position at 30 September 2024"), if any."""
    groups = [(table, rows, i) for table in tables for i, rows in enumerate(row_groups(table), 1)]
    in_tables = {normalised(number_and_text(table, rows[0])[1]) for table, rows, _ in groups}
    drafts: list[Draft] = [
        (where(rows[0].regions), i, number_and_text(table, rows[0])[0],
         partial(build_recommendation, table, rows, source=source, nlp=nlp, progress_as_of=stated_as_of))
        for table, rows, i in groups]
    drafts += [(where(item.regions), item.position, item.number, partial(build_prose, item, source=source, nlp=nlp))
               for item in unique_items(items, in_tables)]
    drafts.sort(key=lambda draft: draft[0])
    recs = tuple(build(Place(n, in_list)) for n, (_, in_list, _, build) in enumerate(drafts, 1))
    return repeated_numbers(recs, [printed for _, _, printed, _ in drafts])


def repeated_numbers(recs: tuple[Recommendation, ...], printed: Sequence[str]) -> tuple[Recommendation, ...]:
    """A number printed twice in one document (a row split in two, or two lists read as one)
    lowers both rows' confidence; positions given to unnumbered items do not count."""
    counts = Counter(n for n in printed if n)
    return tuple(replace(r, confidence=round(max(0.0, r.confidence - PENALTY["number_repeated"]), 2))
                 if number and counts[number] > 1 else r for r, number in zip(recs, printed))


def where(regions: Sequence[Region]) -> tuple[int, float]:
    return regions[0].page, regions[0].bbox.top
