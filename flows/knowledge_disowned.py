"""Close calls plain BM25 disowns: the tuned ranking's pick that the untuned reading does not
even rank near the top, for no reason the ranking rules give.

On wording nobody tuned on, the tuned ranking's first entry is right about as often as plain
BM25's (held-out 15's first run: 62% against 61%). A close call ("I think you mean ...") whose
entry plain BM25 does not put among its first PLAIN_RANKS, and which covers less than
DISOWNED_COVERAGE of the question, rests on the stems and vocabulary alone unless a rule read
the question: the entry's code or state named, a payer other than Original Medicare, a word of
the vocabulary naming the entry's title ("lent" for the loaner), a lost appeal level, words
said together, or billers' own wordings: the learned wordings nearest the question vote
WORDINGS_VOTE of their weight for the entry and a narrower reading (the topics' titles, tags and
phrasings, or the example phrasing worded most like the question) picks it too, or the wordings
most like the question, read both ways, all name it (`LearnedNeighbours.agree`). Such close calls
are declined with the nearest topics offered (docs/knowledge.md, Close calls plain BM25 disowns).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.knowledge_payers import ORIGINAL_MEDICARE

if TYPE_CHECKING:
    from flows.knowledge_learned import LearnedNeighbours
    from flows.knowledge_rank import Match, Ranker
    from flows.knowledge_rules import ClaimContext

PLAIN_RANKS = 3
DISOWNED_COVERAGE = 0.6
WORDINGS_VOTE = 0.3


def plain_disowns(
    ranker: Ranker,
    question: str,
    corrected: str,
    tokens: list[str],
    best: Match,
    context: ClaimContext | None,
    learned: LearnedNeighbours | None = None,
) -> bool:
    """Whether plain BM25 disowns the close call's best entry and no ranking rule explains it."""
    if best.coverage >= DISOWNED_COVERAGE:
        return False
    payers = ranker.payers
    payer = payers.payer_of(corrected, context)
    others = [p for p in ranker.rules.payer_phrases if p != ORIGINAL_MEDICARE]
    termed = ranker.tokenizer.canonical_tokens & ranker.title_tokens[best.position]
    if (
        ranker.entities.names_entry(best.position, tokens, corrected, context)
        or payer not in (None, ORIGINAL_MEDICARE)
        or any(payers.named_words(corrected, p) for p in others)
        or termed.intersection(tokens)
        or ranker.lost_steps.names_lost_level(corrected)
        or ranker.cued_topics.fires(corrected, payer or ORIGINAL_MEDICARE)
    ):
        return False
    if best.entry.id in ranker.plain.first(question, PLAIN_RANKS):
        return False
    if learned is None:
        return True
    voted = learned.votes(tokens).get(best.entry.id, 0.0) >= WORDINGS_VOTE
    if voted and any(ranker.narrower_readings(corrected, tokens, best)):
        return False
    return not learned.agree(tokens, best.entry.id, ranker.rarity)


def ties(
    ranker: Ranker,
    tokens: list[str],
    corrected: str,
    context: ClaimContext | None,
    ranked: list[Match],
    likeness: bool,
) -> bool:
    """Whether a runner-up covers as much of the question as the best entry with nothing that
    names the best: a question of several words, no code or state of the best entry in it, not
    worded most like one of its example phrasings, and the runner-up not the same topic for
    another payer (the claim's payer picks those)."""
    best = ranked[0]
    if len(set(tokens)) < 2 or likeness:
        return False
    if ranker.entities.names_entry(best.position, tokens, corrected, context):
        return False
    return any(
        m.coverage == best.coverage and not ranker.payers.same_topic(best.entry.id, m.entry.id)
        for m in ranked[1:]
    )
