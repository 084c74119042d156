"""How like each entry's example phrasings (its title, phrasings and learned wordings) a question
is worded, word by word: stopwords carry the intent there ("what is e1399" asks for the
definition, whichever entry mentions E1399 most)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
from rapidfuzz import fuzz, process

from flows.text import stem

if TYPE_CHECKING:
    from flows.knowledge import Entry

RECENT_QUESTIONS = 8  # questions whose example likeness is kept for confirming their answer


def _plain(text: str) -> list[str]:
    """Stemmed words, sorted, stopwords kept: how example phrasings are compared (word by word,
    so "deadline" is not half of "denial")."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("'s", " is").replace("whats", "what is"))
    return sorted(stem(word) for word in words)


class ExampleLikeness:
    """The examples of every entry, read once at start-up."""

    def __init__(self, entries: list[Entry]) -> None:
        # Each stem becomes one character, so rapidfuzz compares word by word at string speed.
        # Learned wordings (flows/team_served.py) are examples too.
        examples = [(i, _plain(text)) for i, e in enumerate(entries)
                    for text in (e.title, *e.phrasings, *e.learned)]  # fmt: skip
        self._stem_chars: dict[str, str] = {}
        for _i, stems in examples:
            for word in stems:
                self._stem_chars.setdefault(word, chr(0x4E00 + len(self._stem_chars)))
        self._examples = ["".join(self._stem_chars[w] for w in stems) for _i, stems in examples]
        self.example_entry = np.array([index for index, _stems in examples])
        # Each entry's examples lie side by side (its title first): where each entry's begin.
        self._example_starts = np.searchsorted(self.example_entry, np.arange(len(entries)))
        # Ranking and confirming one question both compare it with every example: once will do.
        # A plain dict (the content is kept pickled), of the last few questions only.
        self._recent_likeness: dict[str, np.ndarray] = {}

    def _as_chars(self, text: str) -> str:
        """The text's stems as characters; stems no example uses get characters of their own."""
        unknown: dict[str, str] = {}
        chars = []
        for word in _plain(text):
            char = self._stem_chars.get(word)
            if char is None:
                char = unknown.setdefault(word, chr(0x4E00 + len(self._stem_chars) + len(unknown)))
            chars.append(char)
        return "".join(chars)

    def __call__(self, corrected: str) -> np.ndarray:
        """How like each example phrasing the question is worded (0-100); read only."""
        likeness = self._recent_likeness.get(corrected)
        if likeness is None:
            if len(self._recent_likeness) >= RECENT_QUESTIONS:
                self._recent_likeness.clear()
            likeness = process.cdist(
                [self._as_chars(corrected)], self._examples, scorer=fuzz.ratio
            )[0]
            self._recent_likeness[corrected] = likeness
        return likeness

    def per_entry(self, likeness: np.ndarray) -> np.ndarray:
        """Each entry's best likeness among its examples."""
        return np.maximum.reduceat(likeness, self._example_starts).astype(float)

    def nearest_entry(self, likeness: np.ndarray) -> int:
        """The entry whose example is worded most like the question."""
        return int(self.example_entry[int(np.argmax(likeness))])
