"""Conversation state in SQL (SQLite by default, PostgreSQL by URL) with optimistic versioning."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    and_,
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
from sqlalchemy.exc import IntegrityError

from flows.intake import FINISHED_STATES
from flows.ports import StaleWrite, StoredConversation

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
# Slack payloads already handled (event ids, clicks, commands): Slack redelivers what it thinks
# was not acknowledged, and two instances may both receive it.
processed_events = Table(
    "processed_events",
    metadata,
    Column("event_key", String(200), primary_key=True),
    Column("seen_at", DateTime, nullable=False, index=True),
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


def utcnow() -> dt.datetime:
    """Now in UTC without a zone, as the timestamp columns hold it."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def make_sql_engine(database_url: str) -> SqlEngine:
    """Creates the SQLAlchemy engine; SQLite gets WAL and a busy timeout for concurrent turns."""
    if database_url.startswith("sqlite:///"):
        Path(database_url.removeprefix("sqlite:///")).expanduser().parent.mkdir(
            parents=True, exist_ok=True
        )
    engine = create_engine(database_url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection: Any, _record: Any) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA secure_delete=ON")  # deleted and overwritten text is zeroed
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    metadata.create_all(engine)
    _add_missing_columns(engine)
    return engine


def _add_missing_columns(engine: SqlEngine) -> None:
    """Brings a database made by an earlier version up to date (columns are only ever added)."""
    existing = {column["name"] for column in inspect(engine).get_columns("conversations")}
    with engine.begin() as connection:
        for column in conversations.columns:
            if column.name not in existing:
                kind = column.type.compile(dialect=engine.dialect)
                connection.execute(
                    text(f"ALTER TABLE conversations ADD COLUMN {column.name} {kind}")
                )


class SqlStore:
    """Loads and saves conversations; a save against a stale version raises StaleWrite."""

    def __init__(self, engine: SqlEngine) -> None:
        self.engine = engine

    @classmethod
    def from_url(cls, database_url: str) -> SqlStore:
        return cls(make_sql_engine(database_url))

    def load(self, key: str) -> StoredConversation | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(conversations).where(conversations.c.key == key)
            ).first()
        return _to_stored(row) if row else None

    def save(self, conversation: StoredConversation) -> int:
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
        with self.engine.begin() as connection:
            if conversation.version == 0:
                try:
                    connection.execute(
                        insert(conversations).values(
                            key=conversation.key,
                            created_at=now,
                            **values,
                        )
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
        if not any((conversation.data.get("answers") or {}).values()):
            self.wipe_old_copies()  # a cancel or a restart: what was typed must be gone
        return new_version

    def open_intakes(self, user_id: str) -> list[StoredConversation]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(conversations)
                .where(conversations.c.user_id == user_id)
                .where(conversations.c.state.not_in(FINISHED_STATES))
                .order_by(conversations.c.updated_at.desc())
            ).all()
        return [_to_stored(row) for row in rows]

    def first_time(self, event_key: str) -> bool:
        """Records a Slack payload as handled; False when it was handled before (a redelivery)."""
        try:
            with self.engine.begin() as connection:
                connection.execute(
                    insert(processed_events).values(event_key=event_key[:200], seen_at=utcnow())
                )
        except IntegrityError:
            return False
        return True

    @property
    def team(self) -> SqlTeamStore:
        """The team knowledge base's tables, on the same database."""
        from bot.kb_store import SqlTeamStore

        return SqlTeamStore(self.engine)

    def purge(self, retention_days: int, now: dt.datetime | None = None) -> int:
        """Deletes finished, cancelled and abandoned conversations and the questions asked (the
        team knowledge base's unanswered ones too) not touched for `retention_days`, and
        handled-event ids older than a day. Returns conversations deleted."""
        now = now or utcnow()
        with self.engine.begin() as connection:
            deleted = connection.execute(
                delete(conversations).where(
                    conversations.c.updated_at < now - dt.timedelta(days=retention_days)
                )
            ).rowcount
            connection.execute(
                delete(kb_questions).where(
                    kb_questions.c.asked_at < now - dt.timedelta(days=retention_days)
                )
            )
            connection.execute(
                delete(processed_events).where(
                    processed_events.c.seen_at < now - dt.timedelta(days=1)
                )
            )
        self.wipe_old_copies()
        return deleted or 0

    def wipe_old_copies(self) -> None:
        """SQLite keeps earlier versions of changed pages in its write-ahead log until a
        checkpoint; checkpointing and truncating it (secure_delete zeroes the freed space in the
        database file) leaves cancelled or purged text in none of the files."""
        if self.engine.dialect.name != "sqlite":
            return  # PostgreSQL: dead row versions go at (auto)vacuum, see docs/phi.md
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

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
        return [_to_stored(row) for row in rows]

    def mark_reminded(self, key: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(conversations).where(conversations.c.key == key).values(reminded_at=utcnow())
            )


def _to_stored(row: Any) -> StoredConversation:
    return StoredConversation(
        key=row.key,
        user_id=row.user_id,
        state=row.state,
        data=row.data,
        version=row.version,
        updated_at=row.updated_at,
    )
