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
from typing import Any

from sqlalchemy import and_, exists, insert, or_, select, update
from sqlalchemy.engine import Engine as SqlEngine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import aliased

from bot.store import is_busy, slack_jobs

# Built once and given its values at execution: SQLAlchemy then reuses the compiled statement,
# which costs a fraction of building `.values(...)` anew on every acknowledgement.
RECORD_JOB = insert(slack_jobs)
LOCK_RETRY_SECONDS = 0.0001  # an acknowledgement waiting for SQLite's write lock looks this often
LOCK_WAIT_SECONDS = 10.0  # ...and gives up after this (then it answers without recording)
INSTANCE = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


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

    def claim(self) -> Job | None:
        """Leases the oldest job that is due and first in line in its conversation."""
        now = utcnow()
        earlier = aliased(slack_jobs)
        first_in_line = ~exists().where(
            earlier.c.conversation == slack_jobs.c.conversation,
            earlier.c.status == "pending",
            or_(
                earlier.c.slack_ts < slack_jobs.c.slack_ts,
                and_(
                    earlier.c.slack_ts == slack_jobs.c.slack_ts,
                    earlier.c.delivery_key < slack_jobs.c.delivery_key,
                ),
            ),
        )
        with self.engine.begin() as connection:
            candidates = connection.execute(
                select(slack_jobs.c.delivery_key)
                .where(slack_jobs.c.status == "pending")
                .where(or_(slack_jobs.c.lease_until.is_(None), slack_jobs.c.lease_until < now))
                .where(or_(slack_jobs.c.not_before.is_(None), slack_jobs.c.not_before <= now))
                .where(first_in_line)
                .order_by(slack_jobs.c.received_at)
                .limit(5)
            ).all()
        for (key,) in candidates:
            with self.engine.begin() as connection:  # one short statement holds the write lock
                taken = connection.execute(
                    update(slack_jobs)
                    .where(slack_jobs.c.delivery_key == key)
                    .where(slack_jobs.c.status == "pending")
                    .where(or_(slack_jobs.c.lease_until.is_(None), slack_jobs.c.lease_until < now))
                    .values(
                        lease_owner=self.owner,
                        lease_until=now + self.lease,
                        tries=slack_jobs.c.tries + 1,
                    )
                ).rowcount
            if taken == 1:  # the lease is ours: read the row outside the write transaction
                with self.engine.connect() as connection:
                    row = connection.execute(
                        select(slack_jobs).where(slack_jobs.c.delivery_key == key)
                    ).one()
                return Job(row.delivery_key, row.kind, row.conversation, row.payload or {},
                           row.tries, row.outbox, row.sent, row.in_flight)  # fmt: skip
        return None

    def _mine(self, connection: Any, job: Job, **values: Any) -> bool:
        """Updates the job while this worker still holds its lease (renewing it)."""
        return (
            connection.execute(
                update(slack_jobs)
                .where(slack_jobs.c.delivery_key == job.delivery_key)
                .where(slack_jobs.c.lease_owner == self.owner)
                .where(slack_jobs.c.status == "pending")
                .values(**{"lease_until": utcnow() + self.lease, **values})
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

    def retry_later(self, job: Job, seconds: float) -> None:
        """Releases the job until `seconds` from now; its conversation waits, others do not."""
        with self.engine.begin() as connection:
            self._mine(connection, job, lease_until=None, lease_owner=None, in_flight=None,
                       not_before=utcnow() + dt.timedelta(seconds=seconds))  # fmt: skip

    def finish(self, job: Job, status: str = "done") -> None:
        """Done (or failed): the payload and the replies' text are dropped, the key stays."""
        with self.engine.begin() as connection:
            self._mine(connection, job, status=status, payload=None, outbox=None,
                       sent=job.sent, in_flight=None, lease_until=None)  # fmt: skip
