"""Details packed into one answer ("Whill Model Ci2 power assist add-on ..., new, about 1,250",
"Drive Medical, model 790, $1,250.00 each, qty 1"): the description keeps the item's words,
and the maker, model, price and count are each offered at their own question, never lost and
never left in the description the narrative carries."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until

WHILL = "Whill Model Ci2 power assist add-on for manual wheelchair, new, about 1,250"


def start(chat: Chat, stop_at: str, answers: dict[str, str] = MEDICARE_ANSWERS) -> None:
    chat.say("intake")
    answer_until(chat, answers, stop_at=stop_at)
    assert chat.step == stop_at


def test_a_description_opening_with_the_brand_keeps_the_item_and_offers_the_rest(
    chat: Chat,
) -> None:
    start(chat, "item_description")
    chat.say(WHILL)
    assert chat.answers["item_description"] == "power assist add-on for manual wheelchair"
    assert "Taken as *power assist add-on for manual wheelchair* for item description" in chat.text
    assert "E0986" in [o.value for reply in chat.last for o in reply.options]  # the code check
    assert "manufacturer *Whill*" in chat.text and "model *Ci2*" in chat.text
    assert "price *$1,250.00*" in chat.text
    answers = {**MEDICARE_ANSWERS, "item_description": WHILL}
    answer_until(chat, answers, stop_at="manufacturer")
    assert "You said *Whill* earlier" in chat.text
    chat.say("yes")
    assert chat.answers["manufacturer"] == "Whill"
    assert "You said *Ci2* earlier" in chat.text
    chat.say("yes")
    assert chat.answers["model"] == "Ci2"
    answer_until(chat, answers, stop_at="unit_price")
    assert "You said *$1,250.00* earlier" in chat.text
    chat.say("1350")  # a price typed now wins over the one offered
    assert chat.answers["unit_price"] == "1350.00"
    assert "You said *New purchase* earlier" in chat.text


def test_an_item_line_at_the_plan_name_question_is_no_plan_name(chat: Chat) -> None:
    chat.say("intake")
    chat.say("Medicare Advantage")
    assert chat.step == "payer_name"
    chat.say(WHILL)
    assert chat.answers.get("payer_name") is None
    assert "reads as the item" in chat.text
    assert chat.step == "payer_name"


def test_the_maker_price_and_condition_do_not_stay_in_the_description(chat: Chat) -> None:
    typed = "power assist add-on for manual wheelchair, Whill, new, about 1,250"
    answers = {**MEDICARE_ANSWERS, "item_description": typed, "manufacturer": "WHILL Inc",
               "model": "Ci2", "unit_price": "1350", "code_check": "none"}  # fmt: skip
    chat.say("intake")
    answer_until(chat, answers)
    assert chat.answers["item_description"] == "power assist add-on for manual wheelchair"
    chat.say("confirm")
    narrative = (chat.last[-1].payload or {})["outcome"]["narrative"]
    assert narrative.lower().count("whill") == 1, narrative
    assert "1,250" not in narrative and ", new" not in narrative


def test_details_typed_with_the_manufacturer_are_offered_at_their_questions(
    chat: Chat,
) -> None:
    start(chat, "manufacturer")
    chat.say("Drive Medical, model 790, $1,250.00 each, qty 1")
    assert chat.answers["manufacturer"] == "Drive Medical"
    assert "model *790*" in chat.text and "price *$1,250.00*" in chat.text
    assert "quantity *1*" in chat.text
    for step, stored in (("model", "790"), ("quantity", 1), ("unit_price", "1250.00")):
        assert chat.step == step
        chat.say("yes")
        assert chat.answers[step] == stored


@pytest.mark.parametrize(
    ("typed", "item", "maker", "model", "price"),
    [("bariatric bath bench, Drive Medical model 11150-1, rental, $450 per month",
      "bariatric bath bench", "Drive Medical", "11150-1", "$450.00"),
     ("activity chair, Rifton Activity Chair R850, rental $325/mo",
      "activity chair", "Rifton", "Activity Chair R850", "$325.00")],
)  # fmt: skip
def test_maker_model_and_price_typed_with_the_item_are_carried_forward(
    chat: Chat, typed: str, item: str, maker: str, model: str, price: str
) -> None:
    start(chat, "item_description")
    chat.say(typed)
    assert chat.answers["item_description"] == item
    answers = {**MEDICARE_ANSWERS, "item_description": typed}
    answer_until(chat, answers, stop_at="manufacturer")
    assert f"You said *{maker}* earlier" in chat.text
    chat.say("yes")
    assert f"You said *{model}* earlier" in chat.text
    chat.say("yes")
    answer_until(chat, answers, stop_at="unit_price")
    assert f"You said *{price}* earlier" in chat.text
    chat.say("yes")
    assert "You said *Rental* earlier" in chat.text


def test_a_number_alone_at_the_model_question_is_the_model_not_a_price(chat: Chat) -> None:
    start(chat, "model")
    chat.say("790")
    assert chat.answers["model"] == "790"
    assert "noted" not in chat.text


def test_what_a_document_answer_says_beside_it_is_said_back_not_dropped(chat: Chat) -> None:
    answers = {**MEDICARE_ANSWERS, "expect_medicare_denial": "yes", "denial_reason": "1",
               "doc_abn": "missing"}  # fmt: skip
    start(chat, "doc_abn", answers)
    chat.say("not yet, scheduled to sign 12/18")
    assert chat.answers["documents"]["abn"] == "missing"
    assert '"scheduled to sign 12/18"' in chat.text  # the part not taken, named
