"""A question whose subject is plainly outside DME billing (a consumer loan, a streaming service,
a meal delivered, the asker's own car, phone plan or lease) is declined even when it uses a
billing verb ("denied", "appeal", "how long does it take to deliver"). Billing questions using
the same verbs, or everyday words that name DME items ("car seat", "vehicle lift"), are still
answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["how long does pizza take to deliver",
     "how long does doordash take to deliver",
     "the grubhub driver is late, how long does delivery take",
     "my student loan got denied, what's the appeal deadline",
     "my car loan got denied, can i appeal it",
     "how long does it take to get a refund from netflix",
     "my hulu subscription payment got denied",
     "verizon denied my upgrade, how do I appeal",
     "my phone plan bill went up, can i appeal",
     "how do i appeal a denied apartment lease application",
     "my landlord denied my lease renewal, what's the deadline to appeal",
     "my rental car got denied at the counter"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_non_billing_subject_with_a_billing_verb_is_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    "question",
    ["how long do we have to appeal a denied hospital bed",
     "the car seat got denied, E1399 or a specific code?",
     "the patient's vehicle lift got denied, how do i appeal",
     "how long does prior auth take for a power chair",
     "how long does a redetermination take",
     "pt leases the bed, rental month 5 got denied"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_billing_questions_with_the_same_verbs_are_answered(question: str) -> None:
    assert KB.ask(question).entry_id is not None
