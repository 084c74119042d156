"""Bounded look-backs for the PHI guard (flows/phi.py): whether a phrase anchored with `$` ("ask",
"cc", "Best,") ends right before a name, read from the last characters only, so a check made
before each of thousands of words in a long paste costs the same as in a short message."""

from __future__ import annotations

import re

# Longer than any phrase the look-backs hold ("thank you so much", "happy birthday to").
_PHRASE_REACH = 80


def ends_right_before(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The match of `pattern` (which ends with `$`) in `text[:end]`, reading only the phrase
    length before `end` and the spaces and marks after the phrase. Searching from a start
    position keeps what lies before it visible to `\\b` and look-behinds, so the answer is the
    one the whole prefix gives."""
    start = end
    while start > 0 and (text[start - 1].isspace() or text[start - 1] in ",:;!.-"):
        start -= 1
    return pattern.search(text, max(0, start - _PHRASE_REACH), end)
