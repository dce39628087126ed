"""`datapackage.json`: the feeds described as a Frictionless Data Package, so a dashboard (or
`frictionless validate`) can check a night's files before loading them. Each CSV gets a Table
Schema built from its pandera model: types, enums from its `isin` checks, required fields,
primary and foreign keys, and each column's meaning from the data dictionary."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from extract import __version__
from pipelines.outputs.schemas import MODELS

DATES = {"progress_as_of", "target_date", "meeting_date", "last_read_ok", "latest_as_of", "first_seen", "last_seen"}
#: columns never empty
REQUIRED = {"recommendation_id", "source_file", "number", "text", "status", "page_start", "page_end",
            "confidence", "page", "pages", "recommendations", "source", "tracked_id", "latest_status", "reports",
            "status_history", "overdue", "stale", "regressed"}
KEYS: dict[str, dict[str, Any]] = {
    "recommendations": {"primaryKey": ["recommendation_id"], "foreignKeys": [
        {"fields": ["source_file"], "reference": {"resource": "documents", "fields": ["source_file"]}},
        {"fields": ["tracked_id"], "reference": {"resource": "tracker", "fields": ["tracked_id"]}}]},
    "documents": {"primaryKey": ["source_file"]},
    "findings": {"primaryKey": ["source_file", "number"], "foreignKeys": [
        {"fields": ["source_file"], "reference": {"resource": "documents", "fields": ["source_file"]}}]},
    "actions": {"primaryKey": ["recommendation_id", "number"], "foreignKeys": [
        {"fields": ["recommendation_id"], "reference": {"resource": "recommendations", "fields": ["recommendation_id"]}}]},
    "tracker": {"primaryKey": ["tracked_id"]},
}


def field_type(name: str, dtype: str) -> str:
    if name in DATES:
        return "date"
    if dtype == "bool":
        return "boolean"
    return "integer" if dtype.startswith("int") else "number" if dtype.startswith("float") else "string"


def field(name: str, column: Any, meaning: str) -> dict[str, Any]:
    described: dict[str, Any] = {"name": name, "type": field_type(name, str(column.dtype)), "description": meaning}
    constraints: dict[str, Any] = {}
    for check in column.checks:
        if check.name == "isin":
            constraints["enum"] = [v for v in check.statistics["allowed_values"] if v != ""]
    if name in REQUIRED:
        constraints["required"] = True
    if constraints:
        described["constraints"] = constraints
    return described


def resource(feed: str, meanings: dict[str, str]) -> dict[str, Any]:
    columns = MODELS[feed].to_schema().columns
    fields = [field(name, column, meanings.get(f"{feed}.{name}", "")) for name, column in columns.items()]
    return {"name": feed, "path": f"{feed}.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8",
            "dialect": {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "header": True},
            "schema": {"fields": fields, "missingValues": [""], **KEYS[feed]}}


def datapackage(feeds: Sequence[str], dictionary: Sequence[tuple[str, str]]) -> str:
    """The package descriptor of `feeds`, as JSON text (the same for every run of a version)."""
    meanings = dict(dictionary)
    package = {"profile": "tabular-data-package", "name": "actionplan-feeds", "version": __version__,
               "title": "actionplan: recommendations of safeguarding reviews and the progress on them",
               "resources": [resource(feed, meanings) for feed in feeds]}
    return json.dumps(package, indent=1, ensure_ascii=False) + "\n"
