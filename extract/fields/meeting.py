"""The meeting a council paper goes to: its committee and date, from the first page's meeting
line ("CABINET – 25 NOVEMBER", "Safer Communities Scrutiny Panel – 23 April 2024") or a
committee line with the date on the line below ("Date of meeting: 9 October 2024")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.context import Context
from extract.fields.dates import first_date
from extract.model import PartialDate
from extract.rules.shapes import shape
from extract.rules.vocabulary import matched, spans

_PARTS = re.compile(r"\s+[–—-]\s*|\s*[–—]\s+|\s*[,:]\s+|\s*\|\s*")
#: the council's own name, a label after the name, words before it (patterns/shapes/meeting_lines.jsonl)
_COUNCIL = shape("meeting_lines", "council")
_LABEL = shape("meeting_lines", "label")
_LEAD_IN = shape("meeting_lines", "lead_in")
SMALL_WORDS = {"and", "of", "the", "for", "on", "in", "to", "a", "an", "&"}


def display(name: str) -> str:
    """A name printed in capitals ("CABINET") in title case; others as printed."""
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if i and w in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def without_dates(text: str, ctx: Context) -> str:
    """The text with each date in it replaced by a separator."""
    doc = ctx.nlp(text)
    for span in reversed([s for s in spans(doc, "dates") if s.label_ == "date"]):
        text = text[:span.start_char] + " | " + text[span.end_char:]
    return text


def committee_part(text: str, ctx: Context) -> str:
    """The part of a line that names a committee: it ends in a committee noun and is not the
    council's own name, a date or a label."""
    for part in _PARTS.split(without_dates(text, ctx)):
        part = _LEAD_IN.sub("", _LABEL.sub("", part.strip(" .")))
        found = matched(part, "committees", ctx.nlp)
        if found and found[-1].end == len(ctx.nlp(part)) and not is_council_name(part) and not first_date(part, ctx):
            return display(part)
    return ""


def is_council_name(part: str) -> bool:
    """"Anytown City Council", "ANYTOWN DISTRICT COUNCIL": a council's own name."""
    return bool(_COUNCIL.match(part))


def meeting(texts: Sequence[str], ctx: Context) -> tuple[str, PartialDate | None]:
    """(committee, meeting date) from the first page's running header and first paragraphs."""
    top = list(texts[:ctx.settings.fields.meeting_blocks])  # near the top of the first page
    for i, text in enumerate(top):
        day = first_date(text, ctx)
        if day is None:
            continue
        name = committee_part(text, ctx) or (committee_part(top[i - 1], ctx) if i else "")
        if name:
            return name, day
    return "", None
