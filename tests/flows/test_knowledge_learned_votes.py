"""Billers' own wordings, confirmed for an entry, pull a question worded like them to that entry."""

from __future__ import annotations

from flows.knowledge import KnowledgeBase
from flows.knowledge_learned import LearnedPhrasing
from tests.conftest import repository_content

KB = repository_content().knowledge
# Two entries on neighbouring topics; the question's words sit between them.
QUESTION = "tech spent an hour fixing the power chair, how do we bill the labor time"


def learning(wordings: list[str], entry_id: str) -> KnowledgeBase:
    """The repository's entries with only these wordings learned, each for `entry_id`."""
    learned = [LearnedPhrasing(q=q, entry=entry_id, source="team") for q in wordings]
    return KnowledgeBase(
        KB.entries, KB.tokenizer, KB.messages, KB.rules, KB.code_facts, learned,
        ranker=KB.ranker,
    )  # fmt: skip


def runner_up(question: str) -> str:
    """The entry ranked second when no wording has been learned."""
    first, second = KB.without_learning().rank(question, limit=2)
    assert first.entry.id != second.entry.id
    return second.entry.id


def test_wordings_billers_confirmed_for_an_entry_bring_a_question_worded_like_them_to_it():
    other = runner_up(QUESTION)
    wordings = [
        "tech spent an hour fixing the chair, billing the labor",
        "power chair fixed by our tech, how is the labor time billed",
        "how do we bill an hour of labor on a power chair fix",
        "labor time for fixing a power chair, how to bill it",
        "our tech fixed the power chair, bill the hour of labor how",
    ]
    assert KB.without_learning().ask(QUESTION).entry_id != other
    assert learning(wordings, other).ask(QUESTION).entry_id == other


def test_a_short_question_is_not_moved_by_wordings_sharing_only_its_keyword():
    question = "what is an ABN"
    unlearned = KB.without_learning().ask(question)
    other = runner_up(question)
    wordings = [f"ABN {detail}" for detail in ("signed late", "lost", "in spanish", "faxed")]
    assert learning(wordings, other).ask(question).entry_id == unlearned.entry_id


def test_out_of_scope_wordings_near_a_question_its_entry_covers_do_not_decline_it():
    # One plan's own limit is out of scope; the limit itself, asked plainly, is not.
    plans = ["BCBS Ohio", "Aetna Texas", "Cigna Florida", "Humana Georgia", "UHC Arizona"]
    wordings = [f"{plan} timely filing limit" for plan in plans]
    kb = learning(wordings, "out-of-scope")
    result = kb.ask("what is the timely filing limit")
    assert result.answered and result.entry_id == "timely-filing"
