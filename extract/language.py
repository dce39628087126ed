"""What a recommendation's words say: addressee, status, timescales and agencies, read from an
analysed text (`nlp(text)`) with the rule vocabularies of `patterns/`."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from extract.nlp import spans

#: least advanced first: mixed evidence takes the least advanced status
STATUS_ORDER = ("not_started", "in_progress", "complete")
#: a word that opens the sentence cannot start an addressee phrase
_NOT_SUBJECT = frozenset({"when", "if", "where", "whilst", "while", "to", "in", "for", "ensure", "it"})


def addressee(doc: Doc) -> str:
    """Who the recommendation asks to act: the phrase before its first modal verb ("The Board
    should ..."), or empty for a passive ("... should be held") or imperative."""
    modals = spans(doc, "addressee")
    if not modals:
        return ""
    modal = modals[0]
    subject = doc[: modal.start]
    if not len(subject) or subject[0].lower_ in _NOT_SUBJECT or any(t.is_punct for t in subject):
        return ""
    if modal.end < len(doc) and doc[modal.end].lower_ == "be":
        return ""
    return subject.text


def status(doc: Doc) -> tuple[str, str]:
    """(status, evidence) read from progress or status text; mixed evidence takes the least
    advanced, and the evidence lists the words that decided it."""
    found = spans(doc, "status")
    if not found:
        return "unknown", ""
    least = min(found, key=lambda s: STATUS_ORDER.index(s.label_)).label_
    evidence = unique(s.text for s in found if s.label_ == least)
    return least, "; ".join(evidence)


def unique(texts: Iterable[str]) -> tuple[str, ...]:
    """Texts in order, each once (compared without case)."""
    seen: dict[str, str] = {}
    for text in texts:
        seen.setdefault(text.lower(), text)
    return tuple(seen.values())


def timescales(doc: Doc) -> tuple[str, ...]:
    return unique(s.text for s in spans(doc, "timescales"))


def agencies(doc: Doc) -> tuple[str, ...]:
    return unique(s.text for s in spans(doc, "agencies"))
