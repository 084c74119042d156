"""Clears what a user typed out of the database files after a transaction that dropped it (a
cancel, a restart, a purge), and keeps trying until done when the database is busy."""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import threading
import time
import weakref
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine as SqlEngine

log = logging.getLogger("e1399.store")

# Set on a connection whose transaction dropped typed text; the wipe runs when it is checked in.
WIPE_AFTER_COMMIT = "wipe_after_commit"
# Every table a user's typed text can reach (a conversation's answers, a Slack payload and the
# replies that echo it, a question asked).
TYPED_TEXT_TABLES = ("conversations", "slack_jobs", "kb_questions", "kb_groups", "kb_phrasings")
# Seconds the wipe after a drop waits for the tables (PostgreSQL's locks, SQLite's readers and
# writers of the log), and a retry at another connection's check-in (a turn that dropped nothing
# should hardly wait for someone else's wipe).
LOCK_WAIT = 2.0
RETRY_LOCK_WAIT = 0.2
# PostgreSQL's report of a table rewritten with dropped rows still in it (in English, the
# server's default; in another language the rewrite counts as complete).
KEPT_ROWS = re.compile(r"(\d+) dead row versions cannot be removed yet")
# A retry at check-in comes a second after a failed try, then twice as long after each failure
# (at most a minute), so a table busy for long is not fought over at every turn.
RETRY_SECONDS, MAX_RETRY_SECONDS = 1.0, 60.0
_wipes_of: weakref.WeakKeyDictionary[SqlEngine, OwedWipe] = weakref.WeakKeyDictionary()


def rewrite_typed_text_tables(dbapi_connection: Any, lock_wait: float = LOCK_WAIT) -> bool:
    """VACUUM (FULL) of TYPED_TEXT_TABLES on a PostgreSQL connection, outside any transaction:
    each table is copied into new files and the old ones, with the old row versions, dropped.
    It waits at most `lock_wait` seconds for each table's lock. False when it could not finish,
    or when it had to copy dropped rows along (a statement running elsewhere could still see
    them, as PostgreSQL's report of the rewrite says)."""
    kept: list[int] = []

    def count_kept(notice: Any) -> None:
        if found := KEPT_ROWS.match(notice.message_detail or ""):
            kept.append(int(found[1]))

    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    dbapi_connection.add_notice_handler(count_kept)
    try:
        with dbapi_connection.cursor() as cursor:
            try:
                cursor.execute(f"SET lock_timeout = {round(lock_wait * 1000)}")
                cursor.execute(f"VACUUM (FULL, VERBOSE) {', '.join(TYPED_TEXT_TABLES)}")
            finally:
                cursor.execute("RESET lock_timeout")
    except Exception as error:  # busy (lock timeout), read-only, gone: never a turn's failure
        log.warning("tables not rewritten yet after a cancel or purge (%s); retried at the next "
                    "use of the database", type(error).__name__)  # fmt: skip
        return False
    finally:
        with contextlib.suppress(Exception):
            dbapi_connection.remove_notice_handler(count_kept)
            dbapi_connection.autocommit = autocommit
    if any(kept):
        log.info("dropped rows still visible elsewhere were kept by the rewrite; retried later")
    return not any(kept)


def truncate_sqlite_log(dbapi_connection: Any, lock_wait: float = LOCK_WAIT) -> bool:
    """Checkpoints SQLite's write-ahead log into the database file (whose freed space
    secure_delete has zeroed) and truncates it, waiting at most `lock_wait` seconds for other
    connections' reads and writes; False when one kept it."""
    try:
        (busy_timeout,) = dbapi_connection.execute("PRAGMA busy_timeout").fetchone()
        dbapi_connection.execute(f"PRAGMA busy_timeout={min(busy_timeout, lock_wait * 1000):.0f}")
        try:
            row = dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            dbapi_connection.execute(f"PRAGMA busy_timeout={busy_timeout}")
    except sqlite3.Error:  # read-only or busy
        return False
    return row is None or row[0] == 0  # its first column says the checkpoint was blocked


class OwedWipe:
    """The wipe an engine owes: owed by a transaction that dropped typed text, paid by a wipe
    that started after it and finished. One that could not finish (a table busy for longer than
    the wait) stays owed and is retried at a later check-in of any of the engine's connections
    (every turn, the Slack worker's polls, the housekeeping pass), until one finishes."""

    def __init__(self, wipe: Any) -> None:
        self._wipe = wipe
        self._owed = False
        self._running = threading.Lock()
        self._next_retry = 0.0
        self._failures = 0

    @property
    def owed(self) -> bool:
        return self._owed

    def checked_in(self, dbapi_connection: Any, dropped: bool) -> None:
        """At a connection's check-in: the wipe its transaction owes (`dropped`), waiting for
        one already running, or a retry of one owed before, unless another thread is on it."""
        busy_lately = time.monotonic() < self._next_retry
        if dropped:
            self._owed = True
        elif not self._owed or busy_lately:
            return
        if not self._running.acquire(blocking=dropped):
            return  # the thread running one will not cover this drop: it stays owed
        try:
            # Cleared before the wipe starts: a drop committed meanwhile owes another one.
            self._owed = False
            # A drop's own wipe waits longer, unless the last try has just found the tables busy.
            wait = LOCK_WAIT if dropped and not busy_lately else RETRY_LOCK_WAIT
            if self._wipe(dbapi_connection, wait):
                self._failures = 0
            else:  # retried after 1, 2, 4... seconds: a long-held lock is not fought for
                self._owed = True
                pause = min(RETRY_SECONDS * 2**self._failures, MAX_RETRY_SECONDS)
                self._next_retry = time.monotonic() + pause
                self._failures += 1
        finally:
            self._running.release()


def watch_for_drops(engine: SqlEngine) -> None:
    """Wipes after each transaction that dropped typed text, at its connection's check-in."""
    wipe = {"sqlite": truncate_sqlite_log, "postgresql": rewrite_typed_text_tables}.get(
        engine.dialect.name
    )
    if wipe is None:
        return
    owed = _wipes_of[engine] = OwedWipe(wipe)

    @event.listens_for(engine, "checkin")
    def _wipe_at_checkin(connection: Any, record: Any) -> None:
        dropped = bool(record.info.pop(WIPE_AFTER_COMMIT, False))
        if connection is not None:
            owed.checked_in(connection, dropped)


def owed_wipe(engine: SqlEngine) -> OwedWipe | None:
    """The engine's wipe bookkeeping (None for a database that needs none)."""
    return _wipes_of.get(engine)
