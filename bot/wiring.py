"""Builds the engine and its parts once at start-up, from settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.settings import Settings
from bot.store import SqlStore
from flows.codes import CodeBook
from flows.content import default_content_dir
from flows.engine import Engine
from flows.knowledge import KnowledgeBase
from flows.messages import Messages
from flows.outcome import OutcomeBuilder
from flows.phi import use_rules as use_phi_rules
from flows.rules import DocumentRules
from flows.text import Tokenizer


@dataclass(frozen=True)
class Content:
    """Everything read from content/, validated, with the indexes built."""

    directory: Path
    messages: Messages
    rules: DocumentRules
    tokenizer: Tokenizer
    knowledge: KnowledgeBase
    codes: CodeBook
    outcome: OutcomeBuilder


def load_content(settings: Settings) -> Content:
    """Reads and checks every content file; raises ContentError naming file:line."""
    directory = settings.content_dir or default_content_dir()
    messages = Messages.load(directory)
    use_phi_rules(directory)
    tokenizer = Tokenizer.load(directory)
    rules = DocumentRules.load(directory)
    codes = CodeBook.load(directory, tokenizer)
    return Content(
        directory=directory,
        messages=messages,
        rules=rules,
        tokenizer=tokenizer,
        knowledge=KnowledgeBase.load(directory, messages, tokenizer),
        codes=codes,
        outcome=OutcomeBuilder.load(directory, messages, rules, codes),
    )


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
