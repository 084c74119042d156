"""The PHI guard on a relative named by the given name alone, right after the relationship: a
relative's name is an identifier under HIPAA's Safe Harbor list. And the look-alikes beside it:
a relationship word before an ordinary capitalised word, the writer's own family, a colleague."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "the grandson Evander dropped off the old rollator",
        "spoke with his wife, Marguerite, re: the copay",
        "nephew (Thaddeus) has the POA paperwork",
        "SISTER ODALINDA WANTS THE BED PICKED UP",
        "stepdaughter Philippa can sign the delivery ticket",
        "pt's son Will called about the bill",
        "her granddaughter April called",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_relatives_given_name_alone_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "the daughter company Invacare ships the parts",
        "son in law will call about the rental",
        "left a message for the son. Then Medicare denied it",
        "the wife, Medicare says, is not the payer",
        "my daughter Evangeline loves this bot",
        "DAUGHTER WILL CALL BACK ABOUT THE BED",
        "the son Dr. Okafor is not the prescriber here",
        "ask the son, Jordan from billing knows the account",
        "the son May call back about the rental",
        "her daughter April 3 visit was rescheduled",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_relationship_word_before_an_ordinary_word_is_left_alone(text: str) -> None:
    assert "name" not in scan(text).kinds
