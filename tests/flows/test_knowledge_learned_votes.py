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


# Declined without learning: its words sit between the repair topics.
UNSURE = "our tech drove out and adjusted the chair but replaced nothing, can that visit be billed"
LABOR_ONLY = [
    "tech adjusted the chair and replaced nothing, can the visit be billed",
    "visit to adjust the pts chair with no parts replaced, billable",
    "adjusting a chair on a visit, no parts, can we bill the visit",
    "can the tech's visit be billed when nothing on the chair was replaced",
    "chair adjusted by our tech, no parts replaced, is the visit billable",
]


def test_a_clear_majority_of_billers_wordings_offers_their_entry_for_a_question_declined():
    assert not KB.without_learning().ask(UNSURE).answered
    result = learning(LABOR_ONLY, "repair-labor-k0739").ask(UNSURE)
    assert result.answered and result.tentative and result.entry_id == "repair-labor-k0739"


def test_wordings_marked_out_of_scope_offer_nothing():
    assert not learning(LABOR_ONLY, "out-of-scope").ask(UNSURE).answered


def test_a_close_call_is_moved_to_the_entry_billers_wordings_name_with_the_ranked_one_beside():
    question = "pt signed the abn a day after we dropped off the item, does it still count"
    first = KB.without_learning().ask(question)
    assert first.tentative
    other = next(t.entry_id for t in first.related if t.entry_id != first.entry_id)
    wordings = [
        "abn signed a day after the drop off, does it count",
        "pt signed the abn the day after we dropped it off, still good",
        "does an abn signed after the item was dropped off still count",
        "we dropped off the item and the pt signed the abn a day later",
        "abn signed one day after drop off of the item, does that count",
    ]
    moved = learning(wordings, other).ask(question)
    assert moved.tentative and moved.entry_id == other
    assert first.entry_id in [t.entry_id for t in moved.related]


# Declined without learning: plain BM25 reads the timely-filing entry into it.
AFTER_REDET = "received the redet denial last week. how long for the QIC"
AFTER_REDET_WORDINGS = [
    "got the redet denial last week, how long do we have for the QIC",
    "redet denial received, how long for the QIC now",
    "how long for the QIC after the redet denial we received",
    "redet denial came last week, how long to go to the QIC",
]


def learning_pairs(pairs: list[tuple[str, str]]) -> KnowledgeBase:
    """The repository's entries with only these (wording, entry) pairs learned."""
    learned = [LearnedPhrasing(q=q, entry=entry_id, source="team") for q, entry_id in pairs]
    return KnowledgeBase(
        KB.entries, KB.tokenizer, KB.messages, KB.rules, KB.code_facts, learned,
        ranker=KB.ranker,
    )  # fmt: skip


def test_a_question_worded_like_billers_wordings_that_all_name_its_entry_is_offered():
    assert not KB.without_learning().ask(AFTER_REDET).answered
    kb = learning_pairs([(q, "reconsideration") for q in AFTER_REDET_WORDINGS])
    result = kb.ask(AFTER_REDET)
    assert result.answered and result.tentative and result.entry_id == "reconsideration"


def test_billers_wordings_split_between_entries_leave_the_question_declined():
    pairs = [(q, "reconsideration") for q in AFTER_REDET_WORDINGS[:3]]
    pairs.append((AFTER_REDET_WORDINGS[3], "redetermination"))
    assert not learning_pairs(pairs).ask(AFTER_REDET).answered


def test_wordings_that_add_a_topic_of_their_own_are_not_the_nearest():
    # Each holds the whole question and a filing-limit question besides: read both ways they
    # are further from it than the wordings of the same question, so those still agree.
    longer = [
        f"{AFTER_REDET}, and is the timely filing limit for the first claim twelve months from "
        "the date of service",
        "redet denial received last week and the QIC is next, but how long is timely filing on "
        "a corrected claim we send after that",
    ]
    pairs = [(q, "reconsideration") for q in AFTER_REDET_WORDINGS]
    pairs += [(q, "timely-filing") for q in longer]
    result = learning_pairs(pairs).ask(AFTER_REDET)
    assert result.answered and result.entry_id == "reconsideration"
