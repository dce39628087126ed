"""UK date phrases -> dates: day-first, two-digit years in the 2000s, a date printed without its
year a PartialDate until the document fixes the year (`complete_year`), years outside
FIRST_YEAR..LAST_YEAR not dates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime

from dateutil import parser

from extract.context import Context
from extract.model import PartialDate
from extract.rules.vocabulary import matched

_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_ORDINAL = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)
#: dateutil fills missing fields from this (year 4, a leap year: "29 February" parses); the
#: year it gives is dropped where the text printed none
_UNPRINTED = datetime(4, 1, 1)
#: the years a plan's dates can be in (the feeds' schema rejects any other): "1 January 1066" is no date
FIRST_YEAR, LAST_YEAR = 1990, 2099


def parse_date(text: str) -> PartialDate | None:
    """A printed date: "31.10.14" -> 2014-10-31; "25 NOVEMBER" -> 25 November of no year yet.

    Returns None when `text` is not a calendar day, or its year is outside FIRST_YEAR..LAST_YEAR.
    """
    text = " ".join(text.split())
    numeric = _NUMERIC.match(text)
    try:
        if numeric:
            day, month, year = (int(g) for g in numeric.groups())
            return in_range(PartialDate.of(date(year + 2000 if year < 100 else year, month, day)))
        cleaned = _ORDINAL.sub("", text)
        parsed = parser.parse(cleaned, dayfirst=True, default=_UNPRINTED)
        other = parser.parse(cleaned, dayfirst=True, default=_UNPRINTED.replace(year=8, day=2))
    except (ValueError, OverflowError, parser.ParserError):
        return None
    if (parsed.month, parsed.day) != (other.month, other.day):
        return None  # no day printed ("March 2025"): not a whole date
    printed_year = parsed.year if parsed.year == other.year else None
    return in_range(PartialDate(parsed.month, parsed.day, printed_year))


def in_range(value: PartialDate) -> PartialDate | None:
    """`value`, unless it has a year outside FIRST_YEAR..LAST_YEAR."""
    return value if value.year is None or FIRST_YEAR <= value.year <= LAST_YEAR else None


def printed_years(texts: Iterable[str], ctx: Context) -> dict[int, frozenset[int]]:
    """Each month the texts print with a year ("25 November 2024", "November 2024", "25/11/24"),
    and the years they print it in."""
    years: dict[int, set[int]] = {}
    for text in texts:
        for span in matched(text, "dates", ctx.nlp):
            found = parse_date(("1 " if span.label_ == "month" else "") + span.text) \
                if span.label_ in {"date", "month"} else None
            if found and found.year is not None:
                years.setdefault(found.month, set()).add(found.year)
    return {month: frozenset(found) for month, found in years.items()}


#: the years a document prints each month in (`printed_years`), asked for only when a date lacks
#: its year: reading them takes a pass of the date rules over all the document's text
Years = Callable[[], Mapping[int, frozenset[int]]]


def complete_year(day: PartialDate | None, years: Years) -> date | None:
    """A date printed without its year ("25 November") in the one year its document prints that
    month in (`printed_years`); None where the document prints the month in no year or in
    several. A date with its year is kept as printed."""
    if day is None or day.year is not None:
        return day.whole() if day else None
    found = years().get(day.month, frozenset())
    return day.in_year(next(iter(found))) if len(found) == 1 else None


def progress_year(day: PartialDate | None, anchor: date | None, years: Years, lead_days: int) -> date | None:
    """A progress date printed without its year ("Progress at 25 November"). Where the document
    is dated (`anchor`: the date it says it is as at, or its meeting date), in the year that puts
    it on or before that date and at most `lead_days` (FieldSettings.progress_lead_days) before it, else None; where it is
    not, as `complete_year`. A date with its year is kept as printed."""
    if day is None or day.year is not None or anchor is None:
        return complete_year(day, years)
    found = day.in_year(anchor.year)
    if found is not None and found > anchor:
        found = day.in_year(anchor.year - 1)
    return found if found is not None and (anchor - found).days <= lead_days else None


def first_date(text: str, ctx: Context) -> PartialDate | None:
    """The first calendar day printed in `text` (with or without its year), if any."""
    for span in matched(text, "dates", ctx.nlp):
        if span.label_ == "date":
            found = parse_date(span.text)
            if found:
                return found
    return None


def stated_as_of(text: str, ctx: Context) -> date | None:
    """The first whole date right after "as at", "as of", "position at" ... in `text`."""
    found = matched(text, "dates", ctx.nlp)
    starts = {s.end for s in found if s.label_ == "as_of"}
    for span in found:
        if span.label_ == "date" and span.start in starts:
            day = parse_date(span.text)
            if day and day.year is not None:
                return day.whole()
    return None
