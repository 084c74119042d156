"""Patterns the PHI guard's name checks build from content's word lists, compiled once per list
rather than once per message: re's own cache holds 512 patterns, which the guard's hundreds of
shapes and names crowd out, and a long word list takes milliseconds to compile."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_EDGE = re.compile(r"\b")
_GAP = re.compile(r"\W+")
_SPAN = re.compile(r".*", re.DOTALL)


@functools.lru_cache(maxsize=8)
def at_end(pattern: str) -> re.Pattern[str]:
    """`pattern` (any case) ending its text, an optional space after it: a staff role before."""
    return re.compile(rf"(?:{pattern}) ?$", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _around(before: str, after: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`before` ending its text, and `after`."""
    return re.compile(rf"(?:{before})\Z"), re.compile(after)


def word_around(before: str, reach: int, after: str, text: str, name: str) -> bool:
    """Whether `name`, as typed, stands in `text` right after a match of the regex `before` (at
    most `reach` characters long, and ending a word) or right after a word's start and before a
    match of `after`: what `re.search(rf"{before}{re.escape(name)}\\b|\\b{re.escape(name)}{after}",
    text)` finds, with no pattern compiled for each name."""
    ends_before, starts_after = _around(before, after)
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        # `before` searched only as far back as it reaches, not the whole text each time
        if _EDGE.match(text, end) and ends_before.search(text, max(0, start - reach), start):
            return True
        if _EDGE.match(text, start) and starts_after.match(text, end):
            return True
        start = text.find(name, start + 1)
    return False


def find_words(words: list[str], text: str) -> re.Match[str] | None:
    """Where `words` first stand in `text` with only spaces or punctuation between them: the
    match of `re.search(r"\\W+".join(map(re.escape, words)), text)`, found with `str.find`
    rather than a pattern compiled for each name (and no name kept after the scan)."""
    start = text.find(words[0])
    while start >= 0:
        end = _rest_end(words[1:], text, start + len(words[0]))
        if end is not None:
            return _SPAN.match(text, start, end)
        start = text.find(words[0], start + 1)
    return None


def _rest_end(words: list[str], text: str, at: int) -> int | None:
    """Where `words` end after a run of non-word characters from `at`, the longest run tried
    first as a regex's greedy `\\W+` would be."""
    if not words:
        return at
    gap = _GAP.match(text, at)
    for word_start in range(gap.end() if gap else at, at, -1):
        if text.startswith(words[0], word_start):
            end = _rest_end(words[1:], text, word_start + len(words[0]))
            if end is not None:
                return end
    return None


def word_alternation(words: Iterable[str]) -> str:
    """The alternation of `words` as written (any case, in their order), grouped by first letter:
    a word start tries the one group its letter opens, not every word of a long list."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    firsts = list(groups)
    if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for a in firsts for b in firsts if a != b):
        return "|".join(re.escape(word) for word in words)  # two groups open on one letter
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
        for first, rests in groups.items()
    )
