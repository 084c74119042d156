"""What the engine needs from the world, as typed ports: storage, knowledge, outcome, code search.

The engine depends on these protocols only; bot/ plugs real implementations in (SQL store,
knowledge base, outcome builder, code book) and tests can plug in small fakes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from flows.codes import Candidate, NocAdvice
from flows.models import Claim, ItemCategory, Reply


class StaleWrite(Exception):
    """Someone else saved the conversation since we loaded it."""


@dataclass
class StoredConversation:
    """One conversation as saved: its state, its data (answers, progress) and a version."""

    key: str
    user_id: str
    state: str
    data: dict[str, Any]
    version: int
    updated_at: dt.datetime | None = None


class ConversationStore(Protocol):
    def load(self, key: str) -> StoredConversation | None: ...

    def save(self, conversation: StoredConversation) -> int:
        """Writes if the stored version still equals conversation.version; returns the new one."""
        ...

    def open_intakes(self, user_id: str) -> list[StoredConversation]: ...


class Knowledge(Protocol):
    def reply_to(
        self, question: str, context: Mapping[str, str | None] | None = None
    ) -> list[Reply]: ...

    def knows_word(self, word: str) -> bool:
        """Whether the knowledge base uses the word (billing vocabulary, typos read as meant)."""
        ...

    def is_off_topic(self, question: str) -> bool:
        """Another domain, a request to do work, the team's own processes, or one word that
        heads many topics ("claim")."""
        ...


class Outcome(Protocol):
    """Builds the intake's payoff from the finished claim (checklist, narrative, follow-up)."""

    def replies(
        self, claim: Claim, today: dt.date, previous: dict[str, Any] | None
    ) -> list[Reply]: ...

    def summary(self, claim: Claim, today: dt.date) -> dict[str, Any]: ...

    def markdown(self, claim: Claim, today: dt.date) -> str: ...

    def export(self, claim: Claim, today: dt.date) -> Reply: ...


class CodeSearch(Protocol):
    def search(self, description: str, limit: int = 5) -> list[Candidate]: ...

    def noc_for(
        self, description: str, category: ItemCategory | None = None, noc_only: bool = False
    ) -> NocAdvice: ...

    def coverage_label(self, code: str) -> str | None: ...

    def reads_word(self, word: str) -> bool: ...

    def likely_specific(self, description: str) -> Candidate | None: ...

    def names_an_item(self, description: str) -> bool: ...
