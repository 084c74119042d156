"""Billers' own wordings learned from labelled question sets (content/learned/phrasings.yaml),
and the nearest of them to a question.

Each phrasing is a question a biller wrote and a reviewer labelled with the entry that answers
it, or that its writer marked out of scope; `source` names the question set it came from, so a
benchmark scoring that set can leave the set's own wordings out
(benches/bench_knowledge_loso.py). They are not mixed into the entries' index (on the blind sets
that gave more wrong answers): the nearest wordings vote for the entries (or out of scope) they
were labelled with: the ranking adds a clear vote to the entry's score (`bonus`), and
`KnowledgeBase.keeps_close_call` weighs the vote."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Mapping
from pathlib import Path

import bm25s
import numpy as np
from pydantic import BaseModel, Field

from flows.content import ContentError, load_yaml_model
from flows.text import Tokenizer

LEARNED_FILE = Path("learned") / "phrasings.yaml"
NEIGHBOURS = 5  # the nearest wordings that vote
# In a question of at least VOTED_WORDS distinct words, an entry named by at least VOTED_SHARE
# of the nearest wordings' votes gets up to VOTE_WEIGHT of the best BM25 score on top, in
# proportion to its share (`LearnedNeighbours.bonus`): billers' own words for a topic beside the
# reviewers'. A shorter question shares only a keyword or two with its nearest wordings, so their
# vote says little ("what is an ABN"). Measured in docs/knowledge.md (Billers' wordings vote).
VOTE_WEIGHT = 0.2
VOTED_SHARE = 0.4
VOTED_WORDS = 5
VOTES_KEPT = 64  # the last questions' votes kept
# Billers' wordings agree on an entry when the AGREEING wordings most like the question, read
# both ways, all name it (`LearnedNeighbours.agree`): likeness is the weight of the words they
# share over the weight of those either one lacks, so a wording that adds a topic of its own is
# as far as a question that does. Those read are among the CANDIDATES nearest by BM25, which
# weighs only the question's words. Measured in docs/knowledge.md (Billers' wordings agree).
AGREEING = 4
CANDIDATES = 50
# The `entry` of a question the set's writer marked out of scope.
OUT_OF_SCOPE = "out-of-scope"
# The file parsed and its wordings indexed once per process for the same bytes and tokenizer (a
# copy of content/ read again with a FAQ file or the code table changed): the newest two.
_KEPT = 2
_parsed: OrderedDict[str, list[LearnedPhrasing]] = OrderedDict()
_indexed: OrderedDict[tuple[int, tuple[tuple[str, str], ...]], tuple[Tokenizer, LearnedNeighbours]]
_indexed = OrderedDict()
_lent: list[tuple[LearnedNeighbours, list[LearnedPhrasing]]] = []  # loaded, not keyed yet
_lock = threading.Lock()


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
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        digest = ""  # load_yaml_model says what is wrong
    with _lock:
        phrasings = _parsed.get(digest)
    if phrasings is None:
        phrasings = load_yaml_model(path, LearnedFile).phrasings
        if digest:
            with _lock:
                _parsed[digest] = phrasings
                while len(_parsed) > _KEPT:
                    _parsed.popitem(last=False)
    for phrasing in phrasings:
        if phrasing.entry not in known and phrasing.entry != OUT_OF_SCOPE:
            raise ContentError(path, None, f"phrasing for unknown entry '{phrasing.entry}'")
    return list(phrasings)


class Rarity(dict[str, float]):
    """Each word's idf in the entries' index; a word they never use weighs `unknown`, a rare
    word's (read without being stored)."""

    def __init__(self, idf: Mapping[str, float], unknown: float) -> None:
        super().__init__(idf)
        self.unknown = unknown

    def __missing__(self, token: str) -> float:
        return self.unknown


class LearnedNeighbours:
    """BM25 over the learned wordings: which entries the wordings nearest a question name."""

    def __init__(self, phrasings: list[LearnedPhrasing], tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self._entries = [p.entry for p in phrasings]
        self.named = frozenset(self._entries) - {OUT_OF_SCOPE}
        corpus = [tokenizer.tokens(p.q) or ["_"] for p in phrasings]
        self._token_sets = [frozenset(tokens) for tokens in corpus]
        self._retriever = bm25s.BM25() if phrasings else None
        if self._retriever is not None:
            self._retriever.index(corpus, show_progress=False)
        # The ranking and the close-call check read the same question's vote: counted once.
        self._counted: dict[tuple[tuple[str, ...], int], dict[str, float]] = {}
        self._agreed: dict[tuple[tuple[str, ...], str, int], bool] = {}

    @classmethod
    def of(cls, phrasings: list[LearnedPhrasing], tokenizer: Tokenizer) -> LearnedNeighbours:
        """The index of these wordings under this tokenizer: the one this process built for the
        same wordings and tokenizer, else a new one."""
        key = (id(tokenizer), tuple((p.q, p.entry) for p in phrasings))
        with _lock:
            while _lent:  # keyed only now: a start that loads the kept content builds none
                lent, wordings = _lent.pop()
                lent.lend(wordings, at_once=True)
            found = _indexed.get(key)
            if found is not None and found[0] is tokenizer:
                _indexed.move_to_end(key)
                return found[1]
        built = cls(phrasings, tokenizer)
        with _lock:
            built.lend(phrasings, at_once=True)
        return built

    def lend(self, phrasings: list[LearnedPhrasing], at_once: bool = False) -> None:
        """Offers this index (built from `phrasings`) to later knowledge bases of the process;
        `at_once` with the lock held."""
        if not at_once:
            with _lock:
                _lent[:] = [*_lent[-_KEPT + 1 :], (self, phrasings)]
            return
        key = (id(self.tokenizer), tuple((p.q, p.entry) for p in phrasings))
        _indexed[key] = (self.tokenizer, self)  # the tokenizer kept alive: its id stays its own
        while len(_indexed) > _KEPT:
            _indexed.popitem(last=False)

    def votes(self, tokens: list[str], neighbours: int = NEIGHBOURS) -> dict[str, float]:
        """Each entry's share of the nearest wordings' scores (0-1), and "_top" the best score."""
        key = (tuple(tokens), neighbours)
        if key not in self._counted:
            if len(self._counted) >= VOTES_KEPT:
                self._counted.clear()
            self._counted[key] = self._votes(*key)
        return dict(self._counted[key])

    def _votes(self, tokens: tuple[str, ...], neighbours: int) -> dict[str, float]:
        if self._retriever is None or not tokens:
            return {}
        scores = self._retriever.get_scores(list(tokens))
        nearest = (
            np.argpartition(-scores, neighbours)[:neighbours]
            if neighbours < len(scores)
            else np.arange(len(scores))
        )
        order = nearest[np.argsort(-scores[nearest])][:neighbours]
        total = float(scores[order].sum())
        if total <= 0:
            return {}
        shares: dict[str, float] = defaultdict(float)
        for index in order:
            shares[self._entries[index]] += float(scores[index]) / total
        shares["_top"] = float(scores[order[0]])
        return dict(shares)

    def agree(self, tokens: list[str], entry_id: str, rarity: Rarity) -> bool:
        """Whether the AGREEING wordings most like the question, their words and its weighed by
        rarity, all name the entry."""
        key = (tuple(tokens), entry_id, id(rarity))  # each index's rarity its own
        if key not in self._agreed:
            if len(self._agreed) >= VOTES_KEPT:
                self._agreed.clear()
            self._agreed[key] = self._agree(tokens, entry_id, rarity)
        return self._agreed[key]

    def _agree(self, tokens: list[str], entry_id: str, rarity: Rarity) -> bool:
        if self._retriever is None or not tokens:
            return False
        scores, asked = self._retriever.get_scores(tokens), set(tokens)
        count = min(CANDIDATES, len(scores))
        likeness = []
        for index in np.argpartition(-scores, count - 1)[:count]:
            if scores[index] > 0:
                shared = sum(rarity[t] for t in asked & self._token_sets[index])
                apart = sum(rarity[t] for t in asked ^ self._token_sets[index])
                likeness.append((shared / (shared + apart), index))
        nearest = sorted(likeness, reverse=True)[:AGREEING]
        return len(nearest) == AGREEING and all(self._entries[i] == entry_id for _l, i in nearest)

    def bonus(self, tokens: list[str], positions: dict[str, int], size: int) -> np.ndarray:
        """Each entry's share of the nearest wordings' votes, where at least VOTED_SHARE, by the
        entry's position in the index (0 elsewhere), times VOTE_WEIGHT."""
        bonus = np.zeros(size)
        if len(set(tokens)) < VOTED_WORDS:
            return bonus
        for entry_id, share in self.votes(tokens).items():
            if entry_id in positions and share >= VOTED_SHARE:
                bonus[positions[entry_id]] = VOTE_WEIGHT * share
        return bonus
