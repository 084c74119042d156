"""Arbitrary input at every entry point: no crash, no traceback, a clear reply, state intact."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from flows import parsing
from flows.engine import Engine
from flows.models import Claim, Turn
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until, repository_content

# Each test runs 60 to 200 generated cases (about a second of CPU): `slow` starts them with the
# other long tests (tests/conftest.py) instead of leaving them to end the run on one worker.
pytestmark = pytest.mark.slow

ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=400) | st.sampled_from(
    ["", " ", "\x00\x1b[2J", "🦽" * 50, "x" * 40_000, "<!channel> @here", "edit", "back back"]
)
RELAXED = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@RELAXED
@given(text=ANY_TEXT)
def test_the_engine_answers_anything_in_idle_mode(engine: Engine, text: str) -> None:
    replies = engine.handle(Turn(conversation_key="prop-idle", user_id="U1", text=text))
    assert replies and all(r.text and "Traceback" not in r.text for r in replies)


@RELAXED
@given(
    text=ANY_TEXT,
    step=st.sampled_from(
        ["quantity", "unit_price", "date_of_service", "item_category", "beneficiary_state"]
    ),
)
def test_bad_answers_mid_intake_never_corrupt_the_claim(
    engine: Engine, text: str, step: str
) -> None:
    chat = Chat(engine, key=f"prop-{step}")
    if chat.state == "idle":
        chat.say("intake")
        answer_until(chat, MEDICARE_ANSWERS, stop_at=step)
    replies = chat.say(text)
    assert replies and all("Traceback" not in r.text for r in replies)
    # Whatever happened, what is stored still makes a valid claim file.
    from flows.intake import IntakeAnswers
    from flows.intake_claim import to_claim

    to_claim(IntakeAnswers.model_validate(chat.answers))


@settings(max_examples=200, deadline=None)
@given(text=ANY_TEXT)
def test_parsers_either_parse_or_say_why(text: str) -> None:
    today = dt.date(2026, 6, 15)
    for parse in (
        parsing.parse_money,
        parsing.parse_quantity,
        parsing.parse_state,
        parsing.parse_hcpcs,
        parsing.parse_denial_codes,
        parsing.parse_free_text,
        lambda t: parsing.parse_date(t, today),
    ):
        try:
            parse(text)
        except parsing.InvalidAnswer as invalid:
            assert invalid.reason


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)


@settings(max_examples=100, deadline=None)  # generating nested JSON is the slow part
@given(
    data=st.dictionaries(
        st.sampled_from(
            ["payer", "item", "claim", "documents", "date_of_service", "code_check", "x"]
        ),
        JSON,
    )
)
def test_malformed_claim_files_are_refused_with_a_validation_error(data: dict) -> None:
    try:
        Claim.model_validate(data)
    except ValidationError as error:
        assert error.errors()


KB = repository_content().knowledge
MADE_UP = st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=12)
OTHER_PAYERS = [
    phrase
    for payer in ("medicare_advantage", "commercial")
    for phrase in KB.rules.payer_phrases[payer]
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    # made-up words, mixed with the payer names that steer the ranking
    st.lists(
        MADE_UP | st.sampled_from(OTHER_PAYERS),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from(["", "ABN for a {} patient?", "{} denied E1399, appeal?", "{} in ohio, KX?",
                     "medicare primary, {} secondary: ABN?", "what is {}", "{} prior auth"]),
)  # fmt: skip
def test_made_up_words_in_a_question_never_break_the_answer(words: list[str], frame: str) -> None:
    """Words no knowledge entry uses never break an answer: it answers or declines."""
    question = frame.format(" ".join(words)) if frame else " ".join(words)
    result = KB.ask(question)
    assert result.answered in (True, False)
