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

if TYPE_CHECKING:
    from flows.knowledge import Entry

_STOPWORDS = frozenset(STOPWORDS_EN)


def _plain_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS]


class PlainBM25:
    """Always names its top entry (no decline rule); None only when no word matches."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.ids = [entry.id for entry in entries]
        corpus = [
            _plain_words(" ".join([e.title, *e.tags, *e.phrasings, e.short, e.detail or ""]))
            for e in entries
        ]
        self._retriever = bm25s.BM25()
        self._retriever.index(corpus, show_progress=False)

    def top(self, question: str) -> str | None:
        found = self.first(question, 1)
        return found[0] if found else None

    def first(self, question: str, count: int) -> list[str]:
        """The entries plain BM25 puts first for the question (none when no word matches)."""
        words = _plain_words(question)
        if not words:
            return []
        scores = self._retriever.get_scores(words)
        order = np.argsort(-scores)[:count]
        return [self.ids[int(i)] for i in order if scores[i] > 0]
