"""An evaluation as a person reads it on a terminal: scores per family and per producer, the
peers next to ours, then the worst documents and mismatches to look at first."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher

from pipelines.evaluation.evaluate import Evaluation, PeerDoc
from pipelines.evaluation.peer_totals import PeerTotals, grouped_totals, totals, unavailable
from pipelines.evaluation.peers import TOOLS
from pipelines.evaluation.scoring import DOCUMENT_FIELDS, DocScore, Mismatch, Tally
from pipelines.evaluation.totals import Summary, family, grouped, producer, summarise

TABLE_FIELDS = ("text", "lead", "progress", "status", "addressee")
#: fields shown only where some truth gives them (most truth files do not)
GIVEN_FIELDS = ("acceptance",)
WORST_DOCUMENTS = 5
WORST_MISMATCHES = 10
SHOWN_CHARS = 60
DIFF_CONTEXT = 20


def share(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def layout(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """Columns padded to their widest cell: the first left-aligned, the others right-aligned."""
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    return ["  ".join(str(cell).ljust(w) if i == 0 else str(cell).rjust(w)
                      for i, (cell, w) in enumerate(zip(row, widths))).rstrip()
            for row in [headers, *rows]]


def table_fields(overall: Summary) -> tuple[str, ...]:
    """The fields of the score tables: TABLE_FIELDS, and each of GIVEN_FIELDS some truth gives."""
    return TABLE_FIELDS + tuple(f for f in GIVEN_FIELDS if overall.fields.get(f, Tally()).total)


def summary_row(name: str, s: Summary, shown: Sequence[str] = TABLE_FIELDS) -> list[str]:
    fields = [share(s.fields.get(f, Tally()).accuracy) for f in shown]
    r = s.records
    return [name, str(s.docs), str(r.truth), str(r.predicted),
            share(r.precision), share(r.recall), share(r.f1), *fields]


def scores_table(title: str, groups: Mapping[str, Summary], overall: Summary) -> list[str]:
    shown = table_fields(overall)
    headers = [title, "docs", "truth", "pred", "P", "R", "F1", *shown]
    rows = [summary_row(name, s, shown) for name, s in groups.items()] + [summary_row("all", overall, shown)]
    return layout(headers, rows)


def document_fields_line(overall: Summary, evaluation: Evaluation) -> str:
    shown = [f"{name} {share(t.accuracy)} ({t.total})" for name in DOCUMENT_FIELDS
             if (t := overall.document_fields.get(name)) and t.total]
    missing = [f"{n.subject.removeprefix('document.')} ({n.reason})" for n in evaluation.not_scored]
    line = "document fields: " + (", ".join(shown) or "none scored")
    return line + (f"; not scored: {', '.join(missing)}" if missing else "")


def peer_row(name: str, t: PeerTotals, reasons: Mapping[str, str]) -> list[str]:
    tools = ["n/a" if reasons[tool] else share(t.share(t.intact.get(tool, 0))) for tool in TOOLS]
    return [name, str(t.docs), str(t.truth), share(t.share(t.ours)), *tools]


def peers_table(docs: Sequence[PeerDoc]) -> list[str]:
    if not docs:
        return ["peers: no table documents (non-prose, with recommendations) to measure them on"]
    reasons = unavailable(docs)
    rows = [peer_row(name, t, reasons) for name, t in grouped_totals(docs, family).items()]
    rows.append(peer_row("all", totals(docs), reasons))
    lines = ["peers: share of truth recommendations given as one intact row "
             "(ours: matched with exact text)",
             *layout(["family", "docs", "truth", "ours", *TOOLS], rows)]
    return lines + [f"{tool}: unavailable: {reason}" for tool, reason in reasons.items() if reason]


def shorten(text: str, start: int = 0) -> str:
    """`text` from `start`, quoted on one line (breaks shown as \\n), at most about SHOWN_CHARS."""
    flat = ("..." if start else "") + text[start:]
    return repr(flat if len(flat) <= SHOWN_CHARS else flat[:SHOWN_CHARS - 3] + "...")


def first_difference(expected: str, got: str) -> int:
    """Where to start showing two long values: a little before they first differ."""
    same = len(os.path.commonprefix([expected, got]))
    return same - DIFF_CONTEXT if same > DIFF_CONTEXT else 0


def worst_documents(scores: Sequence[DocScore]) -> list[str]:
    def text_accuracy(s: DocScore) -> float:
        accuracy = s.fields["text"].accuracy  # None only when there were no texts to score
        return 1.0 if accuracy is None else accuracy
    bad = [s for s in scores if s.records.f1 < 1 or text_accuracy(s) < 1]
    bad.sort(key=lambda s: (s.records.f1, text_accuracy(s), s.document))
    return [f"  {s.document}: F1 {share(s.records.f1)}, text {share(text_accuracy(s))} "
            f"(truth {s.records.truth}, predicted {s.records.predicted}, matched {s.records.matched})"
            for s in bad[:WORST_DOCUMENTS]]


def severity(m: Mismatch) -> tuple[int, float]:
    """Missed records first, then extra ones, wrong texts, other fields, document fields; within
    each, the furthest from what was expected first."""
    if m.field == "record":
        return (0 if m.expected else 1), 0.0
    kind = 2 if m.field == "text" else 4 if m.field.startswith("document.") else 3
    return kind, SequenceMatcher(None, m.expected, m.got).ratio()


def describe(m: Mismatch) -> str:
    where = f"  {m.document} #{m.number or '-'}"
    if m.field == "record":
        return f"{where} missed: {shorten(m.expected)}" if m.expected else f"{where} extra: {shorten(m.got)}"
    start = first_difference(m.expected, m.got)
    return f"{where} {m.field}: expected {shorten(m.expected, start)}, got {shorten(m.got, start)}"


def worst_mismatches(mismatches: Sequence[Mismatch]) -> list[str]:
    ranked = sorted(mismatches, key=lambda m: (severity(m), m.document, m.number, m.field))
    return [describe(m) for m in ranked[:WORST_MISMATCHES]]


def mismatch_counts(mismatches: Sequence[Mismatch]) -> str:
    counts = Counter("missed" if m.field == "record" and m.expected else
                     "extra" if m.field == "record" else m.field for m in mismatches)
    return ", ".join(f"{field} {n}" for field, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def render(evaluation: Evaluation, json_path: str) -> str:
    scores = sorted(evaluation.scores, key=lambda s: s.document)
    overall = summarise(scores)
    lines = [f"actionplan eval: {len(scores)} documents scored against their truth files, "
             f"{len(evaluation.skipped)} skipped", ""]
    lines += scores_table("family", grouped(scores, family), overall) + [""]
    lines += scores_table("producer", grouped(scores, producer), overall) + [""]
    lines += [document_fields_line(overall, evaluation), ""]
    if evaluation.peers is not None:
        lines += peers_table(evaluation.peers) + [""]
    if worst := worst_documents(scores):
        lines += ["worst documents:", *worst, ""]
    if mismatches := [m for s in scores for m in s.mismatches]:
        lines += [f"mismatches: {mismatch_counts(mismatches)}",
                  f"worst {min(len(mismatches), WORST_MISMATCHES)}:", *worst_mismatches(mismatches), ""]
    return "\n".join(lines + [f"all scores and mismatches: {json_path}"])
