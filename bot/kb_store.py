"""The team knowledge base's tables (defined in bot/store.py) behind flows.team_kb.TeamStore."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.engine import Engine as SqlEngine

from bot.store import (
    from_row,
    kb_entries,
    kb_groups,
    kb_phrasings,
    kb_questions,
    utcnow,
)
from bot.wipe import WIPE_AFTER_COMMIT
from flows.team_kb import (
    EntryStatus,
    Feedback,
    Group,
    Notice,
    Outcome,
    Question,
    TeamEntry,
    entry_id_of,
)

# Approved answers whose askers have not been told yet (looked up after every Slack job).
_PENDING_NOTICES = (
    select(kb_questions, kb_entries.c.id.label("entry_number"))
    .join(kb_entries, kb_entries.c.group_id == kb_questions.c.group_id)
    .where(kb_entries.c.status == "approved")
    .where(kb_questions.c.notified_at.is_(None))
    .where(kb_questions.c.conversation_key.is_not(None))
    .order_by(kb_questions.c.id)
)


class SqlTeamStore:
    """SQLite or PostgreSQL, like the conversations; entries change only from an expected status."""

    def __init__(self, engine: SqlEngine) -> None:
        self.engine = engine

    # -- questions -------------------------------------------------------------------------
    def record_question(
        self, question: str, conversation_key: str | None, user_id: str, outcome: Outcome,
        entry_id: str | None,
    ) -> int:  # fmt: skip
        with self.engine.begin() as connection:
            result = connection.execute(
                insert(kb_questions).values(
                    question=question,
                    conversation_key=conversation_key,
                    user_id=user_id,
                    outcome=outcome,
                    entry_id=entry_id,
                    asked_at=utcnow(),
                )
            )
        return _new_id(result)

    def question(self, question_id: int) -> Question | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(kb_questions).where(kb_questions.c.id == question_id)
            ).first()
        return _question(row) if row else None

    def last_answered(self, conversation_key: str) -> Question | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(kb_questions)
                .where(kb_questions.c.conversation_key == conversation_key)
                .where(kb_questions.c.outcome == "answered")
                .order_by(kb_questions.c.id.desc())
                .limit(1)
            ).first()
        return _question(row) if row else None

    def set_feedback(self, question_id: int, feedback: Feedback) -> None:
        self._set_question(question_id, feedback=feedback)

    def resolve(self, question_id: int, entry_id: str) -> None:
        """The asker confirmed `entry_id` answers it: no longer unanswered."""
        self._set_question(question_id, outcome="answered", entry_id=entry_id, group_id=None)

    def join_group(self, question_id: int, group_id: int) -> None:
        self._set_question(question_id, group_id=group_id)

    def mark_notified(self, question_id: int) -> None:
        self._set_question(question_id, notified_at=utcnow())

    def _set_question(self, question_id: int, **values: Any) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(kb_questions).where(kb_questions.c.id == question_id).values(**values)
            )

    def questions_since(self, since: dt.datetime) -> list[Question]:
        return self._questions(kb_questions.c.asked_at >= since)

    def _questions(self, condition: Any) -> list[Question]:
        """Recorded questions that meet `condition`, oldest first."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(kb_questions).where(condition).order_by(kb_questions.c.id)
            ).all()
        return [_question(row) for row in rows]

    def forget_questions(self, conversation_key: str, since: dt.datetime) -> int:
        """Deletes the conversation's questions asked since `since` (a cancelled intake's), except
        those in a group a teammate has written an answer to: the team's entry rests on them. A
        group left empty goes, one worded as a deleted question takes its oldest remaining
        question's wording, and a wording learned from a deleted question goes too. Returns how
        many were kept for a teammate's answer."""
        questions = kb_questions.c
        answered = select(kb_entries.c.group_id).where(kb_entries.c.group_id.is_not(None))
        during = and_(questions.conversation_key == conversation_key, questions.asked_at >= since)
        asked = and_(during, or_(questions.group_id.is_(None), questions.group_id.not_in(answered)))
        with self.engine.begin() as connection:
            kept = connection.execute(
                select(func.count()).where(during, questions.group_id.in_(answered))
            ).scalar_one()
            rows = connection.execute(select(kb_questions).where(asked)).all()
            if not rows:
                return kept
            connection.execute(delete(kb_questions).where(questions.id.in_([r.id for r in rows])))
            texts = {row.question for row in rows}
            for group_id in {row.group_id for row in rows if row.group_id is not None}:
                left = connection.execute(
                    select(questions.question).where(questions.group_id == group_id)
                    .order_by(questions.id).limit(1)
                ).scalar()  # fmt: skip
                group = kb_groups.c.id == group_id
                if left is None:
                    connection.execute(delete(kb_groups).where(group))
                else:
                    connection.execute(
                        update(kb_groups)
                        .where(group, kb_groups.c.question.in_(texts))
                        .values(question=left)
                    )
            for row in rows:
                if row.entry_id is None:
                    continue
                taught_by = and_(
                    questions.question == row.question, questions.entry_id == row.entry_id
                )
                if connection.execute(select(questions.id).where(taught_by)).first() is None:
                    connection.execute(
                        delete(kb_phrasings)
                        .where(kb_phrasings.c.entry_id == row.entry_id)
                        .where(kb_phrasings.c.phrasing == row.question)
                    )
            connection.info[WIPE_AFTER_COMMIT] = True  # see bot/wipe.py
        return kept

    # -- groups ----------------------------------------------------------------------------
    def add_group(self, question: str) -> int:
        with self.engine.begin() as connection:
            result = connection.execute(
                insert(kb_groups).values(question=question, created_at=utcnow())
            )
        return _new_id(result)

    def open_groups(self) -> list[Group]:
        """Groups with questions on record and no approved entry yet."""
        answered = select(kb_entries.c.group_id).where(kb_entries.c.status == "approved")
        query = (
            select(
                kb_groups.c.id,
                kb_groups.c.question,
                func.count(kb_questions.c.id).label("count"),
                func.max(kb_questions.c.asked_at).label("last_asked"),
            )
            .join(kb_questions, kb_questions.c.group_id == kb_groups.c.id)
            .where(kb_groups.c.id.not_in(answered.where(kb_entries.c.group_id.is_not(None))))
            .group_by(kb_groups.c.id, kb_groups.c.question)
        )
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
        return [
            Group(
                id=r.id,
                question=r.question,
                count=r._mapping["count"],
                last_asked=r.last_asked.date(),
            )
            for r in rows
        ]

    def group_questions(self, group_id: int) -> list[Question]:
        return self._questions(kb_questions.c.group_id == group_id)

    def claim_post(self, group_id: int) -> bool:
        """True for exactly one caller: whoever gets to post this group to the experts."""
        with self.engine.begin() as connection:
            result = connection.execute(
                update(kb_groups)
                .where(and_(kb_groups.c.id == group_id, kb_groups.c.posted_at.is_(None)))
                .values(posted_at=utcnow())
            )
        return result.rowcount == 1

    def release_post(self, group_id: int) -> None:
        """The post failed: let the next pass try again."""
        with self.engine.begin() as connection:
            connection.execute(
                update(kb_groups).where(kb_groups.c.id == group_id).values(posted_at=None)
            )

    def set_post(self, group_id: int, channel: str, ts: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(kb_groups)
                .where(kb_groups.c.id == group_id)
                .values(post_channel=channel, post_ts=ts)
            )

    def post_of(self, group_id: int) -> tuple[str, str] | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(kb_groups.c.post_channel, kb_groups.c.post_ts).where(
                    kb_groups.c.id == group_id
                )
            ).first()
        return (row.post_channel, row.post_ts) if row and row.post_ts else None

    def posts_started_by(self, user_id: str, since: dt.datetime) -> int:
        """How many groups posted to the experts since `since` began with `user_id`'s question."""
        questions = kb_questions.c
        firsts = (
            select(questions.group_id, func.min(questions.id).label("first"))
            .group_by(questions.group_id)
            .subquery()
        )
        started = kb_groups.join(firsts, firsts.c.group_id == kb_groups.c.id).join(
            kb_questions, questions.id == firsts.c.first
        )
        query = (
            select(func.count())
            .select_from(started)
            .where(kb_groups.c.posted_at >= since, questions.user_id == user_id)
        )
        with self.engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    def unposted_groups(self) -> list[Group]:
        with self.engine.connect() as connection:
            posted = {
                r.id
                for r in connection.execute(
                    select(kb_groups.c.id).where(kb_groups.c.posted_at.is_not(None))
                )
            }
        return [g for g in self.open_groups() if g.id not in posted]

    # -- entries ---------------------------------------------------------------------------
    def add_entry(self, entry: TeamEntry) -> int:
        now = utcnow()
        with self.engine.begin() as connection:
            result = connection.execute(
                insert(kb_entries).values(
                    group_id=entry.group_id,
                    form=entry.form.model_dump(mode="json"),
                    phrasings=entry.phrasings,
                    author=entry.author,
                    status=entry.status,
                    created_at=entry.created_at,
                    changed_at=now,
                    review_days=entry.review_days,
                    version=1,
                )
            )
        return _new_id(result)

    def entry(self, number: int) -> TeamEntry | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(kb_entries).where(kb_entries.c.id == number)).first()
        return _entry(row) if row else None

    def entries(self, status: EntryStatus | str | None = None) -> list[TeamEntry]:
        query = select(kb_entries).order_by(kb_entries.c.id)
        if status:
            query = query.where(kb_entries.c.status == status)
        with self.engine.connect() as connection:
            return [_entry(row) for row in connection.execute(query).all()]

    def change_entry(self, number: int, from_status: tuple[str, ...], **values: object) -> bool:
        """Applies `values` if the entry is in one of `from_status` (versioned: one writer wins)."""
        with self.engine.begin() as connection:
            result = connection.execute(
                update(kb_entries)
                .where(and_(kb_entries.c.id == number, kb_entries.c.status.in_(from_status)))
                .values(**values, changed_at=utcnow(), version=kb_entries.c.version + 1)
            )
        return result.rowcount == 1

    def pending_notices(self) -> list[Notice]:
        with self.engine.connect() as connection:
            rows = connection.execute(_PENDING_NOTICES).all()
        return [
            Notice(
                question_id=r.id,
                conversation_key=r.conversation_key,
                user_id=r.user_id,
                question=r.question,
                entry_id=entry_id_of(r.entry_number),
            )
            for r in rows
        ]

    # -- learned phrasings and what is served ------------------------------------------------
    def add_phrasing(self, entry_id: str, phrasing: str) -> None:
        with self.engine.begin() as connection:
            known = connection.execute(
                select(kb_phrasings.c.id)
                .where(kb_phrasings.c.entry_id == entry_id)
                .where(kb_phrasings.c.phrasing == phrasing)
            ).first()
            if not known:
                connection.execute(
                    insert(kb_phrasings).values(
                        entry_id=entry_id, phrasing=phrasing, learned_at=utcnow()
                    )
                )

    def phrasings(self) -> dict[str, list[str]]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(kb_phrasings).order_by(kb_phrasings.c.id)).all()
        learned: dict[str, list[str]] = {}
        for row in rows:
            learned.setdefault(row.entry_id, []).append(row.phrasing)
        return learned

    def generation(self) -> int:
        """Changes whenever an entry changes or a phrasing is learned (one cheap query)."""
        with self.engine.connect() as connection:
            row = connection.execute(
                select(func.count(kb_entries.c.id), func.max(kb_entries.c.changed_at))
            ).first()
            phrasing = connection.execute(select(func.max(kb_phrasings.c.id))).scalar()
        return hash((tuple(row) if row else (), phrasing))


def _question(row: Any) -> Question:
    return from_row(Question, row, notified=row.notified_at is not None)


def _entry(row: Any) -> TeamEntry:
    return from_row(TeamEntry, row, number=row.id)


def _new_id(result: CursorResult[Any]) -> int:
    """The primary key an insert just created."""
    key = result.inserted_primary_key
    assert key is not None, "an insert returns its key"
    return int(key[0])
