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
    assert "(type Helpful or Not helpful)" in shown.getvalue()  # offered, without numbers
    stored = Chat(engine, key="terminal:biller").answers
    assert stored["quantity"] == 2
    assert "noted as not helpful" not in shown.getvalue().lower()


def test_a_number_typed_after_a_mid_intake_answer_picks_the_questions_option(
    engine: Engine,
) -> None:
    lines = ["intake", "what is the timely filing limit?", "2"]
    shown = io.StringIO()
    run_chat(engine, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=shown, user="biller")
    assert "1. Helpful" not in shown.getvalue()  # one numbered list per reply: the question's
    assert Chat(engine, key="terminal:biller").answers["payer_type"] == "medicare_advantage"


def test_a_rating_typed_by_its_label_mid_intake_is_taken_as_the_rating(engine: Engine) -> None:
    lines = ["intake", "what is the timely filing limit?", "not helpful"]
    shown = io.StringIO()
    run_chat(engine, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=shown, user="biller")
    assert Chat(engine, key="terminal:biller").answers["payer_type"] is None
    assert "Thanks for saying so" in shown.getvalue()
