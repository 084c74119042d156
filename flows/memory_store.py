"""Conversation state in memory: the ConversationStore the engine uses, without a database.

For tests and benchmarks of the engine alone. It behaves like the SQL store where the engine can
tell: versioned saves (a stale one raises StaleWrite), data kept as JSON (a copy, never shared),
and `open_intakes` newest first.
"""

from __future__ import annotations

import itertools
import json
import threading
from dataclasses import dataclass, replace

from flows.clock import utcnow
from flows.intake import FINISHED_STATES
from flows.ports import StaleWrite, StoredConversation


@dataclass(frozen=True)
class _Row:
    conversation: StoredConversation
    data_json: str
    saved_order: int  # breaks ties between saves within the same clock tick


class MemoryStore:
    """Loads and saves conversations in a dict; safe to share between threads."""

    def __init__(self) -> None:
        self._rows: dict[str, _Row] = {}
        self._lock = threading.Lock()
        self._order = itertools.count()

    def load(self, key: str) -> StoredConversation | None:
        with self._lock:
            row = self._rows.get(key)
        return _restore(row) if row else None

    def save(self, conversation: StoredConversation) -> int:
        """Writes if the stored version still equals conversation.version; returns the new one."""
        # Serialising like the SQL store's JSON column keeps the caller's dict out of the store
        # and refuses data a real database could not hold.
        data_json = json.dumps(conversation.data)
        with self._lock:
            stored = self._rows.get(conversation.key)
            if (stored.conversation.version if stored else 0) != conversation.version:
                raise StaleWrite(conversation.key)
            saved = replace(
                conversation,
                data={},
                version=conversation.version + 1,
                updated_at=utcnow(),
            )
            self._rows[conversation.key] = _Row(saved, data_json, next(self._order))
        return saved.version

    def open_intakes(self, user_id: str) -> list[StoredConversation]:
        with self._lock:
            rows = [
                row
                for row in self._rows.values()
                if row.conversation.user_id == user_id
                and row.conversation.state not in FINISHED_STATES
            ]
        rows.sort(key=lambda row: row.saved_order, reverse=True)
        return [_restore(row) for row in rows]

    def saved_text(self) -> str:
        """Everything stored, as text: what a database file would hold (for checks that nothing
        sensitive was kept)."""
        with self._lock:
            return "\n".join(f"{key} {row.data_json}" for key, row in self._rows.items())


def _restore(row: _Row) -> StoredConversation:
    return replace(row.conversation, data=json.loads(row.data_json))
