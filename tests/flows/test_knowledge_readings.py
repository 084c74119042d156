"""A question the ranking alone would decline is offered as "I think you mean" when plain BM25
and the learned wordings nearest it pick the same entry; scope declines still hold."""

from __future__ import annotations

import pytest

from flows.knowledge import KnowledgeBase
from flows.knowledge_learned import OUT_OF_SCOPE, LearnedPhrasing
from tests.conftest import repository_content

KB = repository_content().knowledge
# The ranking declines it (a billing group, intake: words no topic owns), but its first entry
# is the narrative's contents, and plain BM25 reads it the same way.
QUESTION = (
    "I lead a small billing group. What should intake collect before someone builds a NOC line?"
)


def _learning(entry: str) -> KnowledgeBase:
    """The shipped entries with learned wordings near the question, all labelled `entry`."""
    wordings = [
        "what should intake collect for a NOC line",
        "what do we gather before building a NOC line",
        "info to collect before someone builds the NOC line",
    ]
    learned = [LearnedPhrasing(q=q, entry=entry, source="test") for q in wordings]
    return KnowledgeBase(KB.entries, KB.tokenizer, KB.messages, KB.rules, KB.code_facts, learned,
                         ranker=KB.ranker)  # fmt: skip


def test_the_ranking_alone_declines_the_question() -> None:
    assert not KB.without_learning().ask(QUESTION).answered


def test_three_readings_agreeing_offer_the_entry_as_i_think_you_mean() -> None:
    result = _learning("narrative-contents").ask(QUESTION)
    assert result.answered and result.tentative
    assert result.entry_id == "narrative-contents"
    assert result.text.startswith("I think you mean")
    assert result.related and result.related[0].entry_id != "narrative-contents"


@pytest.mark.parametrize("label", [OUT_OF_SCOPE, "timely-filing"])
def test_learned_wordings_naming_something_else_leave_it_declined(label: str) -> None:
    assert not _learning(label).ask(QUESTION).answered


@pytest.mark.parametrize(
    "question",
    ["what is the process for taking bereavement days", "is jury duty leave paid here",
     "how many sick days do billers get a year", "1", "the"],
)  # fmt: skip
def test_team_leave_bare_numbers_and_stop_words_stay_declined(question: str) -> None:
    assert not KB.ask(question).answered


def test_a_patients_bereavement_is_billing_not_team_leave() -> None:
    result = KB.ask("do we bill a rental during the patient's bereavement period after death?")
    assert result.answered  # a billing topic, not refused as a question about the team's leave
    assert KB.ask("what is the process for taking bereavement leave").answered is False
