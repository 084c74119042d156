"""Conversation state in SQL (SQLite by default, PostgreSQL by URL) with optimistic versioning."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from inspect import signature
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Engine as SqlEngine
from sqlalchemy.exc import DBAPIError, IntegrityError

from bot.wipe import WIPE_AFTER_COMMIT, watch_for_drops
from flows.clock import utcnow
from flows.history import without_older_than
from flows.intake import FINISHED_STATES
from flows.ports import StaleWrite, StoredConversation

log = logging.getLogger("e1399.store")
T = TypeVar("T")

WRITE_PROBE = "-write-probe-"


class StoreUnavailable(Exception):
    """The database cannot be written (read-only, full, unreachable); the message says why."""


def database_reason(error: DBAPIError) -> str:
    """The database's own one-line reason, without the SQL or its parameters."""
    return str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__


if TYPE_CHECKING:
    from bot.kb_store import SqlTeamStore

metadata = MetaData()
conversations = Table(
    "conversations",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("user_id", String(100), nullable=False, index=True),
    Column("state", String(60), nullable=False),
    Column("data", JSON, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False, index=True),
    Column("reminded_at", DateTime, nullable=True),
)
# The Slack inbox and outbox (bot/slack/inbox.py): one row per acknowledged payload, written
# before the acknowledgement. Its outbox (the Slack calls that answer it) is written in the same
# transaction as the conversation the turn changed, so a crash at any point resumes, never redoes.
slack_jobs = Table(
    "slack_jobs",
    metadata,
    Column("delivery_key", String(200), primary_key=True),  # the event id, click or command id
    Column("kind", String(30), nullable=False),
    Column("conversation", String(200), nullable=False),  # jobs run in order per key
    Column("slack_ts", String(40), nullable=False),  # Slack's message time: that order
    Column("payload", JSON, nullable=True),  # dropped once the job is done
    Column("received_at", DateTime, nullable=False, index=True),
    Column("status", String(10), nullable=False, index=True),  # pending | done | failed
    Column("tries", Integer, nullable=False),
    Column("not_before", DateTime, nullable=True),  # a Retry-After or a back-off
    Column("lease_owner", String(100), nullable=True),
    Column("lease_until", DateTime, nullable=True),
    Column("outbox", JSON, nullable=True),  # Slack calls still to make; null before the turn
    Column("sent", Integer, nullable=False),  # outbox calls made
    Column("in_flight", Integer, nullable=True),  # the outbox call whose outcome is unknown
    # A claim asks, for each pending job, whether an earlier one of its conversation is pending:
    # one index lookup, however long the queue (without it SQLite scans every pending job).
    Index("ix_slack_jobs_line", "conversation", "status", "slack_ts"),
)

# The team knowledge base (flows/team_kb.py, bot/kb_store.py). Question text is stored only after
# the PHI guard; questions are purged with the conversations.
kb_questions = Table(
    "kb_questions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("question", String(2000), nullable=False),
    Column("conversation_key", String(200), nullable=True, index=True),
    Column("user_id", String(100), nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("entry_id", String(100), nullable=True),
    Column("feedback", String(20), nullable=True),
    Column("group_id", Integer, nullable=True, index=True),
    Column("asked_at", DateTime, nullable=False, index=True),
    Column("notified_at", DateTime, nullable=True),
)
kb_groups = Table(
    "kb_groups",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("question", String(2000), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("posted_at", DateTime, nullable=True),
    Column("post_channel", String(100), nullable=True),
    Column("post_ts", String(50), nullable=True),
)
kb_entries = Table(
    "kb_entries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("group_id", Integer, nullable=True, index=True),
    Column("form", JSON, nullable=False),
    Column("phrasings", JSON, nullable=False),
    Column("author", String(100), nullable=False),
    Column("status", String(20), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("changed_at", DateTime, nullable=False),
    Column("reviewed_by", String(100), nullable=True),
    Column("reviewed_on", Date, nullable=True),
    Column("review_days", Integer, nullable=False),
    Column("reminded_on", Date, nullable=True),
    Column("version", Integer, nullable=False),
)
kb_phrasings = Table(
    "kb_phrasings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entry_id", String(100), nullable=False, index=True),
    Column("phrasing", String(2000), nullable=False),
    Column("learned_at", DateTime, nullable=False),
)


def from_row(model: Callable[..., T], row: Any, **fields: Any) -> T:
    """A model (pydantic or dataclass) from a table row: each field from the column of the same
    name, unless `fields` gives it."""
    columns = row._mapping
    names = signature(model).parameters
    return model(**{n: columns[n] for n in names if n in columns and n not in fields}, **fields)


def is_busy(error: DBAPIError) -> bool:
    """SQLite's "database is locked": another connection is writing (PostgreSQL locks rows, so
    an insert never gets this)."""
    return getattr(error.orig, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY


def _private_file(path: Path) -> None:
    """Creates the SQLite file readable by its owner only (its -wal and -shm files take the
    same permissions): it holds user ids and typed answers."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def make_sql_engine(database_url: str, *, acknowledgements: bool = False) -> SqlEngine:
    """Creates the SQLAlchemy engine; SQLite gets WAL and a busy timeout for concurrent turns.

    `acknowledgements`: the engine that records Slack payloads before they are acknowledged.
    On SQLite its connections never wait in SQLite's own busy handler, whose first sleep is a
    whole millisecond (the caller retries a locked insert every 0.1 ms: see is_busy), and never
    checkpoint the write-ahead log, which syncs the disk (the workers' connections do)."""
    if database_url.startswith("sqlite:///") and "uri=true" not in database_url:
        _private_file(Path(database_url.removeprefix("sqlite:///")).expanduser())
    engine = create_engine(database_url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection: Any, _record: Any) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={0 if acknowledgements else 10_000}")
            # Commits append to the log without syncing it (a checkpoint syncs): a committed
            # row survives the process being killed, not the machine losing power (docs/slack.md).
            cursor.execute("PRAGMA synchronous=NORMAL")
            if acknowledgements:
                cursor.execute("PRAGMA wal_autocheckpoint=0")
            cursor.execute("PRAGMA secure_delete=ON")  # deleted and overwritten text is zeroed
            cursor.close()

    watch_for_drops(engine)  # see bot/wipe.py
    if not acknowledgements:  # made after the store's own engine, which sets the tables up
        tables = set(inspect(engine).get_table_names())  # the ones there before this start
        metadata.create_all(engine, [t for t in metadata.sorted_tables if t.name not in tables])
        _add_missing_columns(engine, tables)
    return engine


def _add_missing_columns(engine: SqlEngine, tables: set[str]) -> None:
    """Brings the `tables` an earlier version made up to date (columns and indexes are only ever
    added); a table made just now has all of its own."""
    for index in slack_jobs.indexes if slack_jobs.name in tables else ():
        index.create(engine, checkfirst=True)
    if conversations.name not in tables:
        return
    existing = {column["name"] for column in inspect(engine).get_columns("conversations")}
    with engine.begin() as connection:
        for column in (c for c in conversations.columns if c.name not in existing):
            kind = column.type.compile(dialect=engine.dialect)
            connection.execute(text(f"ALTER TABLE conversations ADD COLUMN {column.name} {kind}"))


# Every turn loads its conversation: the statement is built once.
_LOAD = select(conversations).where(conversations.c.key == bindparam("key"))


class SqlStore:
    """Loads and saves conversations; a save against a stale version raises StaleWrite."""

    def __init__(self, engine: SqlEngine) -> None:
        self.engine = engine
        self._deferred = threading.local()

    @classmethod
    def from_url(cls, database_url: str) -> SqlStore:
        return cls(make_sql_engine(database_url))

    def load(self, key: str) -> StoredConversation | None:
        with self.engine.connect() as connection:
            row = connection.execute(_LOAD, {"key": key}).first()
        return from_row(StoredConversation, row) if row else None

    @contextmanager
    def deferred_saves(self) -> Iterator[list[StoredConversation]]:
        """Within this block (in this thread) saves are collected, not written, so the caller
        can write them with other rows in one transaction (write_in)."""
        collected: list[StoredConversation] = []
        self._deferred.collected = collected
        try:
            yield collected
        finally:
            self._deferred.collected = None

    def save(self, conversation: StoredConversation) -> int:
        collected = getattr(self._deferred, "collected", None)
        if collected is not None:
            collected.append(conversation)
            return conversation.version + 1
        with self.engine.begin() as connection:
            return self.write_in(connection, conversation)

    def write_in(self, connection: Any, conversation: StoredConversation) -> int:
        """Saves in the caller's transaction; raises StaleWrite against a stale version."""
        now = utcnow()
        new_version = conversation.version + 1
        values = {
            "state": conversation.state,
            "data": conversation.data,
            "version": new_version,
            "updated_at": now,
            "user_id": conversation.user_id,  # a finished conversation passes to its new owner
            "reminded_at": None,  # any activity earns a fresh reminder later
        }
        if not any((conversation.data.get("answers") or {}).values()):
            connection.info[WIPE_AFTER_COMMIT] = True  # a cancel or a restart: see bot/wipe.py
        if conversation.version == 0:
            try:
                with connection.begin_nested():  # a clash must not spoil the outer transaction
                    connection.execute(
                        insert(conversations).values(key=conversation.key, created_at=now, **values)
                    )
            except IntegrityError as error:
                raise StaleWrite(conversation.key) from error
        else:
            result = connection.execute(
                update(conversations)
                .where(conversations.c.key == conversation.key)
                .where(conversations.c.version == conversation.version)
                .values(**values)
            )
            if result.rowcount != 1:
                raise StaleWrite(conversation.key)
        return new_version

    def open_intakes(self, user_id: str) -> list[StoredConversation]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(conversations)
                .where(conversations.c.user_id == user_id)
                .where(conversations.c.state.not_in(FINISHED_STATES))
                .order_by(conversations.c.updated_at.desc())
            ).all()
        return [from_row(StoredConversation, row) for row in rows]

    def check_writable(self) -> None:
        """Raises StoreUnavailable when nothing can be written (read-only volume, full disk)."""
        try:
            with self.engine.begin() as connection:
                connection.execute(
                    insert(conversations).values(key=WRITE_PROBE, user_id="-", state="idle",
                        data={}, version=0, created_at=utcnow(), updated_at=utcnow())
                )  # fmt: skip
                connection.execute(delete(conversations).where(conversations.c.key == WRITE_PROBE))
        except DBAPIError as error:
            raise StoreUnavailable(database_reason(error)) from error

    @property
    def team(self) -> SqlTeamStore:
        """The team knowledge base's tables, on the same database."""
        from bot.kb_store import SqlTeamStore

        return SqlTeamStore(self.engine)

    def purge(self, retention_days: int, now: dt.datetime | None = None) -> int:
        """Deletes conversations, finished intakes and questions (with unanswered groups) older
        than `retention_days`, and Slack jobs finished over a day ago; returns conversations."""
        now = now or utcnow()
        cutoff = now - dt.timedelta(days=retention_days)
        with self.engine.begin() as connection:
            deleted = connection.execute(
                delete(conversations).where(conversations.c.updated_at < cutoff)
            ).rowcount
            _drop_old_history(connection, cutoff.date())
            connection.execute(delete(kb_questions).where(kb_questions.c.asked_at < cutoff))
            # A group's text is a user's question: it goes with the last question asked in it,
            # unless a team member has drafted an answer to it (they have read it).
            asked = select(kb_questions.c.group_id).where(kb_questions.c.group_id.is_not(None))
            drafted = select(kb_entries.c.group_id).where(kb_entries.c.group_id.is_not(None))
            connection.execute(
                delete(kb_groups)
                .where(kb_groups.c.created_at < cutoff)
                .where(kb_groups.c.id.not_in(asked))
                .where(kb_groups.c.id.not_in(drafted))
            )
            # A finished job's row stays a day: Slack redelivers within minutes, not days.
            connection.execute(
                delete(slack_jobs)
                .where(slack_jobs.c.status != "pending")
                .where(slack_jobs.c.received_at < now - dt.timedelta(days=1))
            )
            connection.info[WIPE_AFTER_COMMIT] = True
        return deleted or 0

    def due_reminders(
        self, idle_hours: float, now: dt.datetime | None = None
    ) -> list[StoredConversation]:
        """Open intakes idle longer than `idle_hours` that have not had their one reminder."""
        now = now or utcnow()
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(conversations).where(
                    and_(
                        conversations.c.state.not_in(FINISHED_STATES),
                        conversations.c.updated_at < now - dt.timedelta(hours=idle_hours),
                        conversations.c.reminded_at.is_(None),
                    )
                )
            ).all()
        return [from_row(StoredConversation, row) for row in rows]

    def claim_reminder(self, conversation: StoredConversation) -> bool:
        """Marks the intake reminded; False when another instance (or a new turn) got there
        first, so each idle intake gets one reminder however many servers run."""
        with self.engine.begin() as connection:
            result = connection.execute(
                update(conversations)
                .where(conversations.c.key == conversation.key)
                .where(conversations.c.version == conversation.version)
                .where(conversations.c.reminded_at.is_(None))
                .values(reminded_at=utcnow())
            )
        return result.rowcount == 1


def _drop_old_history(connection: Any, cutoff: dt.date) -> None:
    """Drops intakes finished before `cutoff` from conversations in use (a new version, so a
    turn saving meanwhile redoes its work on the pruned data)."""
    columns = conversations.c
    rows = connection.execute(select(columns.key, columns.data, columns.version)).all()
    for key, data, version in rows:
        if (pruned := without_older_than(data or {}, cutoff)) is not None:
            match = (columns.key == key) & (columns.version == version)  # as a turn's save
            connection.execute(
                update(conversations).where(match).values(data=pruned, version=version + 1)
            )
