"""A yes right after an answer to a question asked mid-intake may rate the answer (Helpful /
Not helpful, "Yes, that's it") or answer the open question: the bot asks, never guesses."""

from __future__ import annotations

from flows.engine import Engine
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until

QUESTION = "do medicaid plans want an invoice?"


def asked_mid_intake(engine: Engine, step: str) -> Chat:
    chat = Chat(engine, key="terminal:biller45")
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at=step)
    chat.say(QUESTION)
    assert any(reply.options for reply in chat.last[:-1])  # the answer offers its rating
    assert chat.step == step
    return chat


def test_a_yes_after_an_answer_is_not_taken_as_having_the_order(engine: Engine) -> None:
    chat = asked_mid_intake(engine, "doc_order")
    chat.say("yes")
    assert "order" not in chat.answers["documents"] and chat.step == "doc_order"
    assert 'Was your "yes" about the answer above' in chat.text
    chat.say("yes")  # asked which: now it answers the open question
    assert chat.answers["documents"]["order"] == "have"


def test_rating_after_the_question_keeps_the_document_unanswered(engine: Engine) -> None:
    chat = asked_mid_intake(engine, "doc_order")
    chat.say("no")
    assert "order" not in chat.answers["documents"]
    chat.say("helpful")
    assert "order" not in chat.answers["documents"] and chat.step == "doc_order"
    chat.say("missing")
    assert chat.answers["documents"]["order"] == "missing"


def test_an_answer_that_names_the_document_is_taken_at_once(engine: Engine) -> None:
    chat = asked_mid_intake(engine, "doc_order")
    chat.say("no, still waiting on it")
    assert chat.answers["documents"]["order"] == "missing"


def test_a_yes_at_the_expected_denial_question_is_asked_about_too(engine: Engine) -> None:
    chat = asked_mid_intake(engine, "expect_medicare_denial")
    chat.say("yep")
    assert chat.answers.get("expect_medicare_denial") is None
    assert 'Was your "yep" about the answer above' in chat.text


def test_an_ok_at_the_review_after_an_answer_does_not_confirm(engine: Engine) -> None:
    chat = Chat(engine, key="terminal:biller45")
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.say(QUESTION)
    chat.say("ok")
    assert chat.state == "reviewing" and "about the answer above" in chat.text
    chat.say("ok")
    assert chat.state == "done"
