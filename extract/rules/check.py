"""An analyst's rules folder checked line by line before any document is read, so a typo is one
line naming the file, the line and what is wrong (not a broken worker pool for every document).

A vocabulary file's line is a spaCy pattern {"label", "pattern", "id"?}: the phrase (a string)
or the token pattern (a list of objects), checked by spaCy's own pattern validation. The triage
file's line is {"label", "regex", "needs"?} with a Python regular expression.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher

from extract.rules.pattern_files import PATTERNS, RulesInvalid, jsonl_lines
from extract.rules.vocabulary import NOT_SPACY
from extract.values import Status

PATTERN_KEYS = ("label", "pattern", "id")
#: vocabularies whose id is one of a fixed set of values (a RAG rating's id is the status it stands for)
CLOSED_IDS = {"rag": frozenset(Status)}
CUE_KEYS = ("label", "regex", "needs")


@lru_cache(maxsize=1)
def blank() -> Language:
    return spacy.blank("en")


def spacy_problem(error: MatchPatternError) -> str:
    """spaCy's report of a token pattern ("- [pattern -> 0 -> LOWERR] Extra inputs are not
    permitted") as a phrase: "pattern[0]: unknown spaCy key 'LOWERR'"."""
    first = next((line for line in str(error).splitlines() if line.startswith("- [")), "")
    where, _, what = first[3:].partition("] ")
    steps = where.split(" -> ")[1:]
    if not steps:
        return "not a token pattern: " + (what or "spaCy rejects it")
    place = f"pattern[{steps[0]}]"
    if what.startswith("Extra inputs") and len(steps) > 1:
        return f"{place}: unknown spaCy key {steps[-1]!r}"
    return f"{place}: {' -> '.join(steps[1:]) + ': ' if steps[1:] else ''}{what}"


def token_problem(pattern: list[Any]) -> str:
    """What spaCy finds wrong with a token pattern ("" if nothing). Custom attributes (`_`) are
    refused: the pipeline registers none, so spaCy would fail on the first document."""
    extension = next((i for i, token in enumerate(pattern) if isinstance(token, dict) and "_" in token), None)
    if extension is not None:
        return f"pattern[{extension}]: unknown spaCy key '_' (no custom attributes are registered)"
    try:
        Matcher(blank().vocab, validate=True).add("check", [pattern])
    except MatchPatternError as error:
        return spacy_problem(error)
    except (ValueError, TypeError, re.error) as error:
        return f"spaCy rejects the pattern: {' '.join(str(error).split())}"
    return ""


def keys_problem(row: object, allowed: tuple[str, ...], required: tuple[str, ...]) -> str:
    if not isinstance(row, dict):
        return f"not a JSON object with {' and '.join(required)}"
    missing = [key for key in required if key not in row]
    if missing:
        return f"no {missing[0]!r}"
    unknown = [key for key in row if key not in allowed]
    if unknown:
        return f"unknown key {unknown[0]!r} (a line has {', '.join(allowed)})"
    if not isinstance(row["label"], str) or not row["label"]:
        return "label must be a non-empty string"
    return ""


@lru_cache(maxsize=32)
def built_in_labels(vocabulary: str) -> frozenset[str]:
    """The labels the built-in file of `vocabulary` uses (none for a vocabulary of its own)."""
    path = PATTERNS / f"{vocabulary}.jsonl"
    return frozenset(row["label"] for _, row in jsonl_lines(path)) if path.is_file() else frozenset()


def pattern_problem(row: object, vocabulary: str) -> str:
    """What is wrong with one line of a vocabulary file ("" if nothing). A line added to a
    built-in vocabulary must use one of its labels: the code reads no other."""
    problem = keys_problem(row, PATTERN_KEYS, PATTERN_KEYS[:2])
    if problem:
        return problem
    assert isinstance(row, dict)
    labels = built_in_labels(vocabulary)
    if labels and row["label"] not in labels:
        return f"label {row['label']!r} is not one of {vocabulary}.jsonl's labels: {', '.join(sorted(labels))}"
    pattern = row["pattern"]
    if "id" in row and not isinstance(row["id"], str):
        return "id must be a string"
    closed = CLOSED_IDS.get(vocabulary)
    if closed is not None and row.get("id") not in closed:
        return f"id must be one of {', '.join(sorted(closed))}"
    if isinstance(pattern, str):
        return "" if pattern.strip() else "pattern is an empty phrase"
    if isinstance(pattern, list) and pattern:
        return token_problem(pattern)
    return "pattern must be a phrase (a string) or a token pattern (a list of objects)"


def cue_problem(row: object, vocabulary: str = "") -> str:
    """What is wrong with one line of the triage file ("" if nothing)."""
    problem = keys_problem(row, CUE_KEYS, CUE_KEYS[:2])
    if problem:
        return problem
    assert isinstance(row, dict)
    needs = row.get("needs", [])
    if not isinstance(needs, list) or not all(isinstance(word, str) for word in needs):
        return "needs must be a list of words"
    if not isinstance(row["regex"], str):
        return "regex must be a string"
    try:
        re.compile(row["regex"], re.MULTILINE)
    except re.error as error:
        return f"regex: {error}"
    return ""


def check_file(path: Path) -> None:
    problem_of = cue_problem if path.name in NOT_SPACY else pattern_problem
    for number, row in jsonl_lines(path):
        problem = problem_of(row, path.stem)
        if problem:
            raise RulesInvalid(path, number, problem)


def check_rules(rules_dir: Path) -> None:
    """Raise RulesInvalid for the first line of `rules_dir`'s pattern files that cannot be used."""
    if not rules_dir.is_dir():
        raise RulesInvalid(rules_dir, 0, "no such folder")
    for path in sorted(rules_dir.glob("*.jsonl")):
        check_file(path)
