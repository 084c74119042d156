"""Answers a biller types beside another question are never lost: a count typed again with the
price that differs from the quantity is offered as a change, and a replaced answer's codes are
forgotten."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat

DENIED = {**MEDICARE_ANSWERS, "claim_status": "denied", "submitted_on": "03/20/2026"}


def start(chat: Chat, stop_at: str, answers: dict[str, str] = DENIED) -> None:
    chat.say("intake")
    for _ in range(40):
        if chat.step in (None, stop_at):
            break
        chat.answer(answers.get(chat.step or "", "skip"))
    assert chat.step == stop_at


@pytest.mark.parametrize("typed", ["2 @ 45.00 ea", "2 at $45 each", "$45 x 2"])
def test_a_count_beside_the_price_that_differs_from_the_quantity_is_offered(
    chat: Chat, typed: str
) -> None:
    start(chat, "unit_price")
    assert chat.answers["quantity"] == 1
    chat.say(typed)
    assert chat.answers["unit_price"] == "45.00" and chat.step == "acquisition"
    assert "quantity *2*" in chat.text and "*1*" in chat.text
    offers = [o.label for r in chat.last for o in r.options]
    assert "Change quantity to 2" in offers
    chat.pick(next(o.value for r in chat.last for o in r.options if o.label.startswith("Change")))
    assert chat.answers["quantity"] == 2 and chat.answers["unit_price"] == "45.00"
    assert chat.step == "acquisition"


def test_a_count_beside_the_price_that_matches_the_quantity_says_nothing_more(
    chat: Chat,
) -> None:
    start(chat, "unit_price")
    chat.say("1 @ 45.00 ea")
    assert chat.answers["unit_price"] == "45.00" and "Change quantity" not in chat.text


def test_codes_said_with_a_replaced_answer_are_no_longer_offered(chat: Chat) -> None:
    start(chat, "determination_date")
    chat.say("04/14/2026 paid $0 PR-204")
    assert chat.step == "denial_codes" and "You said *PR-204* earlier" in chat.text
    chat.say("back")
    assert chat.step == "determination_date"
    chat.say("04/14/2026 claim # A12345 denied")
    assert chat.step == "denial_codes" and "PR-204" not in chat.text
    chat.say("yes")  # nothing offered: a yes is no denial code taken from the old answer
    assert chat.answers.get("denial_codes") != ["PR-204"]


def test_codes_said_again_with_the_new_answer_are_offered(chat: Chat) -> None:
    start(chat, "determination_date")
    chat.say("04/14/2026 paid $0 PR-204")
    chat.say("back")
    chat.say("04/14/2026 CO-16 N350")
    assert "You said *CO-16 N350* earlier" in chat.text and "PR-204" not in chat.text
