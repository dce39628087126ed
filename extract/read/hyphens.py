"""A word broken at a line end: "recom-" + "mendation" is one word hyphenated by the line break,
"multi-" + "agency" a compound whose hyphen is printed. The joined word's frequency in English
(wordfreq, a maintained word-frequency table) decides: a common word loses the hyphen, anything
else keeps it, so a real hyphen is never lost to a guess."""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

#: Zipf frequency (log10 per billion words) from which a joined word counts as an English word:
#: "recommendation" 4.1, "referral" 3.6; "followup" 2.9, "multiagency" 1.4, "prebirth" 0
COMMON_WORD = 3.0
_HEAD = re.compile(r"([^\W\d_]+)-$")
_TAIL = re.compile(r"^([^\W\d_]+)")


@lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= COMMON_WORD


def join_hyphenated(head: str, tail: str) -> str | None:
    """`head` (ending in a word and a hyphen) and the next line `tail` as one text, or None
    when `head` does not end in a word-hyphen or `tail` does not start with a word."""
    before, after = _HEAD.search(head), _TAIL.match(tail)
    if not before or not after:
        return None
    if is_common_word(before.group(1) + after.group(1)):
        return head[:-1] + tail
    return head + tail
