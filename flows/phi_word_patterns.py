"""Patterns the PHI guard's name checks build from content's word lists, compiled once per list
rather than once per message: re's own cache holds 512 patterns, which the guard's hundreds of
shapes and names crowd out, and a long word list takes milliseconds to compile."""

from __future__ import annotations

import functools
import re

_EDGE = re.compile(r"\b")


@functools.lru_cache(maxsize=8)
def at_end(pattern: str) -> re.Pattern[str]:
    """`pattern` (any case) ending its text, an optional space after it: a staff role before."""
    return re.compile(rf"(?:{pattern}) ?$", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _around(before: str, after: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(rf"(?:{before})\Z"), re.compile(after)


def word_around(before: str, after: str, text: str, name: str) -> bool:
    """Whether `name`, as typed, stands in `text` right after a match of the regex `before` (and
    ends a word) or right after a word's start and before a match of `after`: what
    `re.search(rf"{before}{re.escape(name)}\\b|\\b{re.escape(name)}{after}", text)` finds, with
    no pattern compiled for each name."""
    ends_before, starts_after = _around(before, after)
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if _EDGE.match(text, end) and ends_before.search(text, 0, start):
            return True
        if _EDGE.match(text, start) and starts_after.match(text, end):
            return True
        start = text.find(name, start + 1)
    return False
