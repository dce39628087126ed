"""The language rules: one blank English spaCy pipeline with a SpanRuler per vocabulary.

Each `patterns/NAME.jsonl` file (one spaCy pattern per line: {"label", "pattern", "id"?}) becomes
a SpanRuler writing to `doc.spans[NAME]`. An analyst extends a vocabulary by adding lines to the
file, or by pointing `rules_dir` at a folder of extra NAME.jsonl files that are added on top.
(The regular expressions of printed shapes, bullets and page numbers, are in `patterns/shapes/`:
extract/rules/shapes.py.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from extract.user_files import read_regular

PATTERNS = Path(__file__).with_name("patterns")
#: pattern files that are not spaCy vocabularies (the page triage's regular expressions)
NOT_SPACY = {"triage.jsonl"}
#: vocabularies whose ruler keeps every match, overlapping ones too: their reader weighs them
#: itself (extract/fields/acceptance.py: "does not accept" and "accept this recommendation" both count)
OVERLAPPING = {"acceptance"}


class RulesInvalid(ValueError):
    """A rules file that cannot be used: `str(error)` names the file, the line (0: the file as a
    whole) and what is wrong, in one line."""

    def __init__(self, path: Path, line: int, what: str) -> None:
        self.path, self.line, self.what = path, line, what
        super().__init__(f"{path} line {line}: {what}" if line else f"{path}: {what}")


def jsonl_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, value) of each JSON line of a pattern file; blank lines and lines starting
    with // are skipped."""
    try:
        data = read_regular(path)
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise RulesInvalid(path, data[:error.start].count(b"\n") + 1,
                           f"not UTF-8 text (byte 0x{bad:02x}): save it as UTF-8") from error
    except OSError as error:
        raise RulesInvalid(path, 0, f"cannot read: {error.strerror or error}") from error
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                raise RulesInvalid(path, number, f"invalid JSON: {error.msg} (column {error.colno})") from error
            except RecursionError as error:
                raise RulesInvalid(path, number, "invalid JSON: nested too deeply") from error


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
