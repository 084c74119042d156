"""A question the ranking declines, offered still as "I think you mean ..." when other readings of
it agree on the ranking's first entry, or on its runner-up (docs/knowledge.md, Three readings
agreeing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.knowledge_bare import bare_code
from flows.knowledge_learned import OUT_OF_SCOPE

if TYPE_CHECKING:
    from flows.knowledge import AskResult, KnowledgeBase
    from flows.knowledge_rules import ClaimContext

# Without plain BM25's agreement, the learned wordings nearest a question of at least
# WORDINGS_ALONE_WORDS distinct words must give the entry at least WORDINGS_ALONE_SHARE of their
# vote: a clear majority of billers' own wordings, not the largest of several small shares.
WORDINGS_ALONE_SHARE = 0.6
WORDINGS_ALONE_WORDS = 3
# The ranking's runner-up is offered instead when plain BM25 puts it first and the learned
# wordings nearest the question give it more of their vote than anything else, at least this.
RUNNER_UP_SHARE = 0.3
# The learned wordings nearest a question of at least SURE_WORDS distinct words that give one
# entry at least SURE_SHARE of their vote pick it wherever the ranking put it: for a question
# declined, and for a close call ("I think you mean") on another entry, whose entry is then
# offered beside it. Leave one set out, such picks were right about four times in five.
SURE_SHARE = 0.8
SURE_WORDS = 5


def readings_pick(
    kb: KnowledgeBase, question: str, declined: AskResult, context: ClaimContext | None = None
) -> tuple[str, str | None] | None:
    """The entry a question nothing answered (no entry, no code) is still offered as "I think
    you mean", with the close entry offered beside it, if any: the entry the ranking put
    first, when the learned wordings nearest it (more than for any other entry or out of
    scope) pick it, and plain BM25 picks it too or those wordings give it a clear majority; or
    the ranking's runner-up, when plain BM25 puts it first, those wordings pick it with at
    least RUNNER_UP_SHARE of their vote and the question asks a rule or a code; or, for it or a
    close call on another entry, the related topic those wordings give SURE_SHARE of their vote.
    Scored leaving each question set out, each kind was right about four times in five or more
    (docs/knowledge.md). None for what the scope rules decline
    (a bare code or number, the team's own people and life, another domain), a code neither
    the knowledge base nor, on a question asking a rule, the CMS code table knows, a single
    word, and an item's code, which the code search answers."""
    close_call = (
        declined.tentative
        and declined.entry_id in kb.by_id
        and not (declined.parts or declined.codes or declined.code_search)
    )
    if (declined.answered and not close_call) or not declined.related:
        return None
    ranked = [topic.entry_id for topic in declined.related[:2]]
    if close_call:
        ranked = [str(declined.entry_id), *ranked[:1]]
    ranker = kb.ranker
    corrected = ranker.read_question(question)
    tokens = ranker.query_tokens(corrected)
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
    if picked is None or picked == OUT_OF_SCOPE or ranker.lost_steps.skips_ahead(question, picked):
        return None
    payer = ranker.payers.payer_of(corrected, context)
    sure = (
        named[picked] >= SURE_SHARE
        and len(set(tokens)) >= SURE_WORDS
        and ranker.wordings_vote(corrected, payer)
        # wordings differing in the payer or state only are a majority for another's entry
        and ranker.entities.fits(ranker.positions[picked], corrected, payer, context)
    )
    if close_call or picked not in ranked:  # the wordings alone move it, to a topic listed
        listed = picked in {topic.entry_id for topic in declined.related}
        moved = sure and listed and picked != ranked[0] and _no_item(kb, question)
        return (picked, ranked[0]) if moved else None
    plain_agrees = ranker.plain.top(question) == picked
    if picked == ranked[0]:
        wordings_alone = (
            named[picked] >= WORDINGS_ALONE_SHARE and len(set(tokens)) >= WORDINGS_ALONE_WORDS
        )
        agree = wordings_alone or plain_agrees
    else:
        agree = sure or (
            plain_agrees and named[picked] >= RUNNER_UP_SHARE and _asks_a_rule(kb, question)
        )
    if not agree or not _no_item(kb, question):
        return None
    return picked, next((i for i in ranked if i != picked), None)


def _no_item(kb: KnowledgeBase, question: str) -> bool:
    """Whether the question names no item, whose code the code search answers."""
    return not (kb.code_facts and kb.code_facts.names_item(question))


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
