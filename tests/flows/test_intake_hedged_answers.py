"""Answers typed with a hedge ("about 2 weeks ago", "i think 12, maybe 10", "Drive, i think"):
a guessed date is said to be one, two numbers are asked about, and a name keeps no hedge."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until
from tests.flows.test_intake_narrative_parts import narrative


def start_at(chat: Chat, step: str) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at=step)
    assert chat.step == step


# The engine's today is Mon 06/15/2026.
@pytest.mark.parametrize(
    ("typed", "stored"),
    [("about 2 weeks ago", "2026-06-01"), ("about 10 days ago", "2026-06-05"),
     ("around 6/10", "2026-06-10")],
)  # fmt: skip
def test_a_guessed_date_of_service_is_said_to_be_an_estimate(
    chat: Chat, typed: str, stored: str
) -> None:
    start_at(chat, "date_of_service")
    chat.say(typed)
    assert chat.answers["date_of_service"] == stored, chat.text
    assert f'from "{typed}"' in chat.text and "estimate" in chat.text
    assert "delivery ticket" in chat.text


@pytest.mark.parametrize("typed", ["next friday", "yesterday", "06/10/2026"])
def test_an_exact_date_of_service_is_no_estimate(chat: Chat, typed: str) -> None:
    start_at(chat, "date_of_service")
    chat.say(typed)
    assert "date_of_service" in chat.answers, chat.text
    assert "estimate" not in chat.text


@pytest.mark.parametrize("typed", ["i think 12, maybe 10", "about 12 or maybe 10", "2 or 3"])
def test_two_numbers_for_the_units_are_asked_again(chat: Chat, typed: str) -> None:
    start_at(chat, "quantity")
    chat.say(typed)
    assert chat.answers.get("quantity") is None, chat.text
    assert chat.step == "quantity"


def test_a_hedged_count_with_one_number_is_taken(chat: Chat) -> None:
    start_at(chat, "quantity")
    chat.say("i think 12")
    assert chat.answers["quantity"] == 12 and "Taken as *12*" in chat.text


def test_a_hedge_after_the_maker_and_model_stays_out_of_the_narrative(chat: Chat) -> None:
    typed = {**MEDICARE_ANSWERS, "manufacturer": "made by Drive, i think",
             "model": "BT-200 probably"}  # fmt: skip
    chat.say("intake")
    answer_until(chat, typed, stop_at="manufacturer")
    chat.say(typed["manufacturer"])
    assert chat.answers["manufacturer"] == "Drive" and "Taken as *Drive*" in chat.text
    answer_until(chat, typed)
    assert chat.answers["model"] == "BT-200"
    chat.say("confirm")
    said = narrative(chat)
    assert "Drive" in said and "BT-200" in said and "think" not in said and "probably" not in said
