"""Characters that are no text, taken out once where a page's text enters: control codes (a
glyph whose ToUnicode maps to U+0000 or ESC), bidirectional overrides and isolates (which
reorder what a reader sees), and code points no file can encode (lone surrogates, U+FFFE/FFFF)."""

from __future__ import annotations

import re

#: controls that stand between words (tab, vertical tab, form feed, CR, the separators, NEL)
_SPACING = re.compile(" *[\t\x0b\x0c\r\x1c-\x1f\x85]+ *")
#: controls and formatting that stand for nothing: the other C0 controls but newline, DEL, the
#: other C1 controls, bidi embeddings, overrides and isolates, lone surrogates, non-characters
_NOTHING = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
_ANY = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85]|" + _NOTHING.pattern)


def clean(text: str) -> str:
    """`text` with a run of spacing controls (and the spaces about it) as one space and the
    other controls dropped; text without any is returned as it is."""
    if not _ANY.search(text):
        return text
    return _SPACING.sub(" ", _NOTHING.sub("", text))
