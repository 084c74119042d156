"""A biller correcting a value inside the same answer ("$4,500 no wait 450", "11/3 sorry 11/4"):
the value after the correction word is the one stored, and the bot says which it took."""

from __future__ import annotations

import pytest

from flows.choices import read_choice
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until, repository_content

COMMERCIAL = {**MEDICARE_ANSWERS, "payer_type": "commercial", "payer_name": "Acme Health"}


def start(chat: Chat, stop_at: str, answers: dict[str, str] = MEDICARE_ANSWERS) -> None:
    chat.say("intake")
    answer_until(chat, answers, stop_at=stop_at)
    assert chat.step == stop_at


@pytest.mark.parametrize(
    ("typed", "meant", "shown"),
    [("$4,500 no wait 450", "450.00", "$450.00"),
     ("$1,250 no wait 125", "125.00", "$125.00"),
     ("1,250 no wait $125", "125.00", "$125.00"),
     ("1,250 -- no wait, 1,350", "1350.00", "$1,350.00"),
     ("125.00, sorry I mean 135.00", "135.00", "$135.00"),
     ("$900 actually $950", "950.00", "$950.00"),
     ("300 scratch that 325", "325.00", "$325.00"),
     ("$80, make that $85", "85.00", "$85.00"),
     ("1200 correction: 1250", "1250.00", "$1,250.00"),
     ("$450, actually per month", "450.00", "$450.00")],  # no second amount: the one typed
)  # fmt: skip
def test_the_price_after_a_correction_word_is_the_price(
    chat: Chat, typed: str, meant: str, shown: str
) -> None:
    start(chat, "unit_price")
    chat.say(typed)
    assert chat.answers["unit_price"] == meant
    assert chat.step == "acquisition"
    assert f"Taken as *{shown}*" in chat.text  # the other amount was typed too: said back


@pytest.mark.parametrize("typed", ["11/3 no wait 11/4", "11/3, sorry 11/4", "11/3 i mean 11/4"])
def test_the_date_after_a_correction_word_is_the_date(chat: Chat, typed: str) -> None:
    start(chat, "date_of_service")
    chat.say(typed)
    assert chat.answers["date_of_service"].endswith("-11-04")
    assert "11/04/" in chat.text


def test_a_corrected_count_is_the_count(chat: Chat) -> None:
    start(chat, "quantity")
    chat.say("2 sorry 3")
    assert chat.answers["quantity"] == 3


@pytest.mark.parametrize("typed", ["not required", "Not required", "4"])
def test_not_required_at_the_authorization_question_is_the_payers_word(
    chat: Chat, typed: str
) -> None:
    start(chat, "doc_prior_authorization", COMMERCIAL)
    chat.say(typed)
    assert chat.answers["documents"]["prior_authorization"] == "not_required"
    assert chat.step == "doc_proof_of_delivery"


def test_not_required_through_edit_is_the_payers_word(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, {**COMMERCIAL, "doc_prior_authorization": "missing"})
    chat.say("edit prior authorization")
    chat.say("not required")
    assert chat.answers["documents"]["prior_authorization"] == "not_required"
    assert "Not required (the payer said so)" in chat.text


def test_every_choice_is_picked_by_its_own_label_words() -> None:
    """Each option of every multiple-choice question, typed as its label's words without the
    note in brackets, is that option (never another option that lists the same words)."""
    messages = repository_content().messages
    for group in messages.option_groups:
        options = messages.options(group)
        for option in options:
            if "{" in option.label:
                continue
            head = option.label.split(" (")[0].split(":")[0]
            assert read_choice(head, options)[0] == option.value, (group, head)
