"""quit only leaves the terminal chat: the intake is picked up next time, and the questions
asked during it stay with it (cancel is what deletes them: test_cancel_forgets_questions.py)."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from bot.settings import Settings
from bot.terminal import run_chat
from bot.wiring import build_engine
from flows.all_content import Content
from tests.bot.test_cancel_forgets_questions import questions, unanswered_with
from tests.conftest import TODAY


def test_quit_keeps_the_intake_and_the_questions_asked_during_it(
    url: str, content: Content, tmp_path: Path
) -> None:
    marker = uuid.uuid4().hex[:12]
    during = questions(marker)[1]
    biller, said = f"quitter{marker}", io.StringIO()
    for typed in (f"intake\nmedicare\n{during}\nquit\n", ""):
        engine = build_engine(Settings(DATABASE_URL=url), today=lambda: TODAY, content=content)
        run_chat(engine, io.StringIO(typed), said, user=biller, export_dir=tmp_path)
    assert "your intake is saved with the questions you asked during it" in said.getvalue()
    assert said.getvalue().count("beneficiary's permanent residence") >= 3  # asked, again, resumed
    assert unanswered_with(engine, marker) == [during]
