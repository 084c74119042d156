"""The team's own data, one patient's claim, one plan's payment, a later quarter's codes, a code
with only an aside and thanks in another language are declined, never answered with a billing
entry that shares a word; the billing questions worded like them are still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["K0108 ?? (just that)",
     "большое спасибо, всё ясно",
     "what does Wellcare MA pay for E1399 in Ohio",
     "has the walker claim for the pt we shipped to last week paid",
     "where's the CMN template on the G drive",
     "what is our first pass rate for E1399 claims",
     "which new HCPCS codes will be added in January 2028",
     "pull up all the E1399 lines we billed in March"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_questions_only_the_team_or_a_plan_can_answer_are_declined(question: str) -> None:
    result = KB.ask(question)
    assert not result.answered
    assert result.answered_from is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("how long until medicare pays a clean claim we billed electronically", "payment-floor"),
     ("can the tech's drive time be billed as labor on a repair", "repair-labor-k0739"),
     ("what does gap-filling mean for new codes", "gap-filling"),
     ("what does Aetna need to pay an E1399 claim", "prior-auth-commercial"),
     ("E1399 (misc DME) - what goes in the narrative?", "narrative-contents")],
)  # fmt: skip
def test_billing_questions_worded_like_them_are_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id
