"""A question the ranking declines, offered still as "I think you mean ..." when other readings of
it agree on the ranking's first entry, or on its runner-up (docs/knowledge.md, Three readings
agreeing)."""

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
# The ranking's runner-up is offered instead when plain BM25 puts it first and the learned
# wordings nearest the question give it more of their vote than anything else, at least this.
RUNNER_UP_SHARE = 0.3


def readings_pick(
    kb: KnowledgeBase, question: str, declined: AskResult
) -> tuple[str, str | None] | None:
    """The entry a question nothing answered (no entry, no code) is still offered as "I think
    you mean", with the close entry offered beside it, if any: the entry the ranking put
    first, when the learned wordings nearest it (more than for any other entry or out of
    scope) pick it, and plain BM25 picks it too or those wordings give it a clear majority; or
    the ranking's runner-up, when plain BM25 puts it first, those wordings pick it with at
    least RUNNER_UP_SHARE of their vote and the question asks a rule or a code. Scored leaving
    each question set out, each kind was right about four times in five or more
    (docs/knowledge.md). None for what the scope rules decline
    (a bare code or number, the team's own people and life, another domain), a code neither
    the knowledge base nor, on a question asking a rule, the CMS code table knows, a single
    word, and an item's code, which the code search answers."""
    if declined.answered or not declined.related:
        return None
    ranked = [topic.entry_id for topic in declined.related[:2]]
    ranker = kb.ranker
    tokens = ranker.query_tokens(ranker.read_question(question))
    if (
        len(set(tokens)) < 2
        or bare_code(question)
        or _names_unknown_code(kb, question, tokens)
        or ranker.is_off_topic(question, tokens)
    ):
        return None
    votes = kb.neighbours.votes(tokens)
    named = {i: share for i, share in votes.items() if i in kb.by_id or i == OUT_OF_SCOPE}
    picked = max(named, key=lambda i: named[i]) if named else None
    if picked not in ranked or ranker.lost_steps.skips_ahead(question, picked):
        return None
    plain_agrees = ranker.plain.top(question) == picked
    if picked == ranked[0]:
        wordings_alone = (
            named[picked] >= WORDINGS_ALONE_SHARE and len(set(tokens)) >= WORDINGS_ALONE_WORDS
        )
        agree = wordings_alone or plain_agrees
    else:
        agree = plain_agrees and named[picked] >= RUNNER_UP_SHARE and _asks_a_rule(kb, question)
    if not agree or (kb.code_facts and kb.code_facts.names_item(question)):
        return None
    return picked, next((i for i in ranked if i != picked), None)


def _asks_a_rule(kb: KnowledgeBase, question: str) -> bool:
    """Whether the question asks a rule (`rule_words` of content/codes/item_questions.yaml:
    prior authorization, a modifier, a reopening, pricing) or a code: a question saying neither
    ("lateral trunk supports for a w/c, incl the fixed mounting hardware") is not offered the
    runner-up; leave one set out, such offers were right 12 times and wrong 6."""
    asks = kb.code_facts.items.asks if kb.code_facts and kb.code_facts.items else None
    return asks is None or asks.asks_rule(question) or asks.asks_code(question)


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
