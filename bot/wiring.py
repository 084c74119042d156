"""Builds the engine and its parts once at start-up, from settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.settings import Settings
from flows.all_content import Content
from flows.content_cache import cached_content
from flows.engine import Engine
from flows.team_kb import TeamLoop
from flows.team_served import ServedKnowledge, TeamChat

if TYPE_CHECKING:  # the database layer (SQLAlchemy) is imported by the commands that open one
    from bot.store import SqlStore


def load_content(settings: Settings) -> Content:
    """Every content file from the configured folder, checked and indexed (flows/all_content),
    or the kept copy of exactly those files (flows/content_cache)."""
    return cached_content(settings.content_dir)


def build_engine(settings: Settings, today: Callable[[], dt.date] = dt.date.today,
                 content: Content | None = None) -> Engine:  # fmt: skip
    """Reads content (unless given) and opens the store; after this, all work is per turn."""
    from bot.store_opening import opened_store

    content = content or load_content(settings)
    store = opened_store(settings)
    knowledge, team = team_knowledge(settings, content, store)
    return Engine(
        messages=content.messages,
        rules=content.rules,
        store=store,
        knowledge=knowledge,
        outcome=content.outcome,
        code_search=content.codes,
        today=today,
        team=team,
    )


def team_knowledge(
    settings: Settings, content: Content, store: SqlStore
) -> tuple[ServedKnowledge, TeamChat]:
    """The content's knowledge base joined by the team's approved entries, and the loop."""
    learn = settings.kb_learn_phrasings
    knowledge = ServedKnowledge(content.knowledge, store.team, learn_phrasings=learn)
    chit_chat = content.messages.is_small_talk
    loop = TeamLoop(store.team, content.tokenizer, settings.kb_review_days, chit_chat)
    return knowledge, TeamChat(loop, knowledge, content.messages, learn)
