"""Retention: old conversations are purged, abandoned intakes get exactly one reminder."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

from sqlalchemy import update

from bot.housekeeping import housekeeping_pass
from bot.settings import Settings
from bot.store import SqlStore, conversations
from flows.engine import Engine
from tests.conftest import REPO, Chat


def age(store: SqlStore, key: str, days: float) -> None:
    """Pretends the conversation was last touched `days` ago."""
    when = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)
    with store.engine.begin() as connection:
        connection.execute(
            update(conversations).where(conversations.c.key == key).values(updated_at=when)
        )


class RecordingClient:
    def __init__(self) -> None:
        self.posted: list[dict] = []

    def chat_postMessage(self, **message: object) -> None:  # noqa: N802 - slack_sdk's name
        self.posted.append(message)


def test_purge_deletes_only_conversations_past_retention(engine: Engine) -> None:
    for key in ("old-done", "old-abandoned", "recent"):
        Chat(engine, key=key).say("intake")
    Chat(engine, key="old-done").say("cancel")
    age(engine.store, "old-done", 31)
    age(engine.store, "old-abandoned", 45)
    age(engine.store, "recent", 3)
    assert engine.store.purge(30) == 2
    assert engine.store.load("recent") is not None and engine.store.load("old-done") is None


def test_an_idle_intake_is_reminded_once_in_its_slack_thread(engine: Engine) -> None:
    Chat(engine, key="slack:T1:C9:123.4").say("intake")
    Chat(engine, key="terminal:bob").say("intake")
    for key in ("slack:T1:C9:123.4", "terminal:bob"):
        age(engine.store, key, 2)
    client = RecordingClient()
    settings = Settings(E1399_REMINDER_HOURS=24, E1399_RETENTION_DAYS=30)
    assert housekeeping_pass(engine.store, settings, engine.messages, client) == (0, 1)
    assert client.posted[0]["channel"] == "C9" and client.posted[0]["thread_ts"] == "123.4"
    assert "payer type" in client.posted[0]["text"]
    assert housekeeping_pass(engine.store, settings, engine.messages, client) == (0, 0)


def test_two_servers_send_one_reminder(engine: Engine, database_url: str) -> None:
    Chat(engine, key="slack:T1:C9:555.1").say("intake")
    age(engine.store, "slack:T1:C9:555.1", 2)
    other = SqlStore.from_url(database_url)  # a second instance on the same database
    settings = Settings(E1399_REMINDER_HOURS=24, E1399_RETENTION_DAYS=30)
    due_here, due_there = engine.store.due_reminders(24), other.due_reminders(24)
    assert [c.key for c in due_here] == [c.key for c in due_there]  # both see it due
    client = RecordingClient()
    housekeeping_pass(engine.store, settings, engine.messages, client)
    housekeeping_pass(other, settings, engine.messages, client)
    assert len(client.posted) == 1


def test_purge_command_reports_what_it_deleted(engine: Engine, database_url: str) -> None:
    Chat(engine, key="very-old").say("intake")
    age(engine.store, "very-old", 400)
    result = purge(database_url, "365")
    assert result.returncode == 0 and "Deleted 1 conversation(s)" in result.stdout


def purge(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "purge", "--days", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env={**os.environ, "DATABASE_URL": database_url},
    )


def test_purge_refuses_a_negative_or_absurd_days_value_and_deletes_nothing(
    engine: Engine, database_url: str, monkeypatch, capsys
) -> None:
    from bot.cli import main

    monkeypatch.setenv("DATABASE_URL", database_url)
    Chat(engine, key="open-intake").say("intake")
    for bad in ("0", "abc", "99999999", "2.5", " "):
        assert main(["purge", "--days", bad]) == 1
        assert capsys.readouterr().err.count("\n") == 1
    result = purge(database_url, "-1")  # one real process: one line, no traceback
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "--days must be a whole number of days from 1 to 3650" in result.stderr
    assert engine.store.load("open-intake") is not None


def test_failure_logs_name_the_error_but_never_quote_its_message(caplog) -> None:
    import logging

    from bot.settings import log_failure

    logger = logging.getLogger("e1399.test")
    user_text = "patient Mary " + "Jonesworth 1EG4-TE5-MK73"  # what a validation error may quote
    try:
        raise ValueError(f"input_value={user_text!r}")
    except ValueError:
        log_failure(logger, "turn failed", ref="abc123", conversation="slack:T:D1")
    logged = caplog.text
    assert "ValueError" in logged and "ref=abc123" in logged and "slack:T:D1" in logged
    assert "Jonesworth" not in logged and "1EG4" not in logged
