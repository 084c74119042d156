"""Smaller things billers met in the terminal chat: a choice's word at the manufacturer
question, the plan named with the payer type, a state's own Medicaid program, "june of 2019",
*back* over a question passed over, *continue* at an open question, *edit* showing the answer
it changes, and *status* at the review."""

from __future__ import annotations

import re

import pytest

from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def start(chat: Chat, stop_at: str, answers: dict[str, str] = MEDICARE_ANSWERS) -> None:
    chat.say("intake")
    answer_until(chat, answers, stop_at=stop_at)
    assert chat.step == stop_at


@pytest.mark.parametrize("typed", ["rent", "rental", "standalone"])
def test_a_choices_word_at_the_manufacturer_question_is_no_manufacturer(
    chat: Chat, typed: str
) -> None:
    start(chat, "manufacturer")
    chat.say(typed)
    assert chat.answers["manufacturer"] is None and chat.step == "manufacturer"
    assert f'"{typed}" reads as the' in chat.text
    chat.say("Drive")
    assert chat.answers["manufacturer"] == "Drive" and chat.answers["model"] is None


@pytest.mark.parametrize(
    ("typed", "plan"),
    [("medicare advantge - humana gold plus", "humana gold plus"),
     ("commercial - aetna", "aetna"),
     ("aetna medicare advantage PPO", "aetna medicare advantage PPO"),
     ("Medicare Advantage (it's a Humana Gold Plus plan)", "Humana Gold Plus"),
     ("medicare advantage (through Devoted Health)", "Devoted Health"),
     ("Commercial [Aetna Choice POS II]", "Aetna Choice POS II")],
)  # fmt: skip
def test_the_plan_named_with_the_payer_type_is_offered_without_the_type(
    chat: Chat, typed: str, plan: str
) -> None:
    chat.say("intake")
    chat.say(typed)
    assert chat.step == "payer_name"
    assert f"You said *{plan}* earlier" in chat.text
    chat.say("yes")
    assert chat.answers["payer_name"] == plan


@pytest.mark.parametrize(
    ("typed", "plan", "state"), [("medi-cal", "Medi-Cal", "CA"), ("masshealth", "MassHealth", "MA")]
)
def test_a_states_medicaid_program_names_the_plan_and_the_state(
    chat: Chat, typed: str, plan: str, state: str
) -> None:
    chat.say("intake")
    chat.say(typed)
    assert chat.answers["payer_type"] == "medicaid"
    assert chat.answers["beneficiary_state"] == state
    assert f"Noted *{state}* as the beneficiary's state" in chat.text
    chat.say("yes")
    assert chat.answers["payer_name"] == plan
    assert chat.step == "item_description"  # the state is not asked
    chat.say("back")
    assert chat.step == "payer_name"  # nor gone back to


def test_a_month_with_of_is_read(chat: Chat) -> None:
    answers = {**MEDICARE_ANSWERS, "acquisition": "repair", "item_role": "repair part"}
    chat.say("intake")
    for _ in range(30):  # up to the month the repaired item was bought, if it is asked
        if chat.step in (None, "repair_of_purchased"):
            break
        chat.answer(answers.get(chat.step or "", "skip"))
    assert chat.step == "repair_of_purchased"
    chat.say("june of 2019")
    assert chat.answers["repair_of_purchased"] == "2019-06"


def test_continue_at_an_open_question_says_it_waits_for_the_answer(chat: Chat) -> None:
    start(chat, "item_category")
    chat.say("continue")
    assert chat.step == "item_category"
    assert "answer the question below" in chat.text


def test_edit_shows_the_answer_it_changes(chat: Chat) -> None:
    start(chat, "model")
    chat.say("edit manufacturer")
    assert chat.step == "manufacturer"
    assert f"now *{MEDICARE_ANSWERS['manufacturer']}*" in chat.text


def test_status_at_the_review_says_where_the_biller_is(chat: Chat) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.say("status")
    assert "Please review your answers" in chat.text
    assert re.search(r"Step (\d+) of \1 answered", chat.text)  # the last step, done
