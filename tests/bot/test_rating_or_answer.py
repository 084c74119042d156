"""A bare yes right after an answer to a question asked mid-intake may rate that answer or
answer the open question: the bot asks which. A yes that says more about the question is its
answer, said back with how to rate instead; at the review an "ok" never confirms."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("typed", ["yes", "yep that's it", "no", "yes thanks"])
def test_a_bare_yes_after_an_answer_is_asked_about(engine: Engine, typed: str) -> None:
    chat = asked_mid_intake(engine, "doc_order")
    chat.say(typed)
    assert "order" not in chat.answers["documents"] and chat.step == "doc_order"
    assert f'Was your "{typed}" about the answer above' in chat.text
    chat.say("yes")  # asked which: now it answers the open question
    assert chat.answers["documents"]["order"] == "have"
    assert chat.step == "doc_medical_records"


def test_a_yes_after_a_question_about_the_spec_sheet_is_not_the_order(engine: Engine) -> None:
    chat = Chat(engine, key="terminal:biller48")
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="doc_order")
    chat.say("is the spec sheet the same as the brochure?")
    chat.say("yes")
    assert "order" not in chat.answers["documents"] and "about the answer above" in chat.text


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


def test_a_yes_with_a_remark_at_the_expected_denial_question_is_taken(engine: Engine) -> None:
    chat = asked_mid_intake(engine, "expect_medicare_denial")
    chat.say("yes medicare never covers shower chairs, she wants the denial for her secondary")
    assert chat.answers.get("expect_medicare_denial") == "yes"
    assert 'I took your "yes medicare' in chat.text and "helpful" in chat.text
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
