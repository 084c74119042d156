"""The narrative an intake ends with carries every required part (F2.4, F16.8: description,
manufacturer, model, price-list amount, the repaired item's code and month) within 80 characters,
dropping filler first; answers typed as in conversation are stored as their values."""

from __future__ import annotations

import re

from flows.outcome import NARRATIVE_LIMIT
from tests.conftest import Chat, answer_until

DOCUMENTS = {f"doc_{name}": "have" for name in (
    "order", "medical_records", "medical_necessity_letter", "manufacturer_spec",
    "price_documentation", "no_code_explanation", "prior_authorization", "proof_of_delivery",
)}  # fmt: skip
REPAIR = {
    **DOCUMENTS,
    "payer_type": "Original Medicare",
    "beneficiary_state": "FL",
    "item_description": "replacement head motor for pt owned semi-electric hospital bed (repair)",
    "code_check": "none",
    "item_category": "Supply or accessory of other DME",
    "manufacturer": "Invacare",
    "model": "5410IVC head motor, part # 1039165",
    "quantity": "1",
    "unit_price": "$285",
    "acquisition": "repair",
    "repair_of_code": "e 0260",
    "repair_of_purchased": "june 2019",
    "labor_minutes": "skip",
    "date_of_service": "skip",
    "expect_medicare_denial": "no",
    "claim_status": "not submitted",
}
RAMP = {
    **DOCUMENTS,
    "payer_type": "Medicare Advantage",
    "payer_name": "skip",
    "item_description": "folding portable wheelchair ramp",
    "code_check": "none",
    "item_category": "equipment",
    "manufacturer": "its made by EZ-Access (Homecare Products Inc)",
    "model": "Suitcase Singlefold SC6, the 6 foot one",
    "quantity": "1",
    "unit_price": "$389.99",
    "acquisition": "new purchase",
    "item_role": "standalone",
    "date_of_service": "skip",
    "prior_authorization_number": "skip",
    "claim_status": "not submitted",
}


def narrative(chat: Chat) -> str:
    """The narrative the outcome shows, between the fences after its heading."""
    found = re.search(r"Narrative\*? \(NTE02[^\n]*\n```\n([^\n]*)\n```", chat.text)
    assert found, chat.text
    return found.group(1)


def test_a_repair_narrative_keeps_maker_model_price_and_repaired_item_and_drops_filler(
    chat: Chat,
) -> None:
    chat.say("intake")
    answer_until(chat, REPAIR)
    chat.say("confirm")
    said = narrative(chat)
    assert len(said) <= NARRATIVE_LIMIT
    for part in ("head motor", "Invacare", "5410IVC", "1039165", "PL $285.00", "E0260 del-06/19"):
        assert part in said, said
    assert "pt owned" not in said and "(repair)" not in said
    assert "lacks manufacturer" not in chat.text  # the checklist's own narrative is complete
    assert "dropped: end of the description, manufacturer" not in chat.text


def test_a_maker_typed_in_conversation_is_stored_as_its_name_and_the_narrative_keeps_it(
    chat: Chat,
) -> None:
    chat.say("intake")
    answer_until(chat, RAMP)
    assert chat.answers["manufacturer"] == "EZ-Access (Homecare Products Inc)"
    chat.say("confirm")
    said = narrative(chat)
    assert len(said) <= NARRATIVE_LIMIT
    assert "EZ-Access" in said and "Suitcase Singlefold SC6" in said and "PL $389.99" in said
    assert "made by" not in said and "the 6 foot one" not in said


def test_editing_the_maker_after_the_outcome_rebuilds_the_narrative(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, {**RAMP, "manufacturer": "Homecare Products Incorporated"})
    chat.say("confirm")
    before = narrative(chat)
    chat.say("edit manufacturer")
    chat.say("made by EZ-Access")
    chat.say("confirm")
    after = narrative(chat)
    assert "Homecare" in before and "Homecare" not in after
    assert "EZ-Access Suitcase Singlefold SC6" in after


def test_a_model_like_a_street_number_is_taken_and_a_bare_count_is_asked_again(
    chat: Chat,
) -> None:
    chat.say("intake")
    answer_until(chat, RAMP, stop_at="model")
    chat.say("1")  # the quantity, typed a question early
    assert chat.step == "model" and "looks like a quantity, not a model" in chat.text
    chat.say("Carrot 3 CR3")
    assert chat.step == "quantity" and chat.answers["model"] == "Carrot 3 CR3"
    chat.say("edit model")
    chat.say("Carrot 3 CR3")
    assert "street address" not in chat.text and chat.answers["model"] == "Carrot 3 CR3"
