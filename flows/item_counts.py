"""Reads how many of an item's functions a description names, where the codes count them.

A power wheelchair base ordered with "tilt and recline" is a "multiple power option" base, with
"power tilt" alone a "single power option" one (K0835-K0891): the descriptors count the
functions, billers name them. Which functions, and the words they are read as, are content
(synonyms.yaml `counted`); a function the description negates ("no recline") is not counted.
"""

from __future__ import annotations

import re

from flows.search_words import CountedWords, whole_words

# "no recline", "no tilt or recline", "non-power tilt"
_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|without|non)[\s-]+(?:power\s+)?(?:[a-z]+\s+(?:or|nor)\s+(?:power\s+)?)?$"
)


class FunctionCounter:
    """Adds the count's words after the first function a description names."""

    def __init__(self, counted: list[CountedWords]) -> None:
        self._counted = [
            (
                whole_words(c.beside),
                whole_words(c.not_beside) if c.not_beside else None,
                [whole_words(f) for f in c.functions],
                c.one,
                c.many,
            )
            for c in counted
        ]

    def read(self, text: str) -> str:
        for beside, not_beside, functions, one, many in self._counted:
            if not beside.search(text) or (not_beside and not_beside.search(text)):
                continue
            named = [m for f in functions if (m := _first_said(f, text)) is not None]
            if named:
                first = min(named, key=lambda m: m.start())
                words = one if len(named) == 1 else many
                text = f"{text[: first.end()]} {words} {text[first.end() :]}"
        return text


def _first_said(function: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The function's first mention that the description does not negate."""
    return next(
        (m for m in function.finditer(text) if not _NEGATED_BEFORE.search(text[: m.start()])),
        None,
    )
