"""A question the ranking declines, offered still as "I think you mean ..." when other readings of
it agree on the ranking's first entry (docs/knowledge.md, Three readings agreeing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.knowledge_bare import bare_code
from flows.knowledge_learned import OUT_OF_SCOPE

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
    (a bare code or number, the team's own people and life, another domain), a code neither
    the knowledge base nor, on a question asking a rule, the CMS code table knows, a single
    word, and an item's code, which the code search answers."""
    best = declined.related[0].entry_id
    ranker = kb.ranker
    tokens = ranker.query_tokens(ranker.read_question(question))
    if (
        len(set(tokens)) < 2
        or ranker.lost_steps.skips_ahead(question, best)
        or bare_code(question)
        or _names_unknown_code(kb, question, tokens)
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


def _names_unknown_code(kb: KnowledgeBase, question: str, tokens: list[str]) -> bool:
    """A code neither the entries nor, for a question asking a rule (prior authorization, a
    modifier, a reopening), the CMS code table know. "is K0869 on the PA list" names a valid
    HCPCS code no entry lists, and the wordings then pick the entry as for any other code;
    CPT and ICD codes stay unknown. A question only naming an item beside a code is the code
    search's: leave one set out, such questions answered from an entry were wrong."""
    ranker = kb.ranker
    if not ranker.names_unknown_code(tokens):
        return False
    facts = kb.code_facts
    if facts is None or facts.items is None or not facts.items.asks.asks_rule(question):
        return True
    return ranker.names_unknown_code([t for t in tokens if t.upper() not in facts.book.table])
