"""Answers that are only filler, thanks, a placeholder or a date phrase are asked again at the
item, manufacturer and model questions, never stored; and a phone number, e-mail or street
address typed into the item never reaches the narrative sent to the payer."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.models import Claim
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until, repository_content

BUILDER = repository_content().outcome


def start(chat: Chat, stop_at: str, answers: dict[str, str] = MEDICARE_ANSWERS) -> None:
    chat.say("intake")
    answer_until(chat, answers, stop_at=stop_at)
    assert chat.step == stop_at


NOT_ITEMS = ("nvm", "never mind", "thanks", "thank you!", "tbd", "asap", "hold on", "one sec",
             "end of month", "first of the month", "two weeks from now", "by end of next week",
             "beginning of the month", "mid month")  # fmt: skip


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("typed", NOT_ITEMS)
def test_filler_or_a_date_phrase_is_not_taken_as_the_item(chat: Chat, typed: str) -> None:
    start(chat, "item_description")
    chat.say(typed)
    assert chat.step == "item_description" and chat.answers["item_description"] is None


NOT_MAKERS = ("nvm", "never mind", "thanks", "hold on", "asap", "one sec")


@pytest.mark.sweep(n=3, by="step")
@pytest.mark.parametrize("step", ["manufacturer", "model"])
@pytest.mark.parametrize("typed", NOT_MAKERS)
def test_filler_is_not_stored_as_the_manufacturer_or_model(
    chat: Chat, step: str, typed: str
) -> None:
    start(chat, step)
    chat.say(typed)
    assert chat.step == step and chat.answers[step] is None


@pytest.mark.parametrize("typed", ["unknown", "skip"])
def test_an_unknown_model_is_still_passed_over(chat: Chat, typed: str) -> None:
    start(chat, "model")
    chat.say(typed)
    assert chat.step != "model"


def test_a_real_item_with_date_words_in_it_is_taken(chat: Chat) -> None:
    start(chat, "item_description")
    chat.say("first step bath lift, two speed")
    assert chat.step != "item_description"


# Whoever's they are (a colleague's cell, a supplier's line or dock): never sent to the payer.
CONTACTS = (
    ("bath lift, Larson asked about the remit, 616-555-0144 is her cell", "555-0144"),
    ("bath lift, Acme Medical parts line 800-555-0199", "555-0199"),
    ("bath lift; Acme Medical returns go to parts@acme-medical.example", "acme-medical"),
    ("bath lift, Acme Medical warehouse, 4400 N Industrial Pkwy", "Industrial"),
)


@pytest.mark.parametrize(("description", "value"), CONTACTS)
def test_contact_details_in_a_claim_file_never_reach_the_narrative(
    description: str, value: str
) -> None:
    claim = Claim.model_validate({
        "payer": {"type": "commercial", "name": "Acme Health"},
        "item": {"description": description, "category": "equipment", "manufacturer": "Acme",
                 "model": "X1", "unit_price": "450.00"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
        "date_of_service": "2026-10-01",
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 30))
    assert value not in outcome.narrative and value not in outcome.short_description
    assert outcome.narrative.startswith("bath lift") and "PL $450.00" in outcome.narrative
    narrative = next(item for item in outcome.checklist if item.id == "narrative")
    assert "never go to the payer" in narrative.why


def test_a_phone_typed_into_the_item_is_left_out_of_the_intake_narrative(chat: Chat) -> None:
    typed = "bath lift, Larson asked about the remit, 616-555-0144 is her cell"
    chat.say("intake")
    answer_until(chat, {**MEDICARE_ANSWERS, "item_description": typed})
    assert chat.state == "reviewing"
    chat.say("yes")
    payload = chat.last[-1].payload
    assert payload is not None
    narrative = payload["outcome"]["narrative"]
    assert narrative.startswith("bath lift") and "555-0144" not in narrative
