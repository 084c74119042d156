"""Checking that the ordering practitioner is in PECOS before billing gets the Ordering &
Certifying file entry, however it is asked, and a message that opens with the action but asks
how to do it ("access PECOS to check ..., how?") is a question, not a job for the bot; asking
the bot itself to go into a system is still declined."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge
LOOKUP = "ordering-certifying-file"


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    [
        "how do i check in pecos that the ordering doctor is enrolled",
        "can i look up the ordering physician in pecos before we deliver",
        "access pecos to check the ordering doctor's enrollment, how?",
        "where do we verify the prescriber is in pecos",
        "what's the way to check pecos enrollment for the referring doc",
        "should we check pecos for the ordering provider before billing",
        "is there a lookup for whether the doctor is in pecos",
        "how can we see if a physician is approved to order dme in pecos",
        "check the ordering practitioner's pecos status - where",
        "how do we search the ordering and certifying file for our doctor",
        "verify the ordering npi against pecos, how",
        "before delivery, how do we confirm the surgeon is listed in pecos",
        "pull up pecos to see if the referring physician is there - how do i do that",
        "best way to double check a prescriber's pecos status",
        "where do i look up whether the ordering doc is enrolled in pecos",
    ],
)
def test_checking_the_ordering_practitioner_gets_the_lookup_entry(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == LOOKUP, (question, result.entry_id)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("claim rejected because the doctor is not in pecos", "ordering-practitioner-rejection"),
        ("is the pecos correspondence address where adrs go", "adr-address-pecos"),
    ],
)
def test_pecos_questions_on_other_topics_keep_their_entries(question: str, expected: str) -> None:
    assert KB.ask(question).entry_id == expected


@pytest.mark.parametrize(
    "question",
    [
        "can you log into availity and check the claim status for me",
        "please access pecos and update our address",
        "log into the portal and resubmit it",
        "hop on mycgs and see if the claim paid, how long will that take",
    ],
)
def test_asking_the_bot_into_a_system_is_still_declined(question: str) -> None:
    assert not KB.ask(question).answered
