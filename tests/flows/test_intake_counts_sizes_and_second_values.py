"""Details beside an answer read as what they are: a count typed with the item or its maker
("3 ea", "x2") is a quantity, never a price; a size or weight ("Heavy Duty 400lb") stays in the
description, never a maker and model; a maker opening the description is offered as the maker.
A correction word replaces a value only with a second value of the same kind after it."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def start(chat: Chat, stop_at: str, answers: dict[str, str] = MEDICARE_ANSWERS) -> None:
    chat.say("intake")
    answer_until(chat, answers, stop_at=stop_at)
    assert chat.step == stop_at


@pytest.mark.parametrize(
    "typed",
    [
        "Invacare, model 9153, 3 ea",
        "Invacare, model 9153, 3 each",
        "Invacare, model 9153, qty 3",
        "Invacare, model 9153, x3",
    ],
)
def test_a_count_beside_the_maker_is_the_quantity_not_the_price(chat: Chat, typed: str) -> None:
    start(chat, "manufacturer")
    chat.say(typed)
    assert "quantity *3*" in chat.text and "price" not in chat.text
    answers = {**MEDICARE_ANSWERS, "manufacturer": typed}
    answer_until(chat, answers, stop_at="quantity")
    assert "You said *3* earlier" in chat.text
    chat.say("yes")
    assert chat.answers["quantity"] == 3
    assert chat.step == "unit_price" and "earlier" not in chat.text


@pytest.mark.parametrize(
    ("typed", "noted"),
    [("bedside commode, 4 each", "quantity *4*"),
     ("bedside commode, PL 450", "price *$450.00*"),
     ("bedside commode, cost 95 each", "price *$95.00*"),
     ("bedside commode, $95 each", "price *$95.00*")],
)  # fmt: skip
def test_a_number_beside_the_item_is_a_price_only_when_priced(
    chat: Chat, typed: str, noted: str
) -> None:
    start(chat, "item_description")
    chat.say(typed)
    assert chat.answers["item_description"] == "bedside commode"
    assert noted in chat.text
    assert ("price" in chat.text) == ("price" in noted)


@pytest.mark.parametrize(
    "typed",
    [
        "shower chair, Heavy Duty 400lb",
        "rollator, Bariatric 500lb",
        "prone stander, Pediatric Size 2",
        "knee walker, Steerable XL",
    ],
)
def test_a_size_or_weight_beside_the_item_stays_in_the_description(chat: Chat, typed: str) -> None:
    start(chat, "item_description")
    chat.say(typed)
    assert chat.answers["item_description"] == typed
    assert "manufacturer" not in chat.text and "model *" not in chat.text


def test_a_known_maker_with_its_product_number_is_still_offered(chat: Chat) -> None:
    start(chat, "item_description")
    chat.say("shower chair, Invacare 9781E")
    assert chat.answers["item_description"] == "shower chair"
    assert "manufacturer *Invacare*" in chat.text and "model *9781E*" in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "Invacare hospital bed, model 5410IVC, $1,480.00, qty 1",
        "Sunrise Medical tilt in space wheelchair model Q7",
    ],
)
def test_a_maker_opening_the_description_is_offered_as_the_maker(chat: Chat, typed: str) -> None:
    start(chat, "item_description")
    chat.say(typed)
    maker = typed.split(" hospital")[0].split(" tilt")[0]
    assert maker not in chat.answers["item_description"]
    assert chat.answers["item_description"] in ("hospital bed", "tilt in space wheelchair")
    answer_until(chat, {**MEDICARE_ANSWERS, "item_description": typed}, stop_at="manufacturer")
    assert f"You said *{maker}* earlier" in chat.text


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("$325 monthly, sorry it's a 10 month rental", "325.00"),
     ("$80 actually 2 of them came in", "80.00"),
     ("$1,480 sorry, 3 vendors quoted", "1480.00"),
     ("$325 monthly, sorry $335", "335.00")],
)  # fmt: skip
def test_only_a_second_amount_after_a_correction_word_replaces_the_price(
    chat: Chat, typed: str, meant: str
) -> None:
    start(chat, "unit_price")
    chat.say(typed)
    assert chat.answers["unit_price"] == meant
    assert chat.step == "acquisition"


@pytest.mark.parametrize(
    ("typed", "day"),
    [("12/2 sorry it took 3 tries", "12-02"), ("12/2 actually 4 days after the order", "12-02"),
     ("12/2 actually shipped 12/3", "12-03"), ("12/2, sorry dec 4", "12-04")],
)  # fmt: skip
def test_only_a_second_date_after_a_correction_word_replaces_the_date(
    chat: Chat, typed: str, day: str
) -> None:
    start(chat, "date_of_service")
    chat.say(typed)
    assert chat.answers["date_of_service"].endswith(day)
    assert chat.step == "expect_medicare_denial"


@pytest.mark.parametrize(
    ("payer", "plan"),
    [("commercial", "Harvard Pilgrim, not MassHealth"),
     ("medicaid", "Molina, no longer on Medi-Cal"),
     ("commercial", "Blue Shield of CA (Medi-Cal secondary)")],
)  # fmt: skip
def test_a_program_denied_or_beside_another_payer_names_no_state(
    chat: Chat, payer: str, plan: str
) -> None:
    chat.say("intake")
    chat.say(payer)
    assert chat.step == "payer_name"
    chat.say(plan)
    assert chat.answers["beneficiary_state"] is None
    assert "that state's Medicaid program" not in chat.text


def test_a_program_named_as_a_medicaid_plan_still_names_the_state(chat: Chat) -> None:
    chat.say("intake")
    chat.say("medicaid")
    chat.say("TennCare (Amerigroup)")
    assert chat.answers["beneficiary_state"] == "TN"


@pytest.mark.parametrize(
    ("step", "typed"),
    [("doc_order", "Not required"), ("doc_proof_of_delivery", "not required."),
     ("doc_medical_necessity_letter", "not required")],
)  # fmt: skip
def test_not_required_where_no_choice_says_so_is_asked_again_not_taken_as_not_sure(
    chat: Chat, step: str, typed: str
) -> None:
    start(chat, step)
    chat.say(typed)
    assert chat.step == step
    assert step.removeprefix("doc_") not in chat.answers["documents"]
    assert "Taken as *Not sure*" not in chat.text


def test_a_heavy_duty_commode_keeps_the_words_that_choose_its_code(chat: Chat) -> None:
    start(chat, "item_description")
    chat.say("commode chair, Heavy Duty 650lb")
    assert chat.answers["item_description"] == "commode chair, Heavy Duty 650lb"
    assert "E0168" in [option.value for reply in chat.last for option in reply.options]
