"""Reads a word the knowledge base never uses as the word of its own the biller meant."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

# A word the knowledge base never uses is read as its closest word at this similarity (0-100),
# or from TYPO_FLOOR when it is that word with two neighbouring letters swapped.
TYPO_SIMILARITY = 85
TYPO_FLOOR = 75
# A short word the knowledge base never uses is read as a word of its own only when that word is
# this common in the entries ("ned" -> "need", "aut" -> "auth"), so rare words are not guessed.
SHORT_MIN_COUNT = 20
RECENT_TEXTS = 16  # texts whose reading is kept: one question is read several times


def _swapped(word: str, known: str) -> bool:
    """Whether the word is the known word with two neighbouring letters swapped."""
    return sorted(word) == sorted(known) and OSA.distance(word, known) == 1


class TypoCorrector:
    """The knowledge base's words, read once at start-up."""

    def __init__(self, texts: Iterable[str]) -> None:
        counts = Counter(w for text in texts for w in re.findall(r"[a-z]+", text.lower()))
        self._words = {w for w in counts if len(w) >= 5}
        self._counts = counts
        # A short word with one letter dropped ("ned", "aut", "frm") or two letters swapped
        # ("itme") is read as the commonest word it can be, when that word is common enough.
        self._short: dict[str, str] = {}
        for word, count in sorted(counts.items(), key=lambda item: -item[1]):
            if count < SHORT_MIN_COUNT or not 4 <= len(word) <= 5:
                continue
            for i in range(len(word)):
                self._short.setdefault(word[:i] + word[i + 1 :], word)
            for i in range(len(word) - 1):
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                if swapped != word:
                    self._short.setdefault(swapped, word)
        self._words_by_initial: dict[str, list[str]] = {}
        for word in sorted(self._words):
            self._words_by_initial.setdefault(word[0], []).append(word)
        self._recent: dict[str, str] = {}  # a plain dict, so the content still pickles

    def __call__(self, question: str) -> str:
        """Replaces words the knowledge base never uses with its closest word ("narritive").

        Typos keep their first letter far more often than not; requiring it avoids "rice"
        becoming "price". Two swapped letters ("oxgyen") are one slip, however short the word.
        A word that is a known word plus an ending ("customer", "custom") is another word, not
        a typo. A word of three or four letters is read as the commonest word it is with one
        letter dropped or two swapped ("ned", "frm", "itme"). Words are compared before
        stemming, as the biller typed them.
        """
        fixed = self._recent.get(question)
        if fixed is None:
            if len(self._recent) >= RECENT_TEXTS:
                self._recent.clear()
            fixed = self._recent[question] = self._corrected(question)
        return fixed

    def _corrected(self, question: str) -> str:
        fixed = []
        for word in re.findall(r"[A-Za-z0-9'/-]+", question):
            lower = word.lower()
            if len(lower) >= 5 and lower.isalpha() and lower not in self._words:
                candidates = self._words_by_initial.get(lower[0], [])
                match = process.extractOne(
                    lower, candidates, scorer=fuzz.ratio, score_cutoff=TYPO_FLOOR
                )
                fixed.append(
                    match[0]
                    if match
                    and not lower.startswith(match[0])
                    and (match[1] >= TYPO_SIMILARITY or _swapped(lower, match[0]))
                    else word
                )
            elif 3 <= len(lower) <= 4 and lower.isalpha() and lower not in self._counts:
                fixed.append(self._short.get(lower, word))
            else:
                fixed.append(word)
        return " ".join(fixed)
