"""What every step reads a document with: the settings and the rule pipeline they name, carried
as one object instead of each threaded through the chain on its own."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from extract.rules.vocabulary import load_nlp
from extract.settings import Settings


@dataclass(frozen=True, eq=False)
class Context:
    """The settings of a run and the spaCy rule pipeline built from them (`rules_dir`). One
    object per settings (`of`), compared and hashed by identity: steps cache on it cheaply."""

    settings: Settings
    nlp: Language

    @staticmethod
    @lru_cache(maxsize=8)
    def of(settings: Settings) -> Context:
        """The context of `settings`, built once per process (and its pipeline once per rules folder)."""
        return Context(settings, load_nlp(settings.rules_dir))
