"""What a recommendation's words say: addressee, status, timescales and agencies, read from an
analysed text (`nlp(text)`) with the rule vocabularies of `patterns/`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from extract.rules.vocabulary import spans
from extract.values import Status

#: a word that opens the sentence cannot start an addressee phrase
_NOT_SUBJECT = frozenset({"when", "if", "where", "whilst", "while", "to", "in", "for", "ensure", "it"})


#: words that open a relative clause: the addressee ends before them
_RELATIVE = frozenset({"who", "which", "that", "whose"})
#: "should be held" is passive (nobody is asked); "should be able to" is not
_PARTICIPLE = re.compile(r"(ed|en|wn)$|^(held|told|made|sent|built|kept|set|put|done|seen|shown|run|given|taken|brought)$")


def passive(doc: Doc, modal: Span) -> bool:
    after = doc[modal.end:modal.end + 2]
    return len(after) == 2 and after[0].lower_ == "be" and bool(_PARTICIPLE.search(after[1].lower_))


_PREPOSITIONS = frozenset({"of", "between", "in", "for", "from", "with", "at", "on", "across", "within", "under"})


def heads(subject: Span) -> list[int]:
    """The head of each conjunct of the subject: its last word before a preposition ("chair"
    in "The chair of the Board"; "Schools" and "provision" in "Schools and alternative provision")."""
    out, start = [], subject.start
    for token in [*subject, None]:
        if token is None or token.lower_ in ("and", "or", ","):
            end = token.i if token is not None else subject.end
            part = subject.doc[start:end]
            out.append(next((t.i - 1 for t in part if t.lower_ in _PREPOSITIONS and t.i > start), end - 1))
            start = end + 1
    return [h for h in out if h >= subject.start]


def names_agent(doc: Doc, subject: Span) -> bool:
    """Does a head of the subject name someone who can act (patterns/agents.jsonl), or a body
    by its proper name ("... Housing Options")? "Escalation between agencies" does not."""
    agents = spans(doc, "agents")
    return any(any(s.start <= h < s.end for s in agents) or (h > 0 and doc[h].is_title) for h in heads(subject))


def addressee(doc: Doc) -> str:
    """Who the recommendation asks to act: the phrase before its first modal verb ("The Board
    should ...", "The Board to review ..."), after "It is recommended that", less a relative
    clause ("Housing officers who visit ..."); empty for a passive ("... should be held"), an
    imperative, or a subject that names no one who can act ("Assessments should ...",
    patterns/agents.jsonl)."""
    start = max((s.end for s in spans(doc, "addressee") if s.label_ == "opening" and s.start == 0), default=0)
    modals = [s for s in spans(doc, "addressee") if s.label_ == "modal" and s.start > start]
    if not modals:
        return agent_phrase(doc, start) if start else ""
    subject = doc[start: modals[0].start]
    cut = next((t.i for t in subject if t.lower_ in _RELATIVE and t.i > start), subject.end)
    subject = doc[start:cut]
    if not len(subject) or subject[0].lower_ in _NOT_SUBJECT or any(t.is_punct and t.text not in "'’-" for t in subject):
        return ""
    if passive(doc, modals[0]) or not names_agent(doc, subject):
        return ""
    return subject.text


#: lower-case words inside a named agent ("the Board and its partners")
AGENCY_JOINERS = frozenset({"the", "and", "of", "all", "its", "their", "local", "'s", "’s", "-"})


def agent_phrase(doc: Doc, start: int) -> str:
    """After "It is recommended that", with no modal ("... that the Board reviews ..."): the
    words up to the verb, taken to be the first lower-case word that names no one."""
    agents = {i for s in spans(doc, "agents") for i in range(s.start, s.end)}
    end = start
    for token in doc[start:]:
        if token.is_lower and token.i not in agents and token.lower_ not in AGENCY_JOINERS:
            break
        end = token.i + 1
    phrase = doc[start:end]
    return phrase.text if len(phrase) and names_agent(doc, phrase) else ""


def status(doc: Doc) -> tuple[Status, str]:
    """(status, evidence) from a status cell or progress text. A status declared at the start of
    a sentence ("Complete.", "Not started. ...", "Fully implemented, with ...") decides when
    the declarations agree; otherwise every status word and cue of what was done or is still
    to do is weighed (`combine`). The evidence lists the words that decided it."""
    found = spans(doc, "status")
    if not found:
        return Status.UNKNOWN, ""
    declared = [s for s in found if s.id_ != "cue" and opens_sentence(s)]
    if declared and len({s.label_ for s in declared}) == 1:
        return Status(declared[0].label_), "; ".join(unique(s.text for s in declared))
    decided = combine({s.label_ for s in found})
    deciding = [s for s in found if decided == Status.IN_PROGRESS or s.label_ == decided]
    return decided, "; ".join(unique(s.text for s in deciding))


def opens_sentence(span: Span) -> bool:
    doc = span.doc
    return span.start == 0 or doc[span.start - 1].text in {".", ";", ":", "\n", "!"} or "\n" in doc[span.start - 1].whitespace_


def combine(labels: set[str]) -> Status:
    """All done: complete; nothing begun: not started; anything under way, or some done and
    some not begun: in progress (the least advanced reading of mixed evidence, except that
    work partly done is not 'not started')."""
    if labels == {Status.COMPLETE} or labels == {Status.NOT_STARTED}:
        return Status(labels.pop())
    return Status.IN_PROGRESS


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
