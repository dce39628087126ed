"""The forms text is compared in by the evaluation: `exact` for field accuracy, `loose` for
pairing records by similarity and for judging the peers' table cells."""

from __future__ import annotations

import re

_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_AROUND_BREAK = re.compile(r" ?\n ?")
_WRAPPED_HYPHEN = re.compile(r"-[ \t]*\n\s*")


def exact(text: str | None) -> str:
    """Runs of spaces and tabs as one space, paragraph breaks (`\\n`) kept without the spaces
    around them, the ends stripped."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _AROUND_BREAK.sub("\n", _SPACES.sub(" ", text)).strip()


def loose(text: str | None) -> str:
    """Every run of whitespace, line breaks included, as one space: blind to where lines wrap."""
    return " ".join(text.split()) if text else ""


def unwrapped(text: str | None) -> str:
    """`loose`, and a line that wraps after a hyphen ("well-\\ninformed") rejoined without a
    space: how a table cell's printed lines read as one text."""
    return loose(_WRAPPED_HYPHEN.sub("-", text)) if text else ""
