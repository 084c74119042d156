"""A question saying an appeal level was lost asks about the level after it."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "answers"),
    [("the QIC upheld the denial. what's the next level and is there a dollar minimum",
      {"appeal-levels", "amount-in-controversy"}),
     ("we lost the redetermination on the e1399 line, how long do we have to appeal again",
      {"reconsideration"})],
)  # fmt: skip
def test_a_lost_appeal_level_gets_the_level_after_it(question, answers) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id in answers


@pytest.mark.parametrize(
    "question",
    ["redetermination was denied last month, can i file another redetermination",
     "redet denied, now what",
     "how long to file reconsideration after redet"],
)  # fmt: skip
def test_a_level_said_to_be_decided_or_past_gets_the_level_after_it(question) -> None:
    # After a redetermination decision the next level is the QIC's reconsideration (180
    # days), never another redetermination (120 days): offered first, even as a close call.
    result = KB.ask(question)
    assert result.answered and result.entry_id == "reconsideration"


def test_a_claims_denial_told_before_the_level_is_not_the_levels_decision() -> None:
    result = KB.ask("claim denied, how do i file a redet")
    assert result.answered and result.entry_id == "redetermination"


def test_a_level_asked_about_without_losing_it_keeps_its_own_answer() -> None:
    assert KB.ask("how long does the MAC take to decide a redetermination").entry_id == (
        "redetermination"
    )


@pytest.mark.parametrize(
    "question",
    ["how do I file a redet, what's the next step?",
     "we mailed the redet, what's next?"],
)  # fmt: skip
def test_asking_how_to_go_on_with_a_level_is_not_losing_it(question) -> None:
    # "next step" and "what's next" ask how to go on; only a level's decision going against
    # the supplier moves the answer to the level after it.
    result = KB.ask(question)
    first = result.entry_id if result.answered else result.related[0].entry_id
    assert first == "redetermination"


def test_a_how_to_question_naming_two_routes_is_not_sent_to_the_next_level() -> None:
    result = KB.ask("next step: redetermination form or a phone reopening?")
    assert not (result.answered and result.entry_id == "reconsideration")


def test_a_level_said_to_go_against_the_supplier_a_few_words_on_still_counts() -> None:
    result = KB.ask("ok and after the QIC, what's next if they say no too")
    assert result.answered and result.entry_id in {"appeal-levels", "amount-in-controversy"}


def test_a_medicare_advantage_plan_upholding_its_denial_keeps_the_plans_own_levels() -> None:
    result = KB.ask("the MA plan upheld its denial on our reconsideration, now what")
    assert result.answered and result.entry_id == "ma-reconsideration-ire"


@pytest.mark.parametrize(
    ("question", "best", "plain_top", "same"),
    [("QIC notice dated 7/9/2027, how long do we have for the ALJ",
      "appeal-levels", "amount-in-controversy", True),
     ("redet decision letter 5/3/2027 - how long to ask the QIC?",
      "reconsideration", "appeal-levels", True),
     # no appeal level named: two readings of different topics, not two steps of one appeal
     ("is there a dollar minimum for anything", "appeal-levels", "amount-in-controversy", False),
     # a level named, but plain BM25 reads another topic than the appeal's steps
     ("QIC notice dated 7/9/2027, how long do we have", "appeal-levels", "timely-filing", False)],
)  # fmt: skip
def test_two_readings_on_the_same_appeals_steps_agree(question, best, plain_top, same) -> None:
    # A dated appeal-deadline question the ranking and plain BM25 each read as a different step
    # of the same appeal is a close call between the steps, offered rather than declined.
    assert KB.ranker.lost_steps.same_ladder(question, best, plain_top) is same


@pytest.mark.parametrize(
    ("question", "first", "after"),
    [("qic recon deadline and what comes after", "reconsideration", "appeal-levels"),
     ("redet deadline and what comes next", "redetermination", "reconsideration")],
)  # fmt: skip
def test_a_part_asking_what_comes_after_gets_the_next_level(question, first, after) -> None:
    # "what comes after" names no topic alone: it asks the level after the part before it,
    # so the QIC's deadline is followed by the ALJ hearing, not the Appeals Council.
    result = KB.ask(question)
    assert result.answered and result.entry_id == first
    assert result.parts == [after]
    if after == "appeal-levels":
        assert "3) ALJ hearing (OMHA), within 60 days" in result.text
        assert "$200 in 2026" in result.text


def test_what_comes_after_a_topic_with_no_next_level_is_not_answered_alone() -> None:
    # Read alone, "what comes after" would match whatever entry says "after".
    result = KB.ask("capped rental months and what comes after")
    assert result.answered and result.entry_id == "capped-rental"
    assert result.parts == []
