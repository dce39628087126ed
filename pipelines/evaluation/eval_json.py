"""An evaluation as JSON (`OUTDIR/eval.json`): every number the table shows and more, every
mismatch, in a fixed order so the same run gives the same file."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path

from extract import __version__
from pipelines.evaluation.evaluate import Evaluation, PeerDoc
from pipelines.evaluation.matching import THRESHOLD
from pipelines.evaluation.peer_totals import SETTINGS, PeerTotals, grouped_totals, totals, unavailable, version_of
from pipelines.evaluation.peers import TOOLS
from pipelines.evaluation.scoring import Counts, DocScore, Tally
from pipelines.evaluation.totals import Summary, family, grouped, producer, summarise

Json = dict[str, object]


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def tally_json(tallies: Mapping[str, Tally]) -> Json:
    return {name: {"correct": t.correct, "total": t.total, "accuracy": rounded(t.accuracy)}
            for name, t in tallies.items() if t.total}


def counts_json(counts: Counts) -> Json:
    return {"truth": counts.truth, "predicted": counts.predicted, "matched": counts.matched,
            "precision": rounded(counts.precision), "recall": rounded(counts.recall),
            "f1": rounded(counts.f1)}


def summary_json(summary: Summary) -> Json:
    return {"docs": summary.docs, "recommendations": counts_json(summary.records),
            "fields": tally_json(summary.fields),
            "document_fields": tally_json(summary.document_fields),
            "findings": counts_json(summary.findings)}


def document_json(score: DocScore) -> Json:
    return {"document": score.document, "family": score.family, "producer": score.producer,
            "recommendations": counts_json(score.records), "fields": tally_json(score.fields),
            "document_fields": tally_json(score.document_fields),
            "findings": counts_json(score.findings)}


def peer_totals_json(t: PeerTotals) -> Json:
    tools = {tool: {"intact": t.intact.get(tool, 0), "share": rounded(t.share(t.intact.get(tool, 0)))}
             for tool in TOOLS}
    return {"docs": t.docs, "truth": t.truth, "ours_exact_text": t.ours,
            "ours_share": rounded(t.share(t.ours)), "tools": tools}


def peers_json(docs: Sequence[PeerDoc]) -> Json:
    reasons = unavailable(docs)
    return {
        "tools": {tool: {"version": version_of(tool), "call": SETTINGS[tool],
                         "available": not reasons[tool], "reason": reasons[tool]} for tool in TOOLS},
        "overall": peer_totals_json(totals(docs)),
        "by_family": {k: peer_totals_json(v) for k, v in grouped_totals(docs, family).items()},
        "by_producer": {k: peer_totals_json(v) for k, v in grouped_totals(docs, producer).items()},
        "documents": [{"document": d.document, "family": d.family, "producer": d.producer,
                       "truth": d.truth, "ours_exact_text": d.ours,
                       "tools": {o.tool: {"intact": o.intact, "error": o.error} for o in d.outcomes}}
                      for d in sorted(docs, key=lambda d: d.document)]}


def evaluation_json(evaluation: Evaluation) -> Json:
    scores = sorted(evaluation.scores, key=lambda s: s.document)
    return {
        "actionplan": __version__,
        "match_threshold": THRESHOLD,
        "overall": summary_json(summarise(scores)),
        "by_family": {k: summary_json(v) for k, v in grouped(scores, family).items()},
        "by_producer": {k: summary_json(v) for k, v in grouped(scores, producer).items()},
        "documents": [document_json(score) for score in scores],
        "mismatches": [asdict(m) for score in scores for m in score.mismatches],
        "skipped": [asdict(note) for note in evaluation.skipped],
        "not_scored": [asdict(note) for note in evaluation.not_scored],
        "peers": None if evaluation.peers is None else peers_json(evaluation.peers),
    }


def write_json(evaluation: Evaluation, path: Path) -> None:
    """Written to a temporary name and renamed, so no reader sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(evaluation_json(evaluation), indent=2, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    tmp.replace(path)
