"""One name per lead for grouping (lead_canonical): each printed lead looked up in the
user-editable alias table (patterns/leads.jsonl); a lead with no alias keeps its printed name,
tidied ("&" read as "and", spacing and curly apostrophes evened out). `lead` keeps the print."""

from __future__ import annotations

import re

from extract.context import Context
from extract.rules.vocabulary import spans


def tidy(name: str) -> str:
    name = name.replace("’", "'").replace("&", "and")
    return " ".join(name.split()).strip(" .,;")


def canonical(name: str, ctx: Context) -> str:
    """The alias table's name for a printed lead that the table lists in full, else the tidied print."""
    doc = ctx.nlp(name.strip())
    whole = [s for s in spans(doc, "leads") if s.start == 0 and s.end == len(doc)]
    return whole[0].id_ if whole and whole[0].id_ else tidy(name)


def canonical_leads(lead: str, ctx: Context) -> str:
    """`lead` ("A; B") with each part given its one name, each once, in order."""
    names = [canonical(part, ctx) for part in re.split(r"\s*;\s*", lead) if part.strip()]
    return "; ".join(dict.fromkeys(names))
