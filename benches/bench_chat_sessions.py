"""Whole chats typed the way billers type: how many leave exactly what the biller meant.

The sessions are tests/fixtures/chat_sessions.yaml (how they were made is at its top); each is
typed into the terminal chat's loop over a SQLite file, as `e1399-bot chat` reads stdin.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benches._common import table  # noqa: E402
from flows.all_content import read_content  # noqa: E402
from tests.bot.chat_sessions import load_sessions, run_session  # noqa: E402

if __name__ == "__main__":
    today, sessions = load_sessions()
    content = read_content()
    clean = 0
    with tempfile.TemporaryDirectory() as folder:
        for number, session in enumerate(sessions):
            url = f"sqlite:///{folder}/session-{number}.db"
            result = run_session(session, content, url, today, Path(folder))
            clean += not result.problems
            for problem in result.problems:
                print(f"  {result.name}: {problem}")
    figure = f"{clean}/{len(sessions)} = {clean / len(sessions):.1%}"
    title = "Whole chats typed the way billers type (tests/fixtures/chat_sessions.yaml)"
    table(title, [("sessions that go through cleanly", figure, "every stored value as meant")])
