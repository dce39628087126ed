"""UK date phrases -> dates: day-first, two-digit years in the 2000s, a missing year left open."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser
from spacy.language import Language

from extract.nlp import matched

_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)
#: dateutil fills missing fields from this; year 1 marks "no year printed"
_NO_YEAR = datetime(1, 1, 1)


def parse_date(text: str) -> date | None:
    """A printed date as a date: "31.10.14" -> 2014-10-31; "25 NOVEMBER" -> 0001-11-25 (no year).

    Returns None when `text` is not a whole calendar date.
    """
    text = " ".join(text.split())
    numeric = _NUMERIC.match(text)
    try:
        if numeric:
            day, month, year = (int(g) for g in numeric.groups())
            return date(year + 2000 if year < 100 else year, month, day)
        cleaned = _ORDINAL.sub("", text)
        parsed = parser.parse(cleaned, dayfirst=True, default=_NO_YEAR).date()
        other = parser.parse(cleaned, dayfirst=True, default=_NO_YEAR.replace(day=2)).date()
    except (ValueError, OverflowError, parser.ParserError):
        return None
    return parsed if parsed == other else None  # no day printed ("March 2025"): not a whole date


def has_year(value: date) -> bool:
    return value.year != _NO_YEAR.year


def with_year(value: date, year: int) -> date | None:
    try:
        return value.replace(year=year)
    except ValueError:  # 29 February
        return None


def first_date(text: str, nlp: Language) -> date | None:
    """The first whole date printed in `text`, if any."""
    for span in matched(text, "dates", nlp):
        if span.label_ == "date":
            found = parse_date(span.text)
            if found:
                return found
    return None


def month_years(text: str, nlp: Language) -> list[date]:
    """Month-and-year phrases ("November 2014") as the first day of that month."""
    out = []
    for span in matched(text, "dates", nlp):
        if span.label_ == "month":
            found = parse_date("1 " + span.text)
            if found:
                out.append(found)
    return out


def stated_as_of(text: str, nlp: Language) -> date | None:
    """The first whole date right after "as at", "as of", "position at" ... in `text`."""
    found = matched(text, "dates", nlp)
    starts = {s.end for s in found if s.label_ == "as_of"}
    for span in found:
        if span.label_ == "date" and span.start in starts:
            day = parse_date(span.text)
            if day and has_year(day):
                return day
    return None
