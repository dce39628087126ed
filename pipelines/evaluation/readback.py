"""The feeds a run wrote, read back and grouped by source file, as the evaluation scores them."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pipelines.evaluation.scoring import Predicted, Record
from pipelines.outputs.neutralise import restore


@dataclass(frozen=True)
class WrittenFeeds:
    recommendations: Mapping[str, tuple[Record, ...]]
    documents: Mapping[str, Record]
    findings: Mapping[str, tuple[str, ...]]
    document_columns: tuple[str, ...]

    def predicted(self, source_file: str) -> Predicted:
        return Predicted(recommendations=self.recommendations.get(source_file, ()),
                         document=self.documents.get(source_file),
                         findings=self.findings.get(source_file, ()),
                         document_columns=self.document_columns)


def read_rows(path: Path) -> tuple[tuple[str, ...], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = [{k: restore(v or "") for k, v in row.items()} for row in reader]
        return tuple(reader.fieldnames or ()), rows


def by_source(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        grouped[row["source_file"]].append(row)
    return grouped


def read_feeds(outdir: Path) -> WrittenFeeds:
    """recommendations.csv, documents.csv and findings.csv of a run's `outdir`."""
    _, recs = read_rows(outdir / "recommendations.csv")
    columns, docs = read_rows(outdir / "documents.csv")
    _, findings = read_rows(outdir / "findings.csv")
    return WrittenFeeds(
        recommendations={k: tuple(v) for k, v in by_source(recs).items()},
        documents={row["source_file"]: row for row in docs},
        findings={k: tuple(r["text"] for r in v) for k, v in by_source(findings).items()},
        document_columns=columns)
