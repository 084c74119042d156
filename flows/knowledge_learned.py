"""Billers' own wordings learned from labelled question sets (content/learned/phrasings.yaml),
and the nearest of them to a question.

Each phrasing is a question a biller wrote and a reviewer labelled with the entry that answers
it, or that its writer marked out of scope; `source` names the question set it came from, so a
benchmark scoring that set can leave the set's own wordings out
(benches/bench_knowledge_loso.py). They are not mixed into the entries' index (on the blind sets
that gave more wrong answers): the nearest wordings vote for the entries (or out of scope) they
were labelled with, and `KnowledgeBase.keeps_close_call` weighs the vote."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import bm25s
import numpy as np
from pydantic import BaseModel, Field

from flows.content import ContentError, load_yaml_model
from flows.text import Tokenizer

LEARNED_FILE = Path("learned") / "phrasings.yaml"
NEIGHBOURS = 5  # the nearest wordings that vote
# The `entry` of a question the set's writer marked out of scope.
OUT_OF_SCOPE = "out-of-scope"


class LearnedPhrasing(BaseModel):
    q: str = Field(min_length=1)
    entry: str
    source: str  # the labelled question set (a benches/ file name) the wording came from


class LearnedFile(BaseModel):
    version: int
    phrasings: list[LearnedPhrasing] = []


def load_learned(content_dir: Path, known: set[str]) -> list[LearnedPhrasing]:
    """The learned phrasings, each naming an entry that exists; none when the file is absent."""
    path = content_dir / LEARNED_FILE
    if not path.exists():
        return []
    phrasings = load_yaml_model(path, LearnedFile).phrasings
    for phrasing in phrasings:
        if phrasing.entry not in known and phrasing.entry != OUT_OF_SCOPE:
            raise ContentError(path, None, f"phrasing for unknown entry '{phrasing.entry}'")
    return phrasings


class LearnedNeighbours:
    """BM25 over the learned wordings: which entries the wordings nearest a question name."""

    def __init__(self, phrasings: list[LearnedPhrasing], tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self._entries = [p.entry for p in phrasings]
        self.named = frozenset(self._entries) - {OUT_OF_SCOPE}
        corpus = [tokenizer.tokens(p.q) or ["_"] for p in phrasings]
        self._retriever = bm25s.BM25() if phrasings else None
        if self._retriever is not None:
            self._retriever.index(corpus, show_progress=False)

    def votes(self, tokens: list[str], neighbours: int = NEIGHBOURS) -> dict[str, float]:
        """Each entry's share of the nearest wordings' scores (0-1), and "_top" the best score."""
        if self._retriever is None or not tokens:
            return {}
        scores = self._retriever.get_scores(tokens)
        order = np.argsort(-scores)[:neighbours]
        total = float(scores[order].sum())
        if total <= 0:
            return {}
        shares: dict[str, float] = defaultdict(float)
        for index in order:
            shares[self._entries[index]] += float(scores[index]) / total
        shares["_top"] = float(scores[order[0]])
        return dict(shares)
