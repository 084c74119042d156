"""Reads a word the knowledge base never uses as the word of its own the biller meant."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable

from pydantic import BaseModel
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

# A word the knowledge base never uses is read as its closest word at this similarity (0-100),
# or from TYPO_FLOOR when it is that word with two neighbouring letters swapped.
TYPO_SIMILARITY = 85
TYPO_FLOOR = 75
# A short word the knowledge base never uses is read as a word of its own only when that word is
# this common in the entries ("ned" -> "need", "aut" -> "auth"), so rare words are not guessed.
SHORT_MIN_COUNT = 20
# A word typed in lower case, in no English dictionary (content/rules/english_words.txt) and one
# slip (a letter changed, dropped, added or two swapped) from a knowledge-base word this common,
# is that word however low its similarity: "rentel" is rental, "apeal" appeal.
SLIP_MIN_COUNT = 3
RECENT_TEXTS = 16  # texts whose reading is kept: one question is read several times


def _swapped(word: str, known: str) -> bool:
    """Whether the word is the known word with two neighbouring letters swapped."""
    return sorted(word) == sorted(known) and OSA.distance(word, known) == 1


class TextSpeak(BaseModel):
    """`text_speak` in rules/knowledge.yaml: words typed as in a text message."""

    words: dict[str, str] = {}  # "hw": "how", "wat": "what"
    # "2" and "4" between two words ("hw long 2 apeal", "modifer 4 rentl"): to and for, unless
    # a word of these follows ("2 units", "4 months"), when they count something
    digits: dict[str, str] = {}
    counted: list[str] = []
    numbered: list[str] = []  # nor after a word they number ("level 4", "group 2")


class TypoCorrector:
    """The knowledge base's words, read once at start-up."""

    def __init__(
        self,
        texts: Iterable[str],
        english: Collection[str] = frozenset(),
        speak: TextSpeak | None = None,
    ) -> None:
        """`texts`: the entries' words; `english`: a dictionary's words, never read as slips;
        `speak`: words typed as in a text message."""
        self._english = english
        self._speak = speak or TextSpeak()
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
        a typo; so is a dictionary word that a known word extends ("human", not "humana"). A
        word of three or four letters is read as the commonest word it is with one letter
        dropped or two swapped ("ned", "frm", "itme"). Words are compared before
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
        words = re.findall(r"[A-Za-z0-9'/-]+", question)
        for at, word in enumerate(words):
            lower = word.lower()
            if lower in self._speak.words:
                fixed.append(self._speak.words[lower])
            elif lower in self._speak.digits and self._between_words(words, at):
                fixed.append(self._speak.digits[lower])
            elif len(lower) >= 5 and lower.isalpha() and lower not in self._words:
                candidates = self._words_by_initial.get(lower[0], [])
                match = process.extractOne(
                    lower, candidates, scorer=fuzz.ratio, score_cutoff=TYPO_FLOOR
                )
                if (
                    match
                    and not lower.startswith(match[0])
                    and not (lower in self._english and match[0].startswith(lower))
                    and (match[1] >= TYPO_SIMILARITY or _swapped(lower, match[0]))
                ):
                    fixed.append(match[0])
                else:  # a name typed with a capital ("Minot") is no slip
                    fixed.append((word.islower() and self._slip(lower, candidates)) or word)
            elif 3 <= len(lower) <= 4 and lower.isalpha() and lower not in self._counts:
                fixed.append(self._short.get(lower, word))
            else:
                fixed.append(word)
        return " ".join(fixed)

    def _between_words(self, words: list[str], at: int) -> bool:
        """Whether the word at `at` stands between two words, numbering and counting neither."""
        before, after = words[at - 1 : at], words[at + 1 : at + 2]
        return (
            bool(before and after)
            and before[0].isalpha()
            and after[0].isalpha()
            and before[0].lower() not in self._speak.numbered
            and after[0].lower() not in self._speak.counted
        )

    def _slip(self, word: str, candidates: list[str]) -> str | None:
        """The commonest knowledge-base word a single slip from a word no dictionary has, when
        it is not another ending of the word ("coder" is no slip of "codes", so neither of
        "cover") and no other word a slip away is as common."""
        if word in self._english:
            return None
        slips = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=1, limit=None)
        ranked = sorted((known for known, _, _ in slips), key=lambda k: -self._counts[k])
        if not ranked or (len(ranked) > 1 and self._counts[ranked[1]] == self._counts[ranked[0]]):
            return None
        known = ranked[0]
        ending = word.startswith(known) or word[:-1] == known[:-1]
        return known if self._counts[known] >= SLIP_MIN_COUNT and not ending else None
