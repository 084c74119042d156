"""What billers type beside the item and the documents: the payer's word that no prior
authorization is needed, a note in place of the item, a correction cue, a condition after the
item. Each must reach the outcome as the biller meant it."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.models import Claim
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until, repository_content

COMMERCIAL = {
    **MEDICARE_ANSWERS,
    "payer_type": "commercial",
    "payer_name": "Acme Health",
    "doc_prior_authorization": "unknown",
}
BUILDER = repository_content().outcome


def start(chat: Chat, answers: dict[str, str], stop_at: str) -> None:
    chat.say("intake")
    answer_until(chat, answers, stop_at=stop_at)
    assert chat.step == stop_at


def finish(chat: Chat, answers: dict[str, str]) -> dict:
    answer_until(chat, answers)
    chat.say("confirm")
    outcome = (chat.last[-1].payload or {}).get("outcome")
    assert outcome is not None, chat.text
    return outcome


@pytest.mark.parametrize(
    "typed",
    ["not required per the payer", "plan says no PA needed", "no auth needed per rep"],
)
def test_the_payers_word_that_no_authorization_is_needed_is_an_answer(
    chat: Chat, typed: str
) -> None:
    start(chat, COMMERCIAL, "doc_prior_authorization")
    chat.say(typed)
    assert chat.step == "doc_proof_of_delivery"  # taken, not asked again
    assert "Not required (the payer said so)" in chat.text  # read back, so *back* can undo it
    outcome = finish(chat, COMMERCIAL)
    assert "prior_authorization" not in outcome["missing"]
    status = {c["id"]: c["status"] for c in outcome["checklist"]}
    assert status["prior_authorization"] == "not_needed"
    assert "payer told you no prior authorization is needed" in chat.text
    assert "authorization" not in outcome["narrative"].lower()  # no words for the payer


@pytest.mark.parametrize("typed", ["not sure", "idk", "n/a", "not needed"])
def test_not_sure_of_the_authorization_stays_unconfirmed(chat: Chat, typed: str) -> None:
    start(chat, COMMERCIAL, "doc_prior_authorization")
    chat.say(typed)
    outcome = finish(chat, COMMERCIAL)
    status = {c["id"]: c["status"] for c in outcome["checklist"]}
    assert status["prior_authorization"] == "unknown"
    assert "payer told you" not in chat.text


def test_the_payers_word_does_not_reach_the_exported_claims_narrative(chat: Chat) -> None:
    start(chat, COMMERCIAL, "doc_prior_authorization")
    chat.say("not required per the payer")
    finish(chat, COMMERCIAL)
    chat.say("export")
    claim = Claim.model_validate((chat.last[-1].payload or {})["claim"])
    again = BUILDER.build(claim, dt.date(2026, 3, 20))  # the file read back: same advice
    assert "prior_authorization" not in again.missing
    assert "authorization" not in again.narrative.lower()


# What a biller types in place of the item, and what the bot says of it.
NOT_ITEMS = {
    **dict.fromkeys(("see attached", "per order", "tbd"), "is a note, not the item"),
    **dict.fromkeys(("pt request", "as ordered", "see notes", "sorry, see attached"), "N350"),
    "yesterday": "only a date or a time",
}


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(("typed", "said"), NOT_ITEMS.items())
def test_a_note_or_date_in_place_of_the_item_asks_for_the_item(
    chat: Chat, typed: str, said: str
) -> None:
    start(chat, COMMERCIAL, "item_description")
    chat.say(typed)
    asked_again = chat.step == "item_description" and not chat.answers.get("item_description")
    assert asked_again and said in chat.text and 'for example "knee walker' in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "actually a knee walker with basket",
        "sorry, knee walker with basket",
        "i meant: it's a knee walker with basket",
    ],
)
def test_a_correction_cue_before_the_item_is_left_out_of_it(chat: Chat, typed: str) -> None:
    start(chat, COMMERCIAL, "item_description")
    chat.say(typed)
    assert chat.answers["item_description"] == "knee walker with basket"
    outcome = finish(chat, COMMERCIAL)
    assert outcome["narrative"].startswith("knee walker with basket, Acme Medical TB-200")


def test_a_condition_after_the_item_stays_in_the_narrative_after_the_product(
    chat: Chat,
) -> None:
    """F2.4: what it is, who makes it, the model, what it is for, the price-list amount."""
    start(chat, COMMERCIAL, "item_description")
    chat.say("knee walker w basket. pt is NWB after ankle fx")
    outcome = finish(chat, COMMERCIAL)
    assert outcome["narrative"] == (
        "knee walker w basket, Acme Med TB-200, pt is NWB after ankle fx, PL $1,234.50"
    )
    assert outcome["short_description"] == "knee walker w basket"  # SV101-7: the item


def test_a_condition_that_cannot_fit_goes_before_any_part_of_the_item() -> None:
    claim = Claim.model_validate(
        {
            "payer": {"type": "commercial"},
            "item": {
                "description": "tilt in space shower commode chair. pt is non weight bearing "
                "after a left ankle fracture and cannot stand",
                "category": "equipment",
                "manufacturer": "Acme Medical",
                "model": "TB-200",
                "unit_price": "845.00",
            },
        }
    )
    outcome = BUILDER.build(claim, dt.date(2026, 3, 20))
    assert outcome.narrative == "tilt in space shower commode chair, Acme Med TB-200, PL $845.00"
    assert "note after the item" in outcome.narrative_dropped


@pytest.mark.parametrize(
    "description", ["cushion 18 in. x 16 in. gel seat", "Acme Corp. lift chair with remote"]
)
def test_a_dot_inside_the_item_does_not_split_it(description: str) -> None:
    claim = Claim.model_validate(
        {
            "payer": {"type": "commercial"},
            "item": {"description": description, "category": "equipment", "unit_price": "90"},
        }
    )
    outcome = BUILDER.build(claim, dt.date(2026, 3, 20))
    assert outcome.narrative == f"{description}, PL $90.00"
