"""A biller correcting an earlier answer while another question is open ("i meant medicaid",
"actually it's a rental", "sorry the price is 450"): the change is offered, and the open
question's own answer is kept, never overwritten by the correction."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def at_item_after_back(chat: Chat) -> None:
    for typed in ("intake", "Medicare Advantage", "humana", "knee walker w basket", "back"):
        chat.say(typed)
    assert chat.step == "item_description"


@pytest.mark.parametrize(
    ("typed", "field", "command", "step"),
    [("i meant medicaid actually", "payer type", "edit payer type Medicaid", "payer_type"),
     ("actually it's a rental", "purchase or rental", "edit purchase or rental Rental",
      "acquisition"),
     ("sorry the price is 450", "price", "edit price 450", "unit_price")],
)  # fmt: skip
def test_a_correction_of_another_answer_keeps_the_description_and_offers_the_change(
    chat: Chat, typed: str, field: str, command: str, step: str
) -> None:
    at_item_after_back(chat)
    before = dict(chat.answers)
    chat.say(typed)
    assert chat.answers["item_description"] == "knee walker w basket"
    assert chat.step == "item_description"
    assert f"change to the *{field}*" in chat.text and command in chat.text
    assert "stays *knee walker w basket*" in chat.text
    change = next(o for r in chat.last for o in r.options)
    chat.pick(change.value)  # one pick makes the change typed
    assert chat.answers[step] is not None and chat.answers[step] != before[step]
    assert chat.answers["item_description"] == "knee walker w basket"


def test_the_offered_change_is_made_and_the_description_survives_it(chat: Chat) -> None:
    at_item_after_back(chat)
    chat.say("i meant medicaid actually")
    chat.say("edit payer type Medicaid")
    assert chat.answers["payer_type"] == "medicaid"
    chat.pick("cmd:edit_menu")
    assert chat.answers["item_description"] == "knee walker w basket"


def test_a_corrected_description_is_still_the_description(chat: Chat) -> None:
    at_item_after_back(chat)
    chat.say("sorry, knee walker with basket and brake")
    assert chat.answers["item_description"].endswith("knee walker with basket and brake")
    assert chat.step == "code_check"


def test_a_correction_at_a_typed_number_step_is_not_the_number(chat: Chat) -> None:
    for typed in ("intake", "Original Medicare", "OH", "tub transfer bench"):
        chat.say(typed)
    chat.pick("none")
    chat.say("equipment")
    chat.say("skip")
    chat.say("skip")
    assert chat.step == "quantity"
    chat.say("sorry the price is 450")
    assert chat.step == "quantity" and chat.answers["quantity"] is None
    assert "change to the *price*" in chat.text


@pytest.mark.parametrize("typed", ["actually it was $1,240", "sorry, 1,240.00", "oops $1240"])
def test_an_amount_corrected_at_a_later_question_is_offered_as_the_price(
    chat: Chat, typed: str
) -> None:
    chat.say("intake")
    answer_until(chat, {**MEDICARE_ANSWERS, "unit_price": "$1,195.00"}, stop_at="acquisition")
    chat.say(typed)
    assert "change to the *price*" in chat.text and "doesn't match" not in chat.text
    assert chat.step == "acquisition"
    chat.pick(chat.last[0].options[0].value)
    assert chat.answers["unit_price"] == "1240.00" and chat.step == "acquisition"
