"""Builds the engine and its parts once at start-up, from settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.settings import Settings
from bot.store import SqlStore
from flows.content import default_content_dir
from flows.engine import Engine
from flows.knowledge import Knowledge
from flows.messages import Messages
from flows.outcome import OutcomeBuilder
from flows.rules import DocumentRules


def build_engine(settings: Settings, today: Callable[[], dt.date] = dt.date.today) -> Engine:
    """Reads content and opens the store; everything after this is per-turn work."""
    content_dir = settings.content_dir or default_content_dir()
    messages = Messages.load(content_dir)
    rules = DocumentRules.load(content_dir)
    return Engine(
        messages=messages,
        rules=rules,
        store=SqlStore.from_url(settings.database_url),
        knowledge=Knowledge(messages),
        outcome=OutcomeBuilder(messages),
        today=today,
    )
