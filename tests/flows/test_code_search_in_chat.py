"""Asking for a code in chat and the intake's code check: the candidates shown, picking one or
none of them, and Medicare's coverage told only on a Medicare claim."""

from __future__ import annotations

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def test_asking_for_a_code_in_chat_runs_the_search(chat: Chat) -> None:
    chat.say("is there a code for a knee scooter?")
    assert "E0118" in chat.text and "If none of these fits: *E1399*" in chat.text


def test_an_item_followed_by_code_runs_the_search_not_a_brace_entry(chat: Chat) -> None:
    chat.say("knee walker code")
    assert "E0118" in chat.text and "L2999" not in chat.text


def test_codes_with_a_pasted_wall_of_text_says_it_is_too_long_not_a_cut_search(
    chat: Chat,
) -> None:
    chat.say("codes " + "knee walker with basket " * 100)
    assert "That item description is too long to search (the limit is 2000 characters)" in chat.text
    assert "E0118" not in chat.text


def test_intake_offers_candidates_and_picking_one_ends_the_e1399_path(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, {**MEDICARE_ANSWERS, "item_description": "hoyer lift"},
                 stop_at="code_check")  # fmt: skip
    offered = [o.value for r in chat.last for o in r.options]
    assert offered[0] == "E0630" and offered[-1] == "none"
    chat.pick("E0630")
    assert chat.state == "advised_specific_code"
    assert "bill *E0630*" in chat.text and "will not recode" in chat.text


def test_none_of_these_records_what_was_reviewed_and_uses_the_category_noc(chat: Chat) -> None:
    chat.say("intake")
    answers = {**MEDICARE_ANSWERS, "item_description": "wheelchair cup holder",
               "item_category": "wheelchair part"}  # fmt: skip
    answer_until(chat, answers, stop_at="item_category")
    chat.say("wheelchair part")
    assert "*K0108*" in chat.text
    answer_until(chat, answers)
    claim = chat.payload["claim"]
    assert claim["code_check"]["chosen_code"] == "K0108"
    assert claim["code_check"]["searched"] is True
    assert "E2207" in claim["code_check"]["candidates_reviewed"]


def test_code_search_in_chat_says_medicare_never_covers_a_shower_chair(chat: Chat) -> None:
    chat.say("is there a code for a shower chair?")
    assert "E0240" in chat.text and "Medicare never covers this item" in chat.text


def test_intake_code_check_shows_when_medicare_never_covers_a_candidate(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, {**MEDICARE_ANSWERS, "item_description": "shower chair with back"},
                 stop_at="code_check")  # fmt: skip
    assert "E0240: Medicare never covers this item" in chat.text and "GY" in chat.text
    assert "The others: Medicare coverage is the DME MAC's call" in chat.text  # no code unsaid


@pytest.mark.parametrize("payer", ["commercial", "Medicare Advantage"])
def test_other_payers_intake_code_check_gives_no_medicare_gy_advice(chat: Chat, payer: str) -> None:
    chat.say("intake")
    answers = {**MEDICARE_ANSWERS, "payer_type": payer, "payer_name": "Acme Health Plan"}
    answer_until(chat, {**answers, "item_description": "shower chair with back"},
                 stop_at="code_check")  # fmt: skip
    assert "E0240" in [o.value for reply in chat.last for o in reply.options]
    assert "Medicare never covers" not in chat.text and "GY" not in chat.text


@pytest.mark.parametrize(
    ("item", "said"),
    [("tub transfer bench with commode opening", "reads as *E0247*"),
     ("tub transfer bench, not described by E0247: built-in bidet", None),
     ("pediatric floor sitter", None)],
)  # fmt: skip
def test_none_of_these_after_the_code_the_item_reads_as_suggests_picking_it(
    chat: Chat, item: str, said: str | None
) -> None:
    chat.say("intake")
    answer_until(chat, {**MEDICARE_ANSWERS, "item_description": item}, stop_at="code_check")
    chat.say("none")
    assert chat.step == "item_category"
    if said is None:
        assert "reads as" not in chat.text
    else:
        assert said in chat.text and "type *back* and pick it" in chat.text
