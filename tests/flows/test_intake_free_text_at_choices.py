"""What a biller types at a choice that is not one of its answers, and at the prior
authorization number: asked again with a hint, never stored as something else."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until

# A Priority Health purchase over $1,000 (facts F9.4): its authorization number is asked.
PLAN_ANSWERS = {**MEDICARE_ANSWERS, "payer_type": "commercial", "payer_name": "Priority Health",
                "doc_prior_authorization": "have"}  # fmt: skip


def at(chat: Chat, step: str) -> None:
    chat.say("intake")
    answer_until(chat, PLAN_ANSWERS, stop_at=step)
    assert chat.step == step


@pytest.mark.parametrize(
    "typed", ["the rep said no prior auth needed", "my manager says no worries on this one"]
)
def test_a_sentence_with_a_no_inside_is_no_document_answer(chat: Chat, typed: str) -> None:
    at(chat, "doc_manufacturer_spec")
    chat.say(typed)
    assert chat.step == "doc_manufacturer_spec"
    assert "manufacturer_spec" not in chat.answers["documents"]
    assert "doesn't match any of the" in chat.text and "Taken as" not in chat.text


@pytest.mark.sweep(n=3, by="status")
@pytest.mark.parametrize(
    ("typed", "status"),
    [("no", "missing"), ("no, still waiting on it", "missing"), ("nope", "missing"),
     ("yes", "have"), ("yes we have it", "have"), ("got it from the rep", "have")],
)  # fmt: skip
def test_a_yes_or_no_that_opens_the_answer_still_answers(
    chat: Chat, typed: str, status: str
) -> None:
    at(chat, "doc_manufacturer_spec")
    chat.say(typed)
    assert chat.answers["documents"]["manufacturer_spec"] == status
    assert chat.step != "doc_manufacturer_spec"


@pytest.mark.parametrize("typed", ["1", "123", "00000", "#12"])
def test_a_prior_authorization_number_too_short_to_be_one_is_asked_again(
    chat: Chat, typed: str
) -> None:
    at(chat, "prior_authorization_number")
    chat.say(typed)
    assert chat.step == "prior_authorization_number"
    assert chat.answers.get("prior_authorization_number") is None
    assert "doesn't look like a whole authorization number" in chat.text and "*skip*" in chat.text


def test_words_beside_the_number_ask_for_the_number_alone(chat: Chat) -> None:
    at(chat, "prior_authorization_number")
    chat.say("approved by phone 12345678")
    assert chat.step == "prior_authorization_number"
    assert "just the number from the approval" in chat.text


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("PA-2611-3393", "PA-2611-3393"), ("auth # 12345678", "12345678"), ("A12-3456", "A12-3456"),
     ("authorization number 88-1290", "88-1290"), ("TAR 12345678901", "12345678901")],
)  # fmt: skip
def test_payers_own_number_formats_are_taken(chat: Chat, typed: str, kept: str) -> None:
    at(chat, "prior_authorization_number")
    chat.say(typed)
    assert chat.answers["prior_authorization_number"] == kept
    assert chat.step == "claim_status"


def test_the_way_out_is_offered_once_at_the_third_try_not_on_every_later_one(chat: Chat) -> None:
    at(chat, "prior_authorization_number")
    said = []
    for typed in ("1", "2", "3", "4", "5"):
        chat.say(typed)
        said.append(chat.text)
    assert ["That's three tries" in text for text in said] == [False, False, True, False, False]
    assert all("doesn't look like a whole authorization number" in text for text in said)
    assert chat.step == "prior_authorization_number"


def test_a_model_typed_at_the_code_list_is_said_back_as_typed_and_no_question(chat: Chat) -> None:
    at(chat, "code_check")
    chat.say("model PX-2 corpus")
    assert chat.step == "code_check" and chat.answers["code_check"] is None
    assert '"model PX-2 corpus" doesn\'t match any of the' in chat.text
    assert "question in" not in chat.text


def test_an_edit_says_the_other_answers_are_kept_not_how_many_were_saved(chat: Chat) -> None:
    at(chat, "manufacturer")
    chat.say("edit payer")
    assert chat.step == "payer_type"
    assert "changing the payer type (now *Commercial insurance*)" in chat.text  # what it was
    assert "Your other answers are kept" in chat.text
    assert "saved" not in chat.text


def test_going_back_from_a_picked_code_puts_no_change_down_to_an_answer(chat: Chat) -> None:
    at(chat, "code_check")
    stored = chat.engine.store.load(chat.key)
    assert stored is not None
    chat.pick(stored.data["progress"]["code_candidates"][0]["code"])
    chat.say("back")
    assert chat.step == "code_check" and "your last answer" not in chat.text
