"""Plain BM25 over the knowledge entries: a second, untuned reading of a question.

bm25s defaults over every word of each entry (title, tags, phrasings, answer), lowercase words
minus bm25s's English stopwords, no stemming, no vocabulary. The ranking asks it for a second
opinion on close calls, and the benchmarks compare against it as the baseline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import bm25s
import numpy as np
from bm25s.stopwords import STOPWORDS_EN

from flows.last_answer import LastAnswer

if TYPE_CHECKING:
    from flows.knowledge import Entry

_STOPWORDS = frozenset(STOPWORDS_EN)


def _plain_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS]


class PlainBM25:
    """Always names its top entry (no decline rule); None only when no word matches."""

    def __init__(self, entries: Sequence[Entry], noise: re.Pattern[str] | None = None) -> None:
        # `noise`: text no entry is about, left out of a question (the team's record numbers)
        self.ids, self._noise = [entry.id for entry in entries], noise
        corpus = [
            _plain_words(" ".join([e.title, *e.tags, *e.phrasings, e.short, e.detail or ""]))
            for e in entries
        ]
        self._retriever = bm25s.BM25()
        self._retriever.index(corpus, show_progress=False)
        self._last_scores: LastAnswer[np.ndarray | None] = LastAnswer()

    def _scores(self, question: str) -> np.ndarray | None:
        """Each entry's score for the question; None when it has no word to match. Judging one
        question asks for its first entries several times: the last question's are kept."""
        words = _plain_words(self._noise.sub(" ", question) if self._noise else question)
        return self._retriever.get_scores(words) if words else None

    def top(self, question: str) -> str | None:
        found = self.first(question, 1)
        return found[0] if found else None

    def first(self, question: str, count: int) -> list[str]:
        """The entries plain BM25 puts first for the question (none when no word matches)."""
        scores = self._last_scores.get(question, lambda: self._scores(question))
        if scores is None:
            return []
        order = np.argsort(-scores)[:count]
        return [self.ids[int(i)] for i in order if scores[i] > 0]
