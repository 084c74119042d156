"""Retention: old conversations are purged, abandoned intakes get exactly one reminder."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from sqlalchemy import update

from bot.housekeeping import housekeeping_pass, start_housekeeping
from bot.settings import Settings
from bot.store import SqlStore, conversations, utcnow
from bot.wiring import build_engine
from flows.engine import Engine
from tests.bot.conftest import Cli
from tests.bot.test_phi_paths import files_of
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until


def age(store: SqlStore, key: str, days: float) -> None:
    """Pretends the conversation was last touched `days` ago."""
    when = utcnow() - dt.timedelta(days=days)
    with store.engine.begin() as connection:
        connection.execute(
            update(conversations).where(conversations.c.key == key).values(updated_at=when)
        )


def sql(engine: Engine) -> SqlStore:
    """The engine's store, which the bot package's tests build on SQL."""
    assert isinstance(engine.store, SqlStore)
    return engine.store


class RecordingClient:
    """Stands in for slack_sdk's WebClient: keeps what would have been posted."""

    def __init__(self) -> None:
        self.posted: list[dict] = []
        self.arrived = threading.Event()

    def chat_postMessage(self, **message: object) -> None:  # noqa: N802 - slack_sdk's name
        self.posted.append(message)
        self.arrived.set()


def test_purge_deletes_only_conversations_past_retention(engine: Engine) -> None:
    for key in ("old-done", "old-abandoned", "recent"):
        Chat(engine, key=key).say("intake")
    Chat(engine, key="old-done").say("cancel")
    age(sql(engine), "old-done", 31)
    age(sql(engine), "old-abandoned", 45)
    age(sql(engine), "recent", 3)
    assert sql(engine).purge(30) == 2
    assert sql(engine).load("recent") is not None and sql(engine).load("old-done") is None


def test_an_idle_intake_is_reminded_once_in_its_slack_thread(engine: Engine) -> None:
    Chat(engine, key="slack:T1:C9:123.4").say("intake")
    Chat(engine, key="terminal:bob").say("intake")
    client: Any = RecordingClient()  # stands in for slack_sdk's WebClient
    settings = Settings(E1399_REMINDER_HOURS=24, E1399_RETENTION_DAYS=30)
    soon, next_day = utcnow() + dt.timedelta(hours=23), utcnow() + dt.timedelta(hours=25)
    assert housekeeping_pass(sql(engine), settings, engine.messages, client, now=soon) == (0, 0)
    assert housekeeping_pass(sql(engine), settings, engine.messages, client, now=next_day) == (
        0,
        1,
    )
    assert client.posted[0]["channel"] == "C9" and client.posted[0]["thread_ts"] == "123.4"
    assert "payer type" in client.posted[0]["text"]
    later = next_day + dt.timedelta(hours=25)
    assert housekeeping_pass(sql(engine), settings, engine.messages, client, now=later) == (0, 0)


def test_the_server_housekeeping_thread_sends_the_reminder_when_it_is_due(engine: Engine) -> None:
    Chat(engine, key="slack:T1:D7").say("intake")
    client: Any = RecordingClient()  # stands in for slack_sdk's WebClient
    settings = Settings(E1399_REMINDER_HOURS=24, E1399_HOUSEKEEPING_SECONDS=0.01)
    tomorrow = utcnow() + dt.timedelta(days=1, hours=1)
    stop = start_housekeeping(sql(engine), settings, engine.messages, client, lambda: tomorrow)
    try:
        assert client.arrived.wait(timeout=120), "no reminder was sent"  # at once when it works
    finally:
        stop.set()
    assert client.posted[0]["channel"] == "D7" and "intake waiting" in client.posted[0]["text"]


def test_two_servers_send_one_reminder(engine: Engine, database_url: str) -> None:
    Chat(engine, key="slack:T1:C9:555.1").say("intake")
    age(sql(engine), "slack:T1:C9:555.1", 2)
    other = SqlStore.from_url(database_url)  # a second instance on the same database
    settings = Settings(E1399_REMINDER_HOURS=24, E1399_RETENTION_DAYS=30)
    due_here, due_there = sql(engine).due_reminders(24), other.due_reminders(24)
    assert [c.key for c in due_here] == [c.key for c in due_there]  # both see it due
    client: Any = RecordingClient()  # stands in for slack_sdk's WebClient
    housekeeping_pass(sql(engine), settings, engine.messages, client)
    housekeeping_pass(other, settings, engine.messages, client)
    assert len(client.posted) == 1


def test_purge_command_reports_what_it_deleted(
    engine: Engine, database_url: str, cli: Cli, monkeypatch
) -> None:
    Chat(engine, key="very-old").say("intake")
    age(sql(engine), "very-old", 400)
    monkeypatch.setenv("DATABASE_URL", database_url)
    result = cli("purge", "--days", "365")
    assert result.returncode == 0 and "Deleted 1 conversation(s)" in result.stdout


def test_purge_deletes_exported_outcomes_past_retention_and_keeps_newer_files(
    database_url: str, cli: Cli, monkeypatch, tmp_path
) -> None:
    """An exported outcome holds the claim's details: the retention period reaches it too."""
    import os
    import time

    exports = tmp_path / "exports"
    exports.mkdir()
    old, new = exports / "e1399-outcome-20250101-090000.md", exports / "e1399-outcome-new.md"
    notes = exports / "my-own-notes.md"  # not the bot's: never touched
    for path in (old, new, notes):
        path.write_text("claim details")
    month_ago = time.time() - 31 * 86_400
    for path in (old, notes):
        os.utime(path, (month_ago, month_ago))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("E1399_EXPORT_DIR", str(exports))
    result = cli("purge", "--days", "30")
    assert result.returncode == 0 and "Deleted 1 exported outcome file(s)" in result.stdout
    assert not old.exists() and new.exists() and notes.exists()


def test_purge_refuses_a_negative_or_absurd_days_value_and_deletes_nothing(
    engine: Engine, database_url: str, cli: Cli, monkeypatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    Chat(engine, key="open-intake").say("intake")
    for bad in ("-1", "0", "abc", "99999999", "2.5", " "):
        result = cli("purge", "--days", bad)
        assert result.returncode == 2 and result.stderr.count("\n") == 1, bad
        assert "--days must be a whole number of days from 1 to 3650" in result.stderr
    assert sql(engine).load("open-intake") is not None


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


def test_purge_drops_finished_intakes_past_retention_from_a_conversation_still_in_use(
    database_url: str, content: Any
) -> None:
    today = [dt.date(2026, 3, 20)]
    engine = build_engine(Settings(DATABASE_URL=database_url), today=lambda: today[0],
                          content=content)  # fmt: skip
    chat = Chat(engine)
    for maker, finished in (("Quillfeather Mobility", dt.date(2026, 3, 20)),
                            ("Zanzibar Medical", dt.date(2026, 6, 1))):  # fmt: skip
        today[0] = finished
        chat.say("intake")
        answer_until(chat, dict(MEDICARE_ANSWERS, manufacturer=maker))
        chat.say("confirm")
    assert b"Quillfeather" in files_of(database_url)
    assert sql(engine).purge(30, now=dt.datetime(2026, 6, 2)) == 0  # the conversation stays
    assert b"Quillfeather" not in files_of(database_url)  # finished 74 days before
    assert b"Zanzibar" in files_of(database_url)
    chat.say("history")
    assert "finished 03/20/2026" not in chat.text and "finished 06/01/2026" in chat.text
