"""What a response answered to a recommendation (acceptance): `accepted`, `accepted_in_part`,
`accepted_in_principle`, `not_accepted`, `noted`, or "" where it says none of these.

Where a document answers its recommendations (a government response, an agency's or a
management response), the answer is the record's progress text; a status column may print an
acceptance code ("Agreed", "Partially accepted", "Rejected"). Both are read with the rules of
`patterns/acceptance.jsonl`: a code ("declaration") counts where it opens a sentence and stands
alone there, a statement ("The Government accepts this recommendation") anywhere in it. Only
the response's start is read, its first sentence, else its second: the answer comes first, and
an "agreed" further on is about something else.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.context import Context
from extract.fields.mentions import opens_sentence
from extract.rules.vocabulary import only, spans

VOCABULARY = "acceptance"
#: the values of the column; "" where the response says none of them
LABELS = ("accepted", "accepted_in_part", "accepted_in_principle", "not_accepted", "noted")
#: where one sentence holds several answers, the first of these it holds decides: "in part"
#: and "in principle" beat a plain accept (and the "not" of what is left out), "does not
#: accept" beats "accept this recommendation", any answer beats "notes"
PRECEDENCE = ("accepted_in_part", "accepted_in_principle", "not_accepted", "accepted", "noted")
#: the pattern id of a code that counts only opening a sentence, standing alone
DECLARATION = "declaration"
_ENDS = frozenset({".", "!", "?"})


def sentences(doc: Doc) -> list[Span]:
    """The text's sentences: ended by `.`, `!`, `?` or a line break; blank ones left out."""
    found, start = [], 0
    for token in doc:
        if token.text in _ENDS or (token.is_space and "\n" in token.text) or "\n" in token.whitespace_:
            found.append(doc[start:token.i + 1])
            start = token.i + 1
    found.append(doc[start:])
    return [s for s in found if any(not t.is_space for t in s)]


def standalone(span: Span) -> bool:
    """Nothing but punctuation, a line break or the end after it ("Agreed – action ...", not
    "Agreed at the Board")."""
    doc = span.doc
    return (span.end == len(doc) or doc[span.end].is_punct or doc[span.end].is_space
            or "\n" in doc[span.end - 1].whitespace_)


def counts(span: Span) -> bool:
    return span.id_ != DECLARATION or (opens_sentence(span) and standalone(span))


def answers(found: list[Span], sentence: Span) -> list[Span]:
    """The matches in `sentence` that count, less those inside a longer one that counts."""
    inside = [s for s in found if sentence.start <= s.start and s.end <= sentence.end and counts(s)]
    return [s for s in inside if not any(o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in inside)]


def answer(text: str, ctx: Context) -> str:
    """The answer the start of `text` gives, or ""."""
    if not text.strip():
        return ""
    doc = only(text, VOCABULARY, ctx.nlp)
    found = spans(doc, VOCABULARY)
    if not found:
        return ""
    for sentence in sentences(doc)[:ctx.settings.fields.opening_sentences]:
        labels = {s.label_ for s in answers(found, sentence)}
        if labels:
            return next(label for label in PRECEDENCE if label in labels)
    return ""


def read_acceptance(progress: str, printed_status: str, ctx: Context) -> str:
    """What the response answered: the acceptance code its status column prints, else what the
    start of its progress text says; "" where there is no progress text or it says none."""
    if not progress.strip():
        return ""
    return answer(printed_status, ctx) or answer(progress, ctx)
