"""Turns billers type mid-intake that must never lose or garble what they entered."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until

COMMERCIAL_WITH_AUTHORIZATION = {
    **MEDICARE_ANSWERS,
    "payer_type": "commercial",
    "payer_name": "Acme Health",
    "doc_prior_authorization": "have",
}


def start(chat: Chat, answers: dict[str, str], stop_at: str) -> None:
    chat.say("intake")
    answer_until(chat, answers, stop_at=stop_at)
    assert chat.step == stop_at


def test_a_code_search_at_the_code_check_does_not_list_the_same_codes_twice(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "code_check")
    first = chat.last[-1].options
    chat.say("is there a specific code for a tub transfer bench with commode opening?")
    assert chat.step == "code_check"
    assert [o.value for o in chat.last[-1].options] == [o.value for o in first]
    listed = chat.text.count("E0247")
    assert listed == 1, chat.text  # once, as the option to pick


def test_new_claim_at_the_claim_status_is_read_as_not_submitted_not_a_new_intake(
    chat: Chat,
) -> None:
    start(chat, MEDICARE_ANSWERS, "claim_status")
    chat.say("new claim")
    assert chat.answers["claim_status"] == "not_submitted"
    assert chat.answers["item_description"] == MEDICARE_ANSWERS["item_description"]
    assert chat.state == "reviewing"
    assert "Not submitted yet" in chat.text  # read back, so a wrong reading is caught


def test_start_a_new_intake_typed_into_a_step_asks_before_dropping_anything(chat: Chat) -> None:
    start(chat, MEDICARE_ANSWERS, "quantity")
    chat.say("new intake")
    assert chat.step == "quantity" and chat.answers["manufacturer"] == "Acme Medical"
    assert "restart" in chat.text  # says how to start over, instead of ignoring it silently


@pytest.mark.parametrize(
    "typed", ["missing", "don't have it", "n/a", "not yet", "dont have it yet", "pending"]
)
def test_no_number_yet_at_the_authorization_number_is_not_stored_as_the_number(
    chat: Chat, typed: str
) -> None:
    start(chat, COMMERCIAL_WITH_AUTHORIZATION, "prior_authorization_number")
    chat.say(typed)
    assert chat.answers["prior_authorization_number"] is None
    assert chat.step == "claim_status"
    assert "number" in chat.text.lower()  # says the number is left for later


def test_an_authorization_number_without_a_digit_is_questioned(chat: Chat) -> None:
    start(chat, COMMERCIAL_WITH_AUTHORIZATION, "prior_authorization_number")
    chat.say("approved by phone")
    assert chat.step == "prior_authorization_number"
    assert chat.answers["prior_authorization_number"] is None
    chat.say("PA #A12-3456")
    assert chat.answers["prior_authorization_number"] == "A12-3456"


def test_the_category_question_after_a_specific_code_does_not_talk_about_noc_codes(
    chat: Chat,
) -> None:
    start(chat, MEDICARE_ANSWERS, "code_check")
    chat.pick("E0247")
    chat.say("continue")
    assert chat.step == "item_category"
    assert "NOC" not in chat.text
    start_over = Chat(chat.engine, key="test:thread-2")
    start(start_over, MEDICARE_ANSWERS, "item_category")
    assert "NOC" in start_over.text  # with no specific code, the category picks the NOC code
