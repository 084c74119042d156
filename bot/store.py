"""Conversation state in SQL (SQLite by default, PostgreSQL by URL) with optimistic versioning."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine as SqlEngine
from sqlalchemy.exc import IntegrityError

from flows.engine import StaleWrite, StoredConversation

FINISHED_STATES = ("idle", "done", "advised_specific_code")

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
)


def _utcnow() -> dt.datetime:
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
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

    metadata.create_all(engine)
    return engine


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
        now = _utcnow()
        new_version = conversation.version + 1
        values = {
            "state": conversation.state,
            "data": conversation.data,
            "version": new_version,
            "updated_at": now,
        }
        with self.engine.begin() as connection:
            if conversation.version == 0:
                try:
                    connection.execute(
                        insert(conversations).values(
                            key=conversation.key,
                            user_id=conversation.user_id,
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


def _to_stored(row: Any) -> StoredConversation:
    return StoredConversation(
        key=row.key,
        user_id=row.user_id,
        state=row.state,
        data=row.data,
        version=row.version,
        updated_at=row.updated_at,
    )
