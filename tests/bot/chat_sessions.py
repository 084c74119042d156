"""Whole terminal chats typed the way billers type (tests/fixtures/chat_sessions.yaml), run
through `e1399-bot chat`'s loop over a SQLite store and checked against what the biller meant.

Used by tests/bot/test_chat_sessions.py (every session must go through) and by
benches/bench_chat_sessions.py (how many do).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.settings import Settings
from bot.terminal import run_chat
from bot.wiring import build_engine
from flows.all_content import Content
from flows.models import Claim
from tests.conftest import read_yaml

SESSIONS_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "chat_sessions.yaml"
USER = "biller"


@dataclass
class SessionResult:
    """What went wrong in one session (nothing when it went through), and the chat's output."""

    name: str
    problems: list[str]
    output: str


def load_sessions() -> tuple[dt.date, list[dict[str, Any]]]:
    """The day the chats run and the sessions."""
    data = read_yaml(SESSIONS_FILE)
    return data["today"], data["sessions"]


def run_session(
    session: dict[str, Any], content: Content, database_url: str, today: dt.date, folder: Path
) -> SessionResult:
    """Types each run into a fresh chat process's loop (same database), then compares."""
    output = io.StringIO()
    settings = Settings(DATABASE_URL=database_url)
    for stdin in session["runs"]:
        engine = build_engine(settings, today=lambda: today, content=content)
        run_chat(engine, stdin=io.StringIO(stdin), stdout=output, user=USER, export_dir=folder)
    stored = engine.store.load(f"terminal:{USER}")
    data = stored.data if stored else {}
    expect = session["expect"]
    problems = []
    state = stored.state if stored else "idle"
    if state != expect["state"]:
        problems.append(f"state {state}, expected {expect['state']}")
    answers = data.get("answers", {})
    for field, wanted in expect.get("answers", {}).items():
        if answers.get(field) != _plain(wanted):
            problems.append(f"{field}: {answers.get(field)!r}, expected {_plain(wanted)!r}")
    documents = answers.get("documents", {})
    for document, wanted in expect.get("documents", {}).items():
        if documents.get(document) != wanted:
            problems.append(f"{document}: {documents.get(document)!r}, expected {wanted!r}")
    problems += _outcome_problems(expect.get("outcome"), data, content, today)
    text = output.getvalue()
    problems += [f"never said {p!r}" for p in expect.get("said", []) if p not in text]
    return SessionResult(session["name"], problems, text)


def _outcome_problems(
    expected: dict[str, Any] | None, data: dict[str, Any], content: Content, today: dt.date
) -> list[str]:
    if not expected:
        return []
    if not data.get("history"):
        return ["no finished outcome"]
    claim = Claim.model_validate(data["history"][-1]["claim"])
    outcome = content.outcome.summary(claim, today)
    problems = []
    if "code" in expected and outcome["code"] != expected["code"]:
        problems.append(f"code {outcome['code']}, expected {expected['code']}")
    for modifier in expected.get("modifiers", []):
        if modifier not in outcome["modifiers"]:
            problems.append(f"modifiers {outcome['modifiers']} lack {modifier}")
    return problems


def _plain(value: Any) -> Any:
    """YAML reads 2026-11-05 as a date; the store keeps ISO text."""
    return value.isoformat() if isinstance(value, dt.date) else value
