"""A question in two parts gets both answered: a code asked after a rule does not turn the whole
question into a code search."""

from __future__ import annotations

from tests.conftest import repository_content

KB = repository_content().knowledge


def test_rb_and_the_labor_code_are_both_answered() -> None:
    result = KB.ask("we billed a repair part on E1399 - NU or RB? and what code for the labor")
    assert result.answered and result.entry_id == "repair-parts-rb"
    assert "repair-labor-k0739" in result.parts
    assert "RB modifier, not NU" in " ".join(result.text.split()) and "K0739" in result.text
