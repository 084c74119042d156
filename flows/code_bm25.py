"""Plain BM25 over the CMS long and short descriptors: a second opinion for the code search.

The ranker reads a description closely (main noun, negations, ranges); plain BM25 reads only
words. On descriptions written by people who never saw our street names, BM25's best code is
often the right one when the ranker's second and third are not, and it still finds a code when
the ranker is unsure of every one (docs/codes.md, "Candidates"). It is also the benchmark's
baseline.
"""

from __future__ import annotations

import bm25s
import numpy as np

from flows.text import Tokenizer


class DescriptorBm25:
    """BM25 over each code's long and short descriptor, nothing else (no aliases, no reading)."""

    def __init__(self, descriptors: dict[str, str], tokenizer: Tokenizer) -> None:
        self.codes = list(descriptors)
        self.tokenizer = tokenizer
        self._retriever = bm25s.BM25()
        corpus = [tokenizer.tokens(text) for text in descriptors.values()]
        self._retriever.index(corpus, show_progress=False)

    def search(self, description: str, limit: int) -> list[str]:
        """The codes sharing words with the description, best first (at most `limit`)."""
        tokens = self.tokenizer.tokens(description)
        if not tokens or limit <= 0:
            return []
        scores = self._retriever.get_scores(tokens)
        best = np.argsort(-scores, kind="stable")[:limit]
        return [self.codes[i] for i in best if scores[i] > 0]
