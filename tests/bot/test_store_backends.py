"""The same store code on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid

import pytest
from sqlalchemy import delete

from bot.settings import Settings
from bot.slack.inbox import Inbox
from bot.store import SqlStore, make_sql_engine, slack_jobs
from bot.wiring import build_engine
from flows.ports import StaleWrite, StoredConversation
from tests.conftest import MEDICARE_ANSWERS, TODAY, Chat, answer_until, loaded


def test_versioned_writes_refuse_stale_updates(url: str) -> None:
    store = SqlStore.from_url(url)
    key = f"k-{uuid.uuid4()}"
    store.save(StoredConversation(key=key, user_id="U1", state="idle", data={"n": 1}, version=0))
    mine, theirs = loaded(store, key), loaded(store, key)
    theirs.data = {"n": 2}
    store.save(theirs)
    mine.data = {"n": 3}
    with pytest.raises(StaleWrite):
        store.save(mine)
    with pytest.raises(StaleWrite):
        store.save(StoredConversation(key=key, user_id="U2", state="idle", data={}, version=0))
    assert loaded(store, key).data == {"n": 2}


def test_redelivered_payloads_are_recognised(url: str) -> None:
    inbox = Inbox(SqlStore.from_url(url).engine, lease_seconds=30)
    event = f"event:{uuid.uuid4()}"
    assert inbox.record(event, "direct_message", "slack:T:D1", "1.0", {}) is True
    assert inbox.record(event, "direct_message", "slack:T:D1", "1.0", {}) is False
    with inbox.engine.begin() as connection:  # a pending job would be the next test's to claim
        connection.execute(delete(slack_jobs).where(slack_jobs.c.delivery_key == event))


def test_a_whole_intake_survives_a_new_engine(url: str, content) -> None:
    first = build_engine(Settings(DATABASE_URL=url), today=lambda: TODAY, content=content)
    key = f"thread-{uuid.uuid4()}"
    chat = Chat(first, key=key)
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="quantity")
    second = build_engine(Settings(DATABASE_URL=url), today=lambda: TODAY, content=content)
    resumed = Chat(second, key=key)
    resumed.say("status")
    assert resumed.step == "quantity"
    assert resumed.answers["unit_price"] is None and resumed.answers["model"] == "TB-200"


def test_purge_and_reminders_work_on_both(url: str) -> None:
    store = SqlStore.from_url(url)
    key = f"old-{uuid.uuid4()}"
    store.save(
        StoredConversation(key=key, user_id="U1", state="asking_quantity", data={}, version=0)
    )
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=2)
    assert key in [c.key for c in store.due_reminders(24, now=later)]
    assert store.claim_reminder(loaded(store, key)) is True
    assert store.claim_reminder(loaded(store, key)) is False
    assert key not in [c.key for c in store.due_reminders(24, now=later)]
    assert store.purge(1, now=later) >= 1 and store.load(key) is None


def test_a_payload_arriving_while_a_worker_commits_is_still_recorded(url: str) -> None:
    store = SqlStore.from_url(url)
    inbox = Inbox(make_sql_engine(url, acknowledgements=True), lease_seconds=30)
    event, key = f"event:{uuid.uuid4()}", f"busy-{uuid.uuid4()}"
    writing = threading.Event()

    def worker_turn() -> None:
        """A worker's turn holding SQLite's write lock for a moment."""
        with store.engine.begin() as connection:
            store.write_in(connection, StoredConversation(key=key, user_id="U1", state="idle",
                                                          data={}, version=0))  # fmt: skip
            writing.set()
            time.sleep(0.05)

    turn = threading.Thread(target=worker_turn)
    turn.start()
    writing.wait(5)
    assert inbox.record(event, "direct_message", "slack:T:D1", "1.0", {}) is True
    turn.join()
    assert loaded(store, key).version == 1
    with store.engine.begin() as connection:  # a pending job would be the next test's to claim
        connection.execute(delete(slack_jobs).where(slack_jobs.c.delivery_key == event))
