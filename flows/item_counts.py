"""Reads how many of an item's functions a description names, where the codes count them.

A power wheelchair base ordered with "tilt and recline" is a "multiple power option" base, with
"power tilt" alone a "single power option" one (K0835-K0891): the descriptors count the
functions, billers name them. Which functions, and the words they are read as, are content
(synonyms.yaml `counted`); a function the description negates ("no recline") is not counted,
nor one named before "for" the base ("power tilt for the group 3 chair" is the tilt system).
A modular spinal orthosis's shells typed in digits ("3-shell TLSO") are read in the descriptors'
words ("three rigid plastic shells").
"""

from __future__ import annotations

import re

from flows.search_words import CountedWords, ShellCounts, whole_words

# "no recline", "no tilt or recline", "non-power tilt"
_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|without|non)[\s-]+(?:power\s+)?(?:[a-z]+\s+(?:or|nor)\s+(?:power\s+)?)?$"
)


class ShellSpeller:
    """Reads a modular spinal orthosis's shells typed in digits as its descriptors count them
    (synonyms.yaml `shell_counts`): "2-shell TLSO" reads "two shells"."""

    def __init__(self, shells: ShellCounts) -> None:
        counts, nouns = _any([*shells.counts, *shells.counts.values()]), _any(shells.nouns)
        self._counts = shells.counts
        self._shells = re.compile(
            rf"\b({counts})[- ]?((?:(?:{_any(shells.materials)})[- ])*)(?:{nouns})\b"
        )
        self._spinal = re.compile(rf"\b(?:{_any(shells.beside)})\b")

    def read(self, text: str) -> str:
        if not self._shells.search(text) or not self._spinal.search(text):
            return text
        return self._shells.sub(
            lambda m: f"{self._counts.get(m.group(1), m.group(1))} {m.group(2)}shells", text
        )


def _any(words: list[str]) -> str:
    """Any of the words, longest first (a pattern's alternatives; none: never matches)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


class FunctionCounter:
    """Adds the count's words after the first function a description names."""

    def __init__(self, counted: list[CountedWords]) -> None:
        self._counted = [
            (
                whole_words(c.beside),
                whole_words(c.not_beside) if c.not_beside else None,
                _base_after(c.item_for, c.beside) if c.item_for else None,
                [whole_words(f) for f in c.functions],
                c.one,
                c.many,
            )
            for c in counted
        ]

    def read(self, text: str) -> str:
        for beside, not_beside, base_after, functions, one, many in self._counted:
            if not beside.search(text) or (not_beside and not_beside.search(text)):
                continue
            named = [m for f in functions if (m := _first_said(f, text)) is not None]
            if named:
                first = min(named, key=lambda m: m.start())
                base = base_after.search(text) if base_after else None
                if base and first.start() < base.start():
                    continue  # the function is the item, for the base named after it
                words = one if len(named) == 1 else many
                text = f"{text[: first.end()]} {words} {text[first.end() :]}"
        return text


def _first_said(function: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The function's first mention that the description does not negate."""
    return next(
        (m for m in function.finditer(text) if not _NEGATED_BEFORE.search(text[: m.start()])),
        None,
    )


def _base_after(cues: list[str], base: list[str]) -> re.Pattern[str]:
    """A cue, then the base within three words: "for her group 3 chair", "fits the grp 2"."""
    return re.compile(
        whole_words(cues).pattern + r"(?:\s+[a-z0-9'/]+){0,3}?\s+" + whole_words(base).pattern
    )
