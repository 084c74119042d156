"""A cancel while another connection is reading the database: the cancelled text cannot be
cleared out of the files at once, so the store keeps trying, and the text is gone from the files
soon after that reader finishes, without anyone purging."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import bot.wipe
from bot.settings import Settings
from bot.store import SqlStore
from bot.wipe import owed_wipe
from bot.wiring import build_engine
from flows.all_content import Content
from tests.bot.test_cancel_forgets_questions import cancel, questions
from tests.bot.test_phi_paths import database_files
from tests.conftest import MEDICARE_ANSWERS, TODAY, Chat, answer_until


@pytest.fixture(autouse=True)
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wipe's waits shortened (2 s for the tables, a retry 1 s after a failed try): these
    tests check that the wipe waits, fails while the reader holds on and is retried once it is
    done, not how long each wait is."""
    monkeypatch.setattr(bot.wipe, "LOCK_WAIT", 0.2)
    monkeypatch.setattr(bot.wipe, "RETRY_SECONDS", 0.1)


@contextmanager
def reader_in_a_transaction(url: str) -> Iterator[None]:
    """Another connection (a report, a slow turn) reading the questions table in an open
    transaction: PostgreSQL cannot rewrite the table, SQLite cannot truncate its log."""
    if url.startswith("sqlite"):
        reader = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM kb_questions").fetchone()
        try:
            yield
        finally:
            reader.execute("COMMIT")
            reader.close()
        return
    with postgresql_reader(url, "SELECT count(*) FROM kb_questions"):
        yield


@contextmanager
def postgresql_reader(url: str, *statements: str) -> Iterator[None]:
    import psycopg

    with psycopg.connect(url.replace("+psycopg", "")) as connection:
        for statement in statements:  # the first opens a transaction
            connection.execute(statement)
        yield
        connection.commit()


def until(done: Callable[[], bool], use_the_database: Callable[[], object]) -> None:
    """Uses the database (what any turn or the Slack worker's poll does) until `done`."""
    deadline = time.monotonic() + 60
    while not done() and time.monotonic() < deadline:
        use_the_database()
        threading.Event().wait(0.05)


def cancelled_while(url: str, content: Content, reading: Any) -> None:
    """Cancels an intake holding a question while `reading`; its text is in the files until
    the reader is done, and gone soon after (any use of the database retries the clearing)."""
    marker = uuid.uuid4().hex[:12]
    _before, during = questions(marker)
    engine = build_engine(Settings(DATABASE_URL=url), today=lambda: TODAY, content=content)
    assert isinstance(engine.store, SqlStore)
    store = engine.store
    chat = Chat(engine, key=f"test:{uuid.uuid4()}")
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="quantity")
    chat.say(during)
    with reading:
        cancel(chat)  # answered, though the files could not be cleared yet
        assert f"zq{marker}".encode() in database_files(url)
    wipe = owed_wipe(store.engine)
    assert wipe is not None and wipe.owed
    until(lambda: not wipe.owed, lambda: store.open_intakes("U_SOMEONE_ELSE"))
    assert f"zq{marker}".encode() not in database_files(url)
    assert not store.open_intakes(chat.user)


def test_a_cancel_while_the_tables_are_busy_is_cleared_from_the_files_once_they_are_free(
    url: str, content: Content
) -> None:
    cancelled_while(url, content, reader_in_a_transaction(url))


def test_a_cancel_while_a_report_still_sees_the_old_rows_is_cleared_once_it_ends(
    postgres_url: str, content: Content
) -> None:
    """PostgreSQL copies a dropped row along when a transaction that began before the drop
    could still read it (here one reading another table, so no lock stands in the way)."""
    report = postgresql_reader(postgres_url, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ",
                               "SELECT count(*) FROM kb_entries")  # fmt: skip
    cancelled_while(postgres_url, content, report)
