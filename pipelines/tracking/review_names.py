"""Which review a paper reports on, from what it says: the kind of review and its subject where it
names them ("Serious Case Review", "Child H"), else its title with the words of a response or an
update taken out (patterns/shapes/review_names.jsonl: "Government Response to the Infected Blood
Inquiry" names "Infected Blood Inquiry"). Papers are of one review where their keys are equal."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from extract.rules.shapes import shape

#: how often the response words are taken out: a prefix may hide a committee's report name
PASSES = 4


def review_name(document: Mapping[str, str]) -> str:
    """The review a documents.csv row reports on, as the paper names it; "" if it names none."""
    review_type, subject = document["review_type"].strip(), document["subject"].strip()
    if review_type and subject:
        return f"{review_type} {subject}"
    return title_name(document["title"])


def title_name(title: str) -> str:
    """The title without the words of a response or an update around the review's name."""
    words = shape("review_names", "response_words")
    name = " ".join(title.split())
    for _ in range(PASSES):
        name, before = words.sub("", name).strip(), name
        if name == before:
            break
    return name


def review_key(name: str) -> str:
    """The name compared: lower case, its words only (a curly apostrophe, a dash and "the" do
    not make two reviews)."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(word for word in re.findall(r"\w+", folded) if word != "the")


def number_key(number: str) -> str:
    """A recommendation number compared: "Rec 1", "R1", "1." and "1" are one number."""
    plain = number.strip().rstrip(".)").strip()
    label = shape("review_names", "number_label").match(plain)
    return (plain[label.end():] if label else plain).strip().casefold()
