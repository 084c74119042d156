"""A cancelled intake takes the questions asked during it along: off the team's unanswered list,
out of the database files, never posted to the experts channel. Questions asked before the
intake stay, and so does one a teammate has already written an answer to."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from bot.settings import Settings
from bot.slack.app import web_client
from bot.slack.handlers import Jobs
from bot.slack.inbox import Inbox
from bot.slack.kb import team_of
from bot.slack.workers import Worker
from bot.store import SqlStore
from bot.wiring import build_engine
from flows.all_content import Content
from flows.engine import Engine
from flows.models import Turn
from flows.team_kb import TeamLoop, read_form
from tests.bot.test_phi_paths import database_files
from tests.bot.test_workers import dm_key, posts_to, say, user
from tests.conftest import MEDICARE_ANSWERS, TODAY, Chat, answer_until
from tests.e2e.slack_fakes import FakeSlack, text_of

EXPERTS = "CEXPERTS"
FORM: dict[str, object] = {
    "title": "Hospice patients and DME",
    "short": "Hospice covers equipment related to the terminal illness: bill the hospice.",
    "sources": ["https://www.cms.gov/medicare/payment/fee-for-service-providers/hospice"],
}


def questions(marker: str) -> tuple[str, str]:
    """A declined question asked before the intake and one asked during it, each traceable, on
    topics no other test's team entry answers (those share the PostgreSQL database)."""
    return (
        f"which cushion vendor ships fastest to clinic qv{marker}?",
        f"how long does vendor zq{marker} take to restock the gel cushions?",
    )


def loop_of(engine: Engine) -> TeamLoop:
    assert engine.team is not None
    return engine.team.loop


def unanswered_with(engine: Engine, marker: str) -> list[str]:
    """What `kb unanswered` lists that holds `marker`."""
    return [g.question for g in loop_of(engine).unanswered(limit=10_000) if marker in g.question]


def cancel(chat: Chat) -> None:
    chat.say("cancel")
    if "?" in chat.text:  # asked first when answers would be lost
        chat.say("yes")
    assert "Intake cancelled" in chat.text


def test_cancel_deletes_the_questions_asked_during_the_intake_on_either_database(
    url: str, content: Content
) -> None:
    marker = uuid.uuid4().hex[:12]
    before, during = questions(marker)
    engine = build_engine(Settings(DATABASE_URL=url), today=lambda: TODAY, content=content)
    chat = Chat(engine, key=f"test:{uuid.uuid4()}")
    chat.say(before)
    assert "passed your question to the team" in chat.text
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="quantity")
    chat.say(during)
    assert "passed your question to the team" in chat.text
    assert len(unanswered_with(engine, marker)) == 2
    assert f"zq{marker}".encode() in database_files(url)  # kept while the intake is open
    cancel(chat)
    assert "questions you asked during it are deleted" in chat.text
    assert "teammate" not in chat.text  # nothing was kept for a teammate's answer
    assert unanswered_with(engine, marker) == [before]
    files = database_files(url)
    assert f"zq{marker}".encode() not in files
    assert f"qv{marker}".encode() in files


def test_a_restarted_intake_cancelled_later_loses_the_questions_from_its_first_start(
    database_url: str, content: Content
) -> None:
    marker = uuid.uuid4().hex[:12]
    before, during = questions(marker)
    engine = build_engine(Settings(DATABASE_URL=database_url), today=lambda: TODAY,
                          content=content)  # fmt: skip
    chat = Chat(engine)
    chat.say(before)
    chat.say("intake")
    chat.say(during)
    answer_until(chat, MEDICARE_ANSWERS, stop_at="quantity")
    chat.say("restart")
    chat.say("yes")
    cancel(chat)
    assert unanswered_with(engine, marker) == [before]
    assert f"zq{marker}".encode() not in database_files(database_url)


def test_a_question_a_teammate_already_answered_stays_after_cancel(
    database_url: str, content: Content
) -> None:
    marker = uuid.uuid4().hex[:12]
    _before, during = questions(marker)
    engine = build_engine(Settings(DATABASE_URL=database_url), today=lambda: TODAY,
                          content=content)  # fmt: skip
    chat = Chat(engine)
    chat.say("intake")
    chat.say(during)
    loop = loop_of(engine)
    group = next(g for g in loop.unanswered() if marker in g.question)
    loop.draft(group.id, read_form(FORM), "UEXPERT")
    also = f"which forms does the zx{marker} payer want for a repair?"
    chat.say(also)
    assert "passed your question to the team" in chat.text
    cancel(chat)
    assert "One question you asked during it stays: a teammate has already answered" in chat.text
    kept = [q.question for q in loop.store.group_questions(group.id)]
    assert kept == [during]  # the team's draft rests on it
    assert unanswered_with(engine, f"zx{marker}") == []


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeSlack]:
    slack = FakeSlack()
    yield slack
    slack.close()


def test_in_slack_a_cancelled_intakes_question_waiting_for_the_experts_is_never_posted(
    fake: FakeSlack, content: Content, database_url: str
) -> None:
    settings = Settings(DATABASE_URL=database_url, SLACK_BOT_TOKEN="xoxb-test",
                        SLACK_API_URL=fake.url, SLACK_API_TIMEOUT=1)  # fmt: skip
    engine = build_engine(settings, today=lambda: TODAY, content=content)
    assert isinstance(engine.store, SqlStore)
    jobs = Jobs(engine, web_client(settings), experts_channel=EXPERTS)
    worker = Worker(jobs, Inbox(engine.store.engine, 30, owner=uuid.uuid4().hex), 1)
    marker = uuid.uuid4().hex[:12]
    _before, during = questions(marker)
    biller = user()
    fake.channel_errors[EXPERTS] = "not_in_channel"  # the bot is not in the channel yet
    say(worker, biller, "intake")
    say(worker, biller, during)
    assert "passed your question" in text_of(posts_to(fake, f"D{biller}")[-1])
    assert team_of(jobs).store.unposted_groups()  # waiting for the channel
    say(worker, biller, "cancel")
    stored = worker.store.load(dm_key(biller))
    assert stored is not None and stored.state == "idle"
    del fake.channel_errors[EXPERTS]  # the bot is invited: waiting posts go out
    team_of(jobs)._channel_retry_at = 0.0
    later = f"which forms does the zx{marker} payer want for a repair?"
    say(worker, biller, later)
    posted = [text_of(p) for p in posts_to(fake, EXPERTS)]
    assert any(f"zx{marker}" in text for text in posted)
    assert not any(f"zq{marker}" in text for text in posted)


def test_a_cancel_sent_while_a_question_is_being_recorded_still_deletes_it(
    url: str, content: Content
) -> None:
    """Two clicks at once: the question asked during the intake is being written to the team
    knowledge base when the cancel of the same conversation arrives on another thread."""
    marker = uuid.uuid4().hex[:12]
    _before, during = questions(marker)
    engine = build_engine(Settings(DATABASE_URL=url), today=lambda: TODAY, content=content)
    chat = Chat(engine, key=f"test:{uuid.uuid4()}")
    chat.say("intake")
    loop = loop_of(engine)
    record_question = loop.store.record_question
    cancels: list[threading.Thread] = []

    def recording(*args: Any, **kwargs: Any) -> int:
        # The cancel turn starts now, on its own thread. Left free to run, it runs to the end
        # before the question is written; made to wait for the question, it is joined below.
        cancel = threading.Thread(target=lambda: cancel_of(engine, chat.key))
        cancel.start()
        cancels.append(cancel)
        if not engine._lock_for(chat.key).locked():  # nothing holds the cancel back
            cancel.join()
        return record_question(*args, **kwargs)

    loop.store.record_question = recording  # type: ignore[method-assign]
    chat.say(during)
    loop.store.record_question = record_question  # type: ignore[method-assign]
    for cancel in cancels:
        cancel.join()
    assert cancels, "the question was recorded"
    assert unanswered_with(engine, marker) == []
    assert f"zq{marker}".encode() not in database_files(url)


def cancel_of(engine: Engine, key: str) -> None:
    replies = engine.handle(Turn(conversation_key=key, user_id="U_BILLER", text="cancel"))
    assert any("Intake cancelled" in (r.text or "") for r in replies)
