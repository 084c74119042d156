"""Billers' own words for an entry's point bring the question to that entry, answered outright
rather than as "I think you mean" beside a sibling that shares its codes or topic words."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.sweep(n=3, by="entry_id")
@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("is I/C pricing something the DME MAC does for E1399 lines", "medicare-pricing-e1399"),
        (
            "remit shows CO-50 though we had a signed ABN and GA, who owes it",
            "group-code-co-liability",
        ),
        (
            "transposed the digits of the date of service on a walker line, how do we fix it",
            "reopening",
        ),
        (
            "our medicaid managed care plan says it never receives crossover claims from medicare",
            "medicaid-crossover",
        ),
        ("we forgot KX on a line, can we call and have it added", "modifier-corrections"),
        (
            "the employer plan paid 100 percent of what we billed, send medicare secondary anyway?",
            "msp-primary-paid-in-full",
        ),
    ],
)
def test_a_question_in_billers_words_gets_the_entry_about_its_point(question, entry_id) -> None:
    result = KB.ask(question)
    assert (result.entry_id, result.tentative) == (entry_id, False)
