"""UK date phrases -> dates: day-first, two-digit years in the 2000s, a missing year left open
until the document fixes it (`complete_year`), years outside FIRST_YEAR..LAST_YEAR not dates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime

from dateutil import parser
from spacy.language import Language

from extract.rules.vocabulary import matched

_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)
#: dateutil fills missing fields from this; year 1 marks "no year printed"
_NO_YEAR = datetime(1, 1, 1)
#: the years a plan's dates can be in (the feeds' schema rejects any other): "1 January 1066" is no date
FIRST_YEAR, LAST_YEAR = 1990, 2099
#: a plan's progress is reported at most this many days (a quarter) before the date its document is as at
PROGRESS_LEAD_DAYS = 92


def parse_date(text: str) -> date | None:
    """A printed date as a date: "31.10.14" -> 2014-10-31; "25 NOVEMBER" -> 0001-11-25 (no year).

    Returns None when `text` is not a whole calendar date, or its year is outside FIRST_YEAR..LAST_YEAR.
    """
    text = " ".join(text.split())
    numeric = _NUMERIC.match(text)
    try:
        if numeric:
            day, month, year = (int(g) for g in numeric.groups())
            return in_range(date(year + 2000 if year < 100 else year, month, day))
        cleaned = _ORDINAL.sub("", text)
        parsed = parser.parse(cleaned, dayfirst=True, default=_NO_YEAR).date()
        other = parser.parse(cleaned, dayfirst=True, default=_NO_YEAR.replace(day=2)).date()
    except (ValueError, OverflowError, parser.ParserError):
        return None
    return in_range(parsed) if parsed == other else None  # no day printed ("March 2025"): not a whole date


def in_range(value: date) -> date | None:
    """`value`, unless it has a year outside FIRST_YEAR..LAST_YEAR."""
    return value if not has_year(value) or FIRST_YEAR <= value.year <= LAST_YEAR else None


def has_year(value: date) -> bool:
    return value.year != _NO_YEAR.year


def with_year(value: date, year: int) -> date | None:
    try:
        return value.replace(year=year)
    except ValueError:  # 29 February
        return None


def printed_years(texts: Iterable[str], nlp: Language) -> dict[int, frozenset[int]]:
    """Each month the texts print with a year ("25 November 2024", "November 2024", "25/11/24"),
    and the years they print it in."""
    years: dict[int, set[int]] = {}
    for text in texts:
        for span in matched(text, "dates", nlp):
            found = parse_date(("1 " if span.label_ == "month" else "") + span.text) \
                if span.label_ in {"date", "month"} else None
            if found and has_year(found):
                years.setdefault(found.month, set()).add(found.year)
    return {month: frozenset(found) for month, found in years.items()}


#: the years a document prints each month in (`printed_years`), asked for only when a date lacks
#: its year: reading them takes a pass of the date rules over all the document's text
Years = Callable[[], Mapping[int, frozenset[int]]]


def complete_year(day: date | None, years: Years) -> date | None:
    """A date printed without its year ("25 November") in the one year its document prints that
    month in (`printed_years`); None where the document prints the month in no year or in
    several. A date with its year is kept as printed."""
    if day is None or has_year(day):
        return day
    found = years().get(day.month, frozenset())
    return with_year(day, next(iter(found))) if len(found) == 1 else None


def progress_year(day: date | None, anchor: date | None, years: Years) -> date | None:
    """A progress date printed without its year ("Progress at 25 November"). Where the document
    is dated (`anchor`: the date it says it is as at, or its meeting date), in the year that puts
    it on or before that date and at most PROGRESS_LEAD_DAYS before it, else None; where it is
    not, as `complete_year`. A date with its year is kept as printed."""
    if day is None or has_year(day):
        return day
    if anchor is None:
        return complete_year(day, years)
    found = with_year(day, anchor.year)
    if found is not None and found > anchor:
        found = with_year(day, anchor.year - 1)
    return found if found is not None and (anchor - found).days <= PROGRESS_LEAD_DAYS else None


def first_date(text: str, nlp: Language) -> date | None:
    """The first whole date printed in `text`, if any."""
    for span in matched(text, "dates", nlp):
        if span.label_ == "date":
            found = parse_date(span.text)
            if found:
                return found
    return None


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
