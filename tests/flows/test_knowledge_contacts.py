"""The PDAC's contact center hours and line are the PDAC entry's answer however they are asked;
another contractor's or plan's hours or numbers, which no entry gives, stay declined."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["pdac call center hours pls",
     "hours of operation for the PDAC helpline?",
     "Palmetto (the PDAC) contact number, and what time does it close in Mountain time"],
)  # fmt: skip
def test_the_pdacs_hours_and_line_are_answered(question: str) -> None:
    result = KB.ask(question)
    assert result.answered
    assert result.entry_id == "pdac-role"


@pytest.mark.parametrize(
    "question",
    ["noridian call center hours pls",
     "what time does the Aetna provider line open",
     "fax number for the PDAC?",
     "who is covering the PDAC call center hours shift on our team today"],
)  # fmt: skip
def test_other_hours_and_numbers_stay_declined(question: str) -> None:
    assert not KB.ask(question).answered
