"""What is neither an answer nor a question is not sent to the team's experts: at a pick-one
step a quantity or a price typed where a choice belongs gets the step's own prompt again; a
chat message that asks nothing is declined without the promise to pass it on; a question
typed mid-intake is still answered and, when the bot cannot answer it, passed on."""

from __future__ import annotations

import pytest

from flows.engine import Engine
from tests.bot.test_team_kb import DECLINED, team_loop
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def at_specific_code_advice(engine: Engine) -> Chat:
    """An intake whose code check picked a specific code: the bot says to bill that code and
    waits for *continue* (or *back*)."""
    chat = Chat(engine)
    chat.say("intake")
    answer_until(chat, {**MEDICARE_ANSWERS, "item_description": "bath chair with back"},
                 stop_at="code_check")  # fmt: skip
    stored = engine.store.load(chat.key)
    assert stored is not None
    code = stored.data["progress"]["code_candidates"][0]["code"]
    chat.pick(code)
    assert chat.state == "advised_specific_code" and "Type *continue*" in chat.text
    return chat


@pytest.mark.parametrize("typed", ["2 ea", "$1,450.00/ea", "qty 3", "frobnicate the widget"])
def test_a_price_or_quantity_at_the_specific_code_step_gets_the_steps_prompt(
    engine: Engine, typed: str
) -> None:
    chat = at_specific_code_advice(engine)
    chat.say(typed)
    assert "is not something I can take here" in chat.text
    assert "Pick *Continue with " in chat.text and "or *Back to the code list*" in chat.text
    assert "Type *continue*" in chat.text  # the step's own prompt, saying what it takes
    assert "passed your question" not in chat.text
    assert chat.state == "advised_specific_code"
    assert team_loop(engine).unanswered() == []


def test_a_question_at_the_specific_code_step_is_still_answered_and_passed_on(
    engine: Engine,
) -> None:
    chat = at_specific_code_advice(engine)
    chat.say(DECLINED)
    assert "passed your question to the team" in chat.text
    assert [g.question for g in team_loop(engine).unanswered()] == [DECLINED]
    chat.say("is a bath chair covered by medicare?")
    assert "is not something I can take here" not in chat.text
    assert "Medicare" in chat.text


@pytest.mark.parametrize("typed", ["2 ea", "frobnicate the widget", "xyzzy plugh"])
def test_a_message_that_asks_nothing_is_not_promised_to_the_experts(chat: Chat, typed: str) -> None:
    chat.say(typed)
    assert "passed your question" not in chat.text
    assert team_loop(chat.engine).unanswered() == []


@pytest.mark.parametrize("typed", ["yesterday", "last tuesday", "on the 3rd", "Nov 2 10am"])
def test_an_item_description_that_is_only_a_date_is_asked_again(engine: Engine, typed: str) -> None:
    chat = Chat(engine)
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="item_description")
    chat.say(typed)
    assert "That names no item" in chat.text and chat.step == "item_description"
    chat.say(f"knee walker delivered {typed}")
    assert chat.step != "item_description"
    assert chat.answers["item_description"] == f"knee walker delivered {typed}"
