"""Payer types as billers misspell them, answers that say more than the question asked, and
answers that carry a question: each must reach the claim as the biller meant it."""

from __future__ import annotations

import pytest

from tests.conftest import Chat


@pytest.mark.parametrize(
    "typed",
    ["medicare advantge", "medicare adv", "medicare advanatge plan", "medicare part c",
     "Medicare Advantag HMO"],
)  # fmt: skip
def test_a_misspelt_medicare_advantage_is_never_original_medicare(chat: Chat, typed: str) -> None:
    chat.say("intake")
    chat.say(typed)
    assert chat.answers["payer_type"] == "medicare_advantage", chat.text
    assert "Medicare Advantage plan" in chat.text  # read back, so *back* can undo it
    assert chat.step == "payer_name"  # a plan's name is asked, not the Medicare route


@pytest.mark.parametrize(
    ("typed", "payer"),
    [("medicade", "medicaid"), ("medicaid managed care", "medicaid"), ("champva", "other"),
     ("tricare for life", "other"), ("comercial", "commercial"), ("original medicre", "medicare")],
)  # fmt: skip
def test_other_misspelt_payer_types_are_read(chat: Chat, typed: str, payer: str) -> None:
    chat.say("intake")
    chat.say(typed)
    assert chat.answers["payer_type"] == payer, chat.text


def test_a_word_close_to_two_payer_types_is_asked_again(chat: Chat) -> None:
    chat.say("intake")
    chat.say("medicaire")  # Medicare or Medicaid: never guessed
    assert chat.step == "payer_type"
    assert "payer_type" not in chat.answers or chat.answers["payer_type"] is None
