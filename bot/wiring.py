"""Builds the engine and its parts once at start-up, from settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.settings import Settings
from bot.store import SqlStore
from flows.all_content import Content, read_content
from flows.engine import Engine


def load_content(settings: Settings) -> Content:
    """Reads and checks every content file from the configured folder (see flows/all_content)."""
    return read_content(settings.content_dir)


def build_engine(settings: Settings, today: Callable[[], dt.date] = dt.date.today,
                 content: Content | None = None) -> Engine:  # fmt: skip
    """Reads content (unless given) and opens the store; after this, all work is per turn."""
    content = content or load_content(settings)
    return Engine(
        messages=content.messages,
        rules=content.rules,
        store=SqlStore.from_url(settings.database_url),
        knowledge=content.knowledge,
        outcome=content.outcome,
        code_search=content.codes,
        today=today,
    )
