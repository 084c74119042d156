"""Whose intake it is, stale clicks, and patient identifiers: refused and never kept."""

from __future__ import annotations

import pytest

from flows.engine import Engine
from flows.memory_store import MemoryStore
from flows.models import Turn
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def test_another_user_cannot_answer_someones_intake(engine: Engine) -> None:
    owner = Chat(engine, key="slack:T:C1:111.1", user="UOWNER")
    owner.say("intake")
    stranger = Chat(engine, key="slack:T:C1:111.1", user="USTRANGER")
    replies = stranger.pick("medicare")
    assert replies[0].private and "belongs to someone else" in replies[0].text
    assert owner.answers["payer_type"] is None and owner.state == "asking_payer_type"
    stranger.say("what is the timely filing limit?")
    assert any("12 months" in r.text for r in stranger.last)  # questions are still answered
    assert owner.state == "asking_payer_type"


def test_a_finished_thread_can_be_reused_by_someone_else(engine: Engine) -> None:
    owner = Chat(engine, key="slack:T:C1:222.2", user="UOWNER")
    owner.say("intake")
    owner.say("cancel")
    owner.say("yes")
    other = Chat(engine, key="slack:T:C1:222.2", user="UOTHER")
    other.say("intake")
    other.say("commercial")
    assert other.answers["payer_type"] == "commercial"


def test_a_click_on_an_old_question_does_not_answer_the_current_one(chat: Chat) -> None:
    chat.say("intake")
    chat.say("medicare")
    turn = Turn(conversation_key=chat.key, user_id=chat.user, choice="commercial",
                for_step="payer_type")  # fmt: skip
    replies = chat.engine.handle(turn)
    assert "already answered" in replies[0].text
    assert chat.answers["payer_type"] == "medicare"
    assert chat.state == "asking_beneficiary_state"


@pytest.mark.parametrize(
    ("leak", "secret"),
    [("walker for 1EG4-TE5-MK73", "1EG4-TE5-MK73"), ("ssn 123-45-6789 walker", "123-45-6789"),
     ("DOB 03/14/1951 walker", "03/14/1951"), ("patient Mary Jonesworth walker", "Jonesworth"),
     ("call 555-201-3344 about the walker", "555-201-3344"),
     ("walker, mjonesworth@example.com", "mjonesworth"),
     ("walker for mrs. jonesworth", "jonesworth"), ("HICN 123456789A walker", "123456789A"),
     ("walker, member id W98765432", "W98765432")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_text_with_patient_identifiers_is_refused_and_not_kept(
    chat: Chat, leak: str, secret: str
) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="item_description")
    replies = chat.say(leak)
    assert replies[0].kind == "warning" and replies[0].private
    assert chat.step == "item_description" and chat.answers["item_description"] is None
    store = chat.engine.store
    assert isinstance(store, MemoryStore) and secret not in store.saved_text()


@pytest.mark.parametrize(
    "text",
    ["MR on file, ms walker", "we might miss the deadline",
     "member id goes in box 1a", "date of service 11/02/2026", "model BB-500, $1,234.50"],
)  # fmt: skip
def test_billing_talk_that_only_resembles_an_identifier_is_not_refused(
    chat: Chat, text: str
) -> None:
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="item_description")
    replies = chat.say(text)
    assert all(reply.kind != "warning" for reply in replies)
    assert chat.answers["item_description"]


def test_a_question_about_patient_names_on_documents_is_answered(chat: Chat) -> None:
    replies = chat.say("does the patient name go on the proof of delivery?")
    assert [reply.kind for reply in replies] == ["answer"]
