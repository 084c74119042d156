"""The terminal chat as a biller types it: numbers pick the options shown last, nothing else."""

from __future__ import annotations

import io

from bot.terminal import run_chat
from flows.engine import Engine
from tests.conftest import Chat


def test_a_quantity_typed_after_a_question_is_the_quantity_not_a_rating(engine: Engine) -> None:
    lines = ["intake", "medicare", "OH", "tub transfer bench", "6", "1", "skip", "skip",
             "what is the KX modifier?", "2"]  # fmt: skip
    shown = io.StringIO()
    run_chat(engine, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=shown, user="biller")
    assert "1. Helpful" in shown.getvalue()  # the answer offered its rating buttons
    stored = Chat(engine, key="terminal:biller").answers
    assert stored["quantity"] == 2
    assert "noted as not helpful" not in shown.getvalue().lower()
