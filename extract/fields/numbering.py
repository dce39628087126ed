"""How items are numbered in print: "1.", "2.1", "R3", "Recommendation 4:", "(a)"."""

from __future__ import annotations

import re

NUMBER = re.compile(r"^(?:Recommendation\s+|Rec\.?\s*|\((?=\d{1,3}\)))?"
                    r"(R?\d+(?:\.\d+)*(?:[a-z](?:-[a-z])?|\.[A-Z](?=\)))?(?: \([ivx]+(?:-[ivx]+)?\))?)"
                    r"(?:(?:[.):]|\s*[-–:])?(?=\s|$)|[.)](?=[A-Z]))",
                    re.IGNORECASE)
#: "Recommendation Three": a number spelt out after the word (kept as printed)
SPELT = re.compile(r"^(?:Recommendation|RECOMMENDATION)\s+(?=[A-Z])((?i:one|two|three|four|five|six|seven|eight|"
                   r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                   r"twenty))\b[.:–-]?")
LETTERED = re.compile(r"^\(?(?:[a-z]|[ivx]+)\)\s")


def starts_with_number(text: str) -> bool:
    return bool(NUMBER.match(text.strip()))


def split_number(text: str) -> tuple[str, str]:
    """("2.1", "The Board should ...") from "2.1. The Board should ..."; ("", text) if unnumbered."""
    match = NUMBER.match(text) or SPELT.match(text)
    if not match:
        return "", text
    return match.group(1), text[match.end():].lstrip()


def printed_number(cell: str) -> str:
    """A number column's cell as the number: "1." -> "1", "Rec 1" -> "1", "R3" -> "R3", "1a" ->
    "1a"; other text as printed, less a trailing full stop."""
    number, rest = split_number(cell.strip())
    return number if number and not rest else cell.strip().rstrip(".")
