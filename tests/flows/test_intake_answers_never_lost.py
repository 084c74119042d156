"""Answers a biller types beside another question are never lost nor misread: a count typed with
the price that differs from the quantity is offered as a change, a replaced answer's codes are
forgotten, a remit's date with a code beside it reads as both, the model keeps its number, a price
typed at the model is kept for its own question, an RA line's narrative gives its reason, and a
hedged maker is kept and said back as unconfirmed."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until
from tests.flows.test_intake_narrative_parts import RAMP, narrative

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


@pytest.mark.parametrize(
    "typed", ["Apr 14 2026 CO-45", "Apr 14, 2026 CO-45", "Apr 14 2026, CO-45", "04/14/2026 CO-45"]
)
def test_a_remit_date_with_a_denial_code_beside_it_is_read_as_both(chat: Chat, typed: str) -> None:
    start(chat, "determination_date")
    chat.say(typed)
    assert "street address" not in chat.text and "couldn't read" not in chat.text
    assert chat.answers["determination_date"] == "2026-04-14"
    assert "denial codes *CO-45*" in chat.text and chat.step == "denial_codes"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("Nitro DLX (RTL10266) per invoice", "Nitro DLX RTL10266"),
     ("Nitro DLX model RTL10266 per invoice", "Nitro DLX RTL10266"),
     ("Nitro DLX, model# RTL10266", "Nitro DLX RTL10266"),
     ("bariatric model 12021kd-1", "bariatric 12021kd-1")],
)  # fmt: skip
def test_the_model_keeps_its_number_and_drops_where_it_was_read(
    chat: Chat, typed: str, stored: str
) -> None:
    answers = {**RAMP, "model": typed}
    chat.say("intake")
    answer_until(chat, answers)
    assert chat.answers["model"] == stored
    chat.say("confirm")
    said = narrative(chat)
    assert stored.split()[-1] in said and "invoice" not in said, said


@pytest.mark.parametrize(
    ("typed", "noted"),
    [("2 @ 45.00 ea", {"quantity": "2", "unit_price": "45.00"}),
     ("$45 x 2", {"quantity": "2", "unit_price": "45.00"}),
     ("$1,240.00 (MSRP $1,500)", {"unit_price": "1,240.00"}),
     ("total $90 for 2", {})],
)  # fmt: skip
def test_a_price_typed_at_the_model_is_no_model_and_is_kept_for_its_question(
    chat: Chat, typed: str, noted: dict[str, str]
) -> None:
    start(chat, "model", MEDICARE_ANSWERS)
    chat.say(typed)
    assert chat.step == "model" and chat.answers.get("model") is None
    assert "not the model" in chat.text
    chat.say("Nitro DLX RTL10266")
    assert chat.answers["model"] == "Nitro DLX RTL10266"
    for field in ("quantity", "unit_price"):
        assert chat.step == field
        if field in noted:
            shown = "$" + noted[field] if field == "unit_price" else noted[field]
            assert f"You said *{shown}* earlier" in chat.text
            chat.say("yes")
            assert str(chat.answers[field]).replace(",", "") == noted[field].replace(",", "")
        else:
            assert "You said" not in chat.text
            chat.answer(MEDICARE_ANSWERS[field])
    assert chat.answers["quantity"] == int(noted.get("quantity", "1"))


@pytest.mark.parametrize(("reason", "said"), [("stolen", "stolen"), ("lost", "lost")])
def test_a_medicare_replacement_after_an_incident_gives_its_reason_in_the_narrative(
    chat: Chat, reason: str, said: str
) -> None:
    answers = {**RAMP, "payer_type": "Original Medicare", "beneficiary_state": "OH",
               "acquisition": "replacement", "replacement_reason": reason,
               "expect_medicare_denial": "no"}  # fmt: skip
    chat.say("intake")
    answer_until(chat, answers)
    chat.say("confirm")
    text = narrative(chat)
    assert "RA" in chat.text and said in text and len(text) <= 80, text


def test_a_hedged_maker_is_kept_and_said_back_as_unconfirmed(chat: Chat) -> None:
    start(chat, "manufacturer", MEDICARE_ANSWERS)
    chat.say("not sure, maybe Drive Medical")
    assert chat.answers["manufacturer"] == "Drive Medical" and chat.step == "model"
    assert "*Drive Medical*" in chat.text and "not confirmed" in chat.text


@pytest.mark.parametrize("typed", ["actually it was Drive DeVilbiss", "sorry, Invacare"])
def test_a_maker_typed_as_a_correction_at_the_model_is_offered_for_the_maker(
    chat: Chat, typed: str
) -> None:
    start(chat, "model", MEDICARE_ANSWERS)
    chat.say(typed)
    assert chat.step == "model" and chat.answers.get("model") is None
    name = typed.split()[-1] if "Invacare" in typed else "Drive DeVilbiss"
    offer = next(o for r in chat.last for o in r.options if o.label.startswith("Change"))
    assert offer.label == f"Change manufacturer to {name}"
    chat.pick(offer.value)
    assert chat.answers["manufacturer"] == name and chat.step == "model"
