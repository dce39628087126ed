"""How alike two recommendation texts are: the share of the shorter text's words that the other
holds, each word weighed by how rare it is among the review's recommendations (smoothed inverse
document frequency), so the words every recommendation of a review uses ("should", "the
Government", "recommend") count for little and a reprint, an abridgement or a light rewording
scores high. No word list: the review's own texts say which words are common."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable


def words(text: str) -> frozenset[str]:
    """The text's distinct words, folded (case, compatibility forms)."""
    return frozenset(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


class Likeness:
    """How alike two texts of a set of texts are: the weighed share of the shorter text's words
    that the other holds, 0 to 1, each word weighed log(1 + N / texts holding it) over the set."""

    def __init__(self, texts: Iterable[frozenset[str]]) -> None:
        bags = list(texts)
        held = Counter(word for bag in bags for word in bag)
        self.weight = {word: math.log1p(len(bags) / count) for word, count in held.items()}
        self.masses: dict[frozenset[str], float] = {}

    def mass(self, bag: frozenset[str]) -> float:
        if bag not in self.masses:
            self.masses[bag] = sum(self.weight.get(word, 0.0) for word in bag)
        return self.masses[bag]

    def __call__(self, a: frozenset[str], b: frozenset[str]) -> float:
        shared = a & b
        if not shared:
            return 0.0
        shorter = min(self.mass(a), self.mass(b))
        return sum(self.weight.get(word, 0.0) for word in shared) / shorter if shorter else 0.0
