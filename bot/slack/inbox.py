"""The Slack inbox and outbox: acknowledged payloads and the calls that answer them, in SQL.

A payload is recorded before Slack gets its acknowledgement. Any instance's worker may then
claim it, but only the oldest pending job of a conversation (by Slack's message time), so one
conversation's messages apply in order however many servers share the database. The turn's
outbox is written together with the conversation it changed; each call is marked in flight
before it is made and sent after, so after a crash nothing is redone and nothing is sent twice.
A claim is a lease: if its holder dies, the job is free again once the lease runs out.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Update, and_, bindparam, exists, insert, or_, select, update
from sqlalchemy.engine import Engine as SqlEngine
from sqlalchemy.exc import IntegrityError, OperationalError

from bot.store import is_busy, slack_jobs
from flows.clock import utcnow

# Built once and given its values at execution: SQLAlchemy then reuses the compiled statement,
# which costs a fraction of building `.values(...)` anew on every acknowledgement.
RECORD_JOB = insert(slack_jobs)
LOCK_RETRY_SECONDS = 0.0001  # an acknowledgement waiting for SQLite's write lock looks this often
# ...and gives up after this, well inside Slack's 3 s (then it answers without recording)
LOCK_WAIT_SECONDS = 2.0
INSTANCE = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"

# The statements every job runs, built once with their values as parameters: building a
# statement costs more CPU than SQLite takes to run it.
_JOBS = slack_jobs.c
_EARLIER = slack_jobs.alias()  # (Core's alias: importing the ORM for it cost 0.2 s a start)
_FREE = or_(_JOBS.lease_until.is_(None), _JOBS.lease_until < bindparam("now"))
_FIRST_IN_LINE = ~exists().where(
    _EARLIER.c.conversation == _JOBS.conversation,
    _EARLIER.c.status == "pending",
    or_(
        _EARLIER.c.slack_ts < _JOBS.slack_ts,
        and_(_EARLIER.c.slack_ts == _JOBS.slack_ts, _EARLIER.c.delivery_key < _JOBS.delivery_key),
    ),
)
_DUE = (
    select(_JOBS.delivery_key)
    .where(_JOBS.status == "pending", _FREE, _FIRST_IN_LINE)
    .where(or_(_JOBS.not_before.is_(None), _JOBS.not_before <= bindparam("now")))
    .order_by(_JOBS.received_at)
    .limit(5)
)
_TAKE = (
    update(slack_jobs)
    .where(_JOBS.delivery_key == bindparam("key"), _JOBS.status == "pending", _FREE)
    .values(lease_owner=bindparam("owner"), lease_until=bindparam("until"), tries=_JOBS.tries + 1)
)
_ROW = select(slack_jobs).where(_JOBS.delivery_key == bindparam("key"))


@cache
def _update_mine(columns: frozenset[str]) -> Update:
    """UPDATE of `columns` of a job this worker holds the lease of (one per set of columns)."""
    return (
        update(slack_jobs)
        .where(_JOBS.delivery_key == bindparam("key"), _JOBS.lease_owner == bindparam("owner"))
        .where(_JOBS.status == "pending")
        .values({column: bindparam(f"new_{column}") for column in columns})
    )


@dataclass
class Job:
    """One acknowledged payload and how far its answer got."""

    delivery_key: str
    kind: str
    conversation: str
    payload: dict[str, Any]
    tries: int
    outbox: list[dict[str, Any]] | None
    sent: int
    in_flight: int | None


class Inbox:
    """Records, claims and finishes Slack jobs; every method is one short transaction."""

    def __init__(self, engine: SqlEngine, lease_seconds: float, owner: str = INSTANCE) -> None:
        self.engine, self.lease, self.owner = engine, dt.timedelta(seconds=lease_seconds), owner

    def record(
        self, delivery_key: str, kind: str, conversation: str, slack_ts: str, payload: Any
    ) -> bool:
        """Stores a payload before it is acknowledged; False when it is a redelivery."""
        values = {"delivery_key": delivery_key[:200], "kind": kind,
                  "conversation": conversation[:200], "slack_ts": slack_ts[:40],
                  "payload": payload, "received_at": utcnow(), "status": "pending", "tries": 0,
                  "sent": 0}  # fmt: skip
        give_up = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                with self.engine.begin() as connection:
                    connection.execute(RECORD_JOB, values)
                return True
            except IntegrityError:
                return False
            except OperationalError as error:
                # SQLite: a worker is committing; its transactions last well under a millisecond.
                if not is_busy(error) or time.monotonic() > give_up:
                    raise
                time.sleep(LOCK_RETRY_SECONDS)

    def check(self) -> None:
        """Reads the inbox (raises when the database cannot be reached): the health check."""
        with self.engine.connect() as connection:
            connection.execute(select(_JOBS.delivery_key).limit(1)).all()

    def claim(self) -> Job | None:
        """Leases the oldest job that is due and first in line in its conversation."""
        now = utcnow()
        with self.engine.begin() as connection:
            candidates = connection.execute(_DUE, {"now": now}).all()
        for (key,) in candidates:
            with self.engine.begin() as connection:  # one short statement holds the write lock
                taken = connection.execute(
                    _TAKE, {"key": key, "now": now, "owner": self.owner, "until": now + self.lease}
                ).rowcount
            if taken == 1:  # the lease is ours: read the row outside the write transaction
                with self.engine.connect() as connection:
                    row = connection.execute(_ROW, {"key": key}).one()
                return Job(row.delivery_key, row.kind, row.conversation, row.payload or {},
                           row.tries, row.outbox, row.sent, row.in_flight)  # fmt: skip
        return None

    def _mine(self, connection: Any, job: Job, **values: Any) -> bool:
        """Updates the job while this worker still holds its lease (renewing it)."""
        values = {"lease_until": utcnow() + self.lease, **values}
        parameters = {f"new_{column}": value for column, value in values.items()}
        statement = _update_mine(frozenset(values))
        return (
            connection.execute(
                statement, {"key": job.delivery_key, "owner": self.owner, **parameters}
            ).rowcount
            == 1
        )

    def save_outbox(self, connection: Any, job: Job, outbox: list[dict[str, Any]]) -> bool:
        """In the caller's transaction (with the turn's save): the calls that answer the job."""
        job.outbox, job.sent = outbox, 0
        return self._mine(connection, job, outbox=outbox, sent=0, in_flight=None)

    def mark_in_flight(self, job: Job, index: int) -> bool:
        """Call `index` is about to be made, so every call before it is done: one write marks
        both (finish marks the last call done)."""
        job.sent, job.in_flight = index, index
        with self.engine.begin() as connection:
            return self._mine(connection, job, sent=index, in_flight=index)

    def retry_later(
        self, job: Job, seconds: float, outbox: list[dict[str, Any]] | None = None
    ) -> None:
        """Releases the job until `seconds` from now; its conversation waits, others do not.
        With `outbox`, the calls still to make are replaced by it (a notice that is owed)."""
        replaced = {} if outbox is None else {"outbox": outbox, "sent": 0}
        with self.engine.begin() as connection:
            self._mine(connection, job, lease_until=None, lease_owner=None, in_flight=None,
                       not_before=utcnow() + dt.timedelta(seconds=seconds), **replaced)  # fmt: skip

    def finish(self, job: Job, status: str = "done") -> None:
        """Done (or failed): the payload and the replies' text are dropped, the key stays."""
        with self.engine.begin() as connection:
            self._mine(connection, job, status=status, payload=None, outbox=None,
                       sent=job.sent, in_flight=None, lease_until=None)  # fmt: skip
