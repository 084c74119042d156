"""A yes right after an answer to a question asked mid-intake answers the open question, said
back with how to rate the answer instead; at the review an "ok" is asked about, never confirms."""

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


def test_a_yes_after_an_answer_is_the_open_questions_answer(engine: Engine) -> None:
    chat = asked_mid_intake(engine, "doc_order")
    chat.say("yes")
    assert chat.answers["documents"]["order"] == "have"
    assert 'I took your "yes" as the answer' in chat.text and "helpful" in chat.text
    assert chat.step == "doc_medical_records"  # the next answer goes to the next question
    chat.say("missing")
    assert chat.answers["documents"]["medical_records"] == "missing"


def test_rating_after_the_answer_taken_keeps_the_document(engine: Engine) -> None:
    chat = asked_mid_intake(engine, "doc_order")
    chat.say("no")
    assert chat.answers["documents"]["order"] == "missing"
    chat.say("helpful")
    assert chat.answers["documents"]["order"] == "missing"
    assert chat.step == "doc_medical_records"


def test_an_answer_that_names_the_document_is_taken_at_once(engine: Engine) -> None:
    chat = asked_mid_intake(engine, "doc_order")
    chat.say("no, still waiting on it")
    assert chat.answers["documents"]["order"] == "missing"


def test_a_yes_with_a_remark_at_the_expected_denial_question_is_taken(engine: Engine) -> None:
    chat = asked_mid_intake(engine, "expect_medicare_denial")
    chat.say("yes medicare never covers shower chairs, she wants the denial for her secondary")
    assert chat.answers.get("expect_medicare_denial") == "yes"
    assert chat.step == "denial_reason"


def test_an_ok_at_the_review_after_an_answer_does_not_confirm(engine: Engine) -> None:
    chat = Chat(engine, key="terminal:biller45")
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.say(QUESTION)
    chat.say("ok")
    assert chat.state == "reviewing" and "about the answer above" in chat.text
    chat.say("ok")
    assert chat.state == "done"
