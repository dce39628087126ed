"""The language rules: one blank English spaCy pipeline with a SpanRuler per vocabulary.

Each `patterns/NAME.jsonl` file (one spaCy pattern per line: {"label", "pattern", "id"?}) becomes
a SpanRuler writing to `doc.spans[NAME]`. An analyst extends a vocabulary by adding lines to the
file, or by pointing `rules_dir` at a folder of extra NAME.jsonl files that are added on top.
(The regular expressions of printed shapes, bullets and page numbers, are in `patterns/shapes/`:
extract/rules/shapes.py.)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from extract.rules.pattern_files import PATTERNS, jsonl_lines

#: pattern files that are not spaCy vocabularies (the page triage's regular expressions)
NOT_SPACY = {"triage.jsonl"}
#: vocabularies whose ruler keeps every match, overlapping ones too: their reader weighs them
#: itself (extract/fields/acceptance.py: "does not accept" and "accept this recommendation" both count)
OVERLAPPING = {"acceptance"}


def read_patterns(path: Path) -> list[dict[str, Any]]:
    """The patterns of one JSONL file (one JSON object a line)."""
    return [row for _, row in jsonl_lines(path)]


def vocabularies(rules_dir: Path | None) -> dict[str, list[dict[str, Any]]]:
    """Patterns by vocabulary name: the built-in files plus those of `rules_dir`."""
    found: dict[str, list[dict[str, Any]]] = {}
    for folder in [PATTERNS] + ([rules_dir] if rules_dir else []):
        for path in sorted(folder.glob("*.jsonl")):
            if path.name in NOT_SPACY:
                continue
            found.setdefault(path.stem, []).extend(read_patterns(path))
    return found


@lru_cache(maxsize=4)
def load_nlp(rules_dir: Path | None = None) -> Language:
    """The rule pipeline, built once per process (and per rules folder)."""
    nlp = spacy.blank("en")
    for name, patterns in vocabularies(rules_dir).items():
        ruler = nlp.add_pipe("span_ruler", name=name, config={
            "spans_key": name,
            "phrase_matcher_attr": "LOWER",
            "spans_filter": None if name in OVERLAPPING else {"@misc": "spacy.first_longest_spans_filter.v1"},
        })
        assert isinstance(ruler, SpanRuler)  # what the "span_ruler" factory makes; add_pipe is typed as any Doc -> Doc
        ruler.add_patterns(patterns)
    return nlp


def only(text: str, vocabulary: str, nlp: Language) -> Doc:
    """`text` analysed by one vocabulary's ruler only (a fraction of the work of `nlp(text)`,
    which runs them all)."""
    return nlp.get_pipe(vocabulary)(nlp.make_doc(text))


def matched(text: str, vocabulary: str, nlp: Language) -> list[Span]:
    """The matches of one vocabulary in `text`, in document order."""
    return spans(only(text, vocabulary, nlp), vocabulary)


def spans(doc: Doc, vocabulary: str) -> list[Span]:
    """The vocabulary's matches in document order."""
    return sorted(doc.spans.get(vocabulary, []), key=lambda s: (s.start, s.end))
