"""Reads a typed word the CMS descriptors never use as the word the biller meant.

Billers shorten words the way the CMS short descriptors do ("hkafo", "drsg", "disartic",
"ultralight"), run two words together ("gearbox") and mistype ("whelchair"). Each typed word no
descriptor or street name uses is read, in this order, as:
1. an abbreviation the CMS file itself uses: learnt from each code's short descriptor against its
   long one ("Hkafo torsion bil rot straps" and "Hip knee ankle foot orthosis, torsion control,
   bilateral rotation straps" teach hkafo and bil), kept when at least two codes agree;
2. the closest descriptor word with the same first letter (a misspelling);
3. the commonest descriptor word it begins (a truncation, five letters or more);
4. two descriptor words run together.
A word made of a descriptor word and "less" ("mattressless", "cuff-less") reads as without it.
Shorthand in content/codes/synonyms.yaml is read before all of this and wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from flows.text import STOPWORDS, stem

MIN_AGREEING = 2  # codes whose short descriptor must use an abbreviation the same way
MIN_AGREEING_TWO_LETTERS = 5  # "cf", "hd", "bk": two letters say little, so more codes must agree
MAJORITY = 0.6  # share of an abbreviation's uses that must mean the same words
# Words left out of an acronym ("lumbar-sacral orthosis" is lso, "off-the-shelf" ots either way).
_SMALL = frozenset({"and", "or", "of", "the", "with", "for", "a", "an", "to", "in", "on", "by"})


def learn_abbreviations(descriptors: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Abbreviation -> the words it stands for, from (long, short) descriptor pairs."""
    pairs = [(long.lower(), short.lower()) for long, short in descriptors]
    vocabulary = {w for long, _ in pairs for w in re.findall(r"[a-z]+", long)}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for long, short in pairs:
        words = re.findall(r"[a-z]+", long)
        for abbreviation in set(re.findall(r"[a-z]+", short)) - vocabulary:
            meaning = _acronym(abbreviation, words) or _shortened(abbreviation, words)
            if meaning:
                votes[abbreviation][meaning] += 1
    learnt = {}
    for abbreviation, meanings in votes.items():
        meaning, count = meanings.most_common(1)[0]
        needed = MIN_AGREEING_TWO_LETTERS if len(abbreviation) == 2 else MIN_AGREEING
        if count >= needed and count >= MAJORITY * sum(meanings.values()):
            learnt[abbreviation] = meaning
    return learnt


def _acronym(abbreviation: str, words: list[str]) -> str | None:
    """The run of words whose initials spell the abbreviation ("cf": custom fabricated)."""
    length = len(abbreviation)
    if not 2 <= length <= 7:
        return None
    for sequence in (words, [w for w in words if w not in _SMALL]):
        for start in range(len(sequence) - length + 1):
            run = sequence[start : start + length]
            if "".join(w[0] for w in run) == abbreviation:
                return " ".join(run)
    return None


def _shortened(abbreviation: str, words: list[str]) -> str | None:
    """The one word the abbreviation shortens, keeping its first letter and order ("drsg")."""
    if len(abbreviation) < 3:
        return None
    found = {w for w in words if len(w) > len(abbreviation) and _in_order(abbreviation, w)}
    return found.pop() if len(found) == 1 else None


def _in_order(letters: str, word: str) -> bool:
    if letters[0] != word[0]:
        return False
    rest = iter(word)
    return all(letter in rest for letter in letters)


class Speller:
    """Built once from the descriptors' and street names' words and the learnt abbreviations."""

    def __init__(
        self,
        texts: Iterable[str],
        abbreviations: dict[str, str],
        known: frozenset[str],
        frequency: dict[str, int],
    ) -> None:
        self._words = sorted({w for text in texts for w in re.findall(r"[a-z]{5,}", text.lower())})
        self._abbreviations = abbreviations
        self._known = known  # typed words never changed: shorthand, generic words
        self._frequency = frequency  # codes using each token: which known words exist

    def text(self, typed: str) -> str:
        """The typed text with each word read as meant."""
        typed = re.sub(r"\b([A-Za-z]{3,})-less\b", r"\1less", typed)  # "cuff-less"
        return re.sub(r"[A-Za-z]+", lambda m: self.word(m.group(0).lower()), typed)

    def _begun(self, start: str) -> list[str]:
        """The known words starting so: a range of the sorted list ("{" sorts after "z")."""
        return self._words[bisect_left(self._words, start) : bisect_left(self._words, start + "{")]

    @lru_cache(maxsize=4096)  # noqa: B019 - one speller lives for the whole process
    def word(self, word: str) -> str:
        if word in STOPWORDS or word in self._known or not word.isalpha():
            return word
        if stem(word) in self._frequency:
            return word
        if word in self._abbreviations:
            return self._abbreviations[word]
        # "mattressless", "cuffless", "borderless": the item without the part it names
        if word.endswith("less") and len(word) >= 7 and stem(word[:-4]) in self._frequency:
            return f"non {word[:-4]}"
        if len(word) < 5:
            return word
        match = process.extractOne(word, self._words, scorer=fuzz.ratio, score_cutoff=84)
        # A typo rarely touches the first letter: "holster" is no bolster, "central" no enteral.
        if match and match[0][0] == word[0]:
            return str(match[0])
        begun = self._begun(word)  # the known words typed in part
        if begun:
            return max(begun, key=lambda w: (self._frequency.get(stem(w), 0), -len(w)))
        for cut in range(3, len(word) - 2):
            first, second = word[:cut], word[cut:]
            if stem(first) in self._frequency and stem(second) in self._frequency:
                return f"{first} {second}"
        # another ending of a known word: "midface" of the descriptors' "midfacial"
        begun = self._begun(word[:-1]) if len(word) >= 7 else []
        if begun:
            return max(begun, key=lambda w: (self._frequency.get(stem(w), 0), -len(w)))
        return word
