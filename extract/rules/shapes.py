"""Text shapes: the regular expressions of `patterns/shapes/NAME.jsonl` (bullets, list numbers,
page numbers, contents lines, meeting lines, number labels), one compiled pattern per label.

Each line is {"label", "regex"}; the lines of one label are alternatives, tried in file order.
A regex is Python's, matched at the start of the text (`match`) or anywhere (`search`) as the
file's header says; a flag applies to its own group only ("(?i:page)"). They are the built-in
shapes of printed text, not a vocabulary: an analyst edits the file (a `--rules` folder holds
spaCy vocabularies and triage cues only).
"""

from __future__ import annotations

import re
from functools import cache

from extract.rules.pattern_files import PATTERNS, RulesInvalid, jsonl_lines

SHAPES = PATTERNS / "shapes"


@cache
def shape(name: str, label: str) -> re.Pattern[str]:
    """The alternatives of `label` in `patterns/shapes/NAME.jsonl` as one pattern; a file
    without that label, or a regex Python cannot compile, is a RulesInvalid."""
    path = SHAPES / f"{name}.jsonl"
    found = [(number, row["regex"]) for number, row in jsonl_lines(path) if row.get("label") == label]
    if not found:
        raise RulesInvalid(path, 0, f"no line with label {label!r}")
    for number, regex in found:
        try:
            re.compile(regex)
        except re.error as error:
            raise RulesInvalid(path, number, f"regex: {error}") from error
    return re.compile("|".join(f"(?:{regex})" for _, regex in found))
