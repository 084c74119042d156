"""Every whole chat in tests/fixtures/chat_sessions.yaml leaves what the biller meant stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from flows.all_content import Content
from tests.bot.chat_sessions import load_sessions, run_session

TODAY, SESSIONS = load_sessions()


CASES = [
    pytest.param(s, id=s["name"], marks=pytest.mark.xfail(reason=s["known_gap"], strict=True))
    if "known_gap" in s
    else pytest.param(s, id=s["name"])
    for s in SESSIONS
]


@pytest.mark.sweep
@pytest.mark.parametrize("session", CASES)
def test_a_chat_typed_the_way_billers_type_goes_through(
    session: dict[str, Any], content: Content, database_url: str, tmp_path: Path
) -> None:
    result = run_session(session, content, database_url, TODAY, tmp_path)
    assert result.problems == [], "\n".join([*result.problems, "", result.output[-3000:]])
