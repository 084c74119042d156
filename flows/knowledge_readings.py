"""A question the ranking declines, offered still as "I think you mean ..." when other readings of
it agree on the ranking's first entry (docs/knowledge.md, Three readings agreeing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.knowledge_learned import OUT_OF_SCOPE
from flows.knowledge_scope import bare_code

if TYPE_CHECKING:
    from flows.knowledge import AskResult, KnowledgeBase

# Without plain BM25's agreement, the learned wordings nearest a question of at least
# WORDINGS_ALONE_WORDS distinct words must give the entry at least WORDINGS_ALONE_SHARE of their
# vote: a clear majority of billers' own wordings, not the largest of several small shares.
WORDINGS_ALONE_SHARE = 0.6
WORDINGS_ALONE_WORDS = 3


def readings_agree(kb: KnowledgeBase, question: str, declined: AskResult) -> bool:
    """Whether a question nothing answered (no entry, no code) is still offered as "I think you
    mean": when the learned wordings nearest it (more than for any other entry or out of
    scope) pick the entry the ranking put first, and plain BM25 picks it too or those wordings
    give it a clear majority. Scored leaving each question set out, such questions were right
    about four times in five (docs/knowledge.md). Still declined: what the scope rules decline
    (a bare code or number, the team's own people and life, another domain), a code the
    knowledge base has never seen, a single word, and an item's code, which the code search
    answers."""
    best = declined.related[0].entry_id
    ranker = kb.ranker
    tokens = ranker.query_tokens(ranker.read_question(question))
    if (
        len(set(tokens)) < 2
        or ranker.lost_steps.skips_ahead(question, best)
        or bare_code(question)
        or ranker.names_unknown_code(tokens)
        or ranker.is_off_topic(question, tokens)
    ):
        return False
    votes = kb.neighbours.votes(tokens)
    named = {i: share for i, share in votes.items() if i in kb.by_id or i == OUT_OF_SCOPE}
    if not named or max(named, key=lambda i: named[i]) != best:
        return False
    wordings_alone = (
        named[best] >= WORDINGS_ALONE_SHARE and len(set(tokens)) >= WORDINGS_ALONE_WORDS
    )
    if not (wordings_alone or ranker.plain.top(question) == best):
        return False
    return not (kb.code_facts and kb.code_facts.names_item(question))
