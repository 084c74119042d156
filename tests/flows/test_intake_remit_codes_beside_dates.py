"""Denial codes typed beside the remittance's date are kept for the denial codes question, and
a number alone ("1", typed as if picking an option) is no denial code."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat

DENIED = {**MEDICARE_ANSWERS, "claim_status": "denied", "submitted_on": "03/20/2026"}


def start(chat: Chat, stop_at: str) -> None:
    chat.say("intake")
    for _ in range(40):
        if chat.step in (None, stop_at):
            break
        chat.answer(DENIED.get(chat.step or "", "skip"))
    assert chat.step == stop_at


@pytest.mark.parametrize(
    ("typed", "codes"),
    [("remit dated 4/20, CO-16 N350 MA130", ["CO-16", "N350", "MA130"]),
     ("ERA came 04/22/2026 with co 50 and N115", ["CO-50", "N115"])],
)  # fmt: skip
def test_codes_beside_the_determination_date_are_offered_at_their_question(
    chat: Chat, typed: str, codes: list[str]
) -> None:
    start(chat, "determination_date")
    chat.say(typed)
    assert chat.answers["determination_date"] is not None
    assert f"denial codes *{' '.join(codes)}*" in chat.text
    assert chat.step == "denial_codes"
    chat.say("yes")
    assert chat.answers["denial_codes"] == codes


def test_a_number_alone_is_no_denial_code(chat: Chat) -> None:
    start(chat, "denial_codes")
    chat.say("1")
    assert chat.answers["denial_codes"] is None and chat.step == "denial_codes"
    assert '"1" is a number alone' in chat.text
    chat.say("CO-16 N350")
    assert chat.answers["denial_codes"] == ["CO-16", "N350"]


@pytest.mark.parametrize(
    ("typed", "codes"), [("denied, CO-16 N350", ["CO-16", "N350"]), ("denied co 50", ["CO-50"])]
)
def test_codes_beside_the_claim_status_are_offered_at_their_question(
    chat: Chat, typed: str, codes: list[str]
) -> None:
    start(chat, "claim_status")
    chat.say(typed)
    assert chat.answers["claim_status"] == "denied"
    assert f"denial codes *{' '.join(codes)}*" in chat.text
    assert "not kept" not in chat.text
    for _ in range(10):  # the dates asked before the codes
        if chat.step == "denial_codes":
            break
        chat.answer(DENIED.get(chat.step or "", "skip"))
    assert chat.step == "denial_codes"
    chat.say("yes")
    assert chat.answers["denial_codes"] == codes


def test_codes_beside_a_status_that_asks_for_none_are_said_not_kept(chat: Chat) -> None:
    start(chat, "claim_status")
    chat.say("paid, CO-45")
    assert chat.answers["claim_status"] == "paid"
    assert "not kept" in chat.text and "denial codes *" not in chat.text
