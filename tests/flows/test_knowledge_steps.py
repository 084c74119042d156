"""A question saying an appeal level was lost asks about the level after it."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "answers"),
    [("the QIC upheld the denial. what's the next level and is there a dollar minimum",
      {"appeal-levels", "amount-in-controversy"}),
     ("we lost the redetermination on the e1399 line, how long do we have to appeal again",
      {"reconsideration"})],
)  # fmt: skip
def test_a_lost_appeal_level_gets_the_level_after_it(question, answers) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id in answers


def test_a_level_asked_about_without_losing_it_keeps_its_own_answer() -> None:
    assert KB.ask("how long does the MAC take to decide a redetermination").entry_id == (
        "redetermination"
    )


def test_a_medicare_advantage_plan_upholding_its_denial_keeps_the_plans_own_levels() -> None:
    result = KB.ask("the MA plan upheld its denial on our reconsideration, now what")
    assert result.entry_id not in {"appeal-levels", "amount-in-controversy", "reconsideration"}
