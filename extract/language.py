"""What a recommendation's words say: addressee, status, timescales and agencies, read from an
analysed text (`nlp(text)`) with the rule vocabularies of `patterns/`."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from extract.nlp import spans

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
    """(status, evidence) from a status cell or progress text. A status declared at the start of
    a sentence ("Complete.", "Not started. ...", "Fully implemented, with ...") decides when
    the declarations agree; otherwise every status word and cue of what was done or is still
    to do is weighed (`combine`). The evidence lists the words that decided it."""
    found = spans(doc, "status")
    if not found:
        return "unknown", ""
    declared = [s for s in found if s.id_ != "cue" and opens_sentence(s)]
    if declared and len({s.label_ for s in declared}) == 1:
        return declared[0].label_, "; ".join(unique(s.text for s in declared))
    decided = combine({s.label_ for s in found})
    deciding = [s for s in found if decided == "in_progress" or s.label_ == decided]
    return decided, "; ".join(unique(s.text for s in deciding))


def opens_sentence(span: Span) -> bool:
    doc = span.doc
    return span.start == 0 or doc[span.start - 1].text in {".", ";", ":", "\n", "!"} or "\n" in doc[span.start - 1].whitespace_


def combine(labels: set[str]) -> str:
    """All done: complete; nothing begun: not started; anything under way, or some done and
    some not begun: in progress (the least advanced reading of mixed evidence, except that
    work partly done is not 'not started')."""
    if labels == {"complete"} or labels == {"not_started"}:
        return labels.pop()
    return "in_progress"


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
