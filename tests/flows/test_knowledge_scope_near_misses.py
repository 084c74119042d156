"""Billing questions worded like the declined shapes (another payer, the status of the team's own
submission, a remittance dated by shorthand, the beneficiary's cost sharing) are answered; the
intended declines beside them stay declined."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [# "no fault of the patient" describes a theft, loss or damage replacement, not a carrier
     ("walker was stolen through no fault of the pt, do we use the RA modifier?", "replacement-ra"),
     ("the chair was destroyed in a fire, no fault of the pt, is that irreparable damage for RA?",
      "replacement-ra"),
     # what the patient got is no contractor's action on our submission
     ("did the pt get our ABN before delivery? if not can we still bill him?",
      "abn-after-delivery"),
     ("has the patient received the walker yet? if it shipped, which date is the date of service?",
      "date-of-service"),
     # "status of our claim if ...": a rule asked by a condition
     ("what is the status of our claim if it was rejected with MA130?", "denial-ma130"),
     # how to check a claim's status asks how, not where one claim stands
     ("how do I check the status of my claim", "claim-status"),
     ("how can we check the status on our claim?", "claim-status"),
     # RA before a date in a replacement question is still the replacement modifier
     ("do I need RA 11/20 DOS for the replacement walker after theft?", "replacement-ra"),
     # coinsurance under an ABN is who owes what, not a cost-sharing figure
     ("if Medicare denies with an ABN, can we bill the patient the coinsurance too?",
      "bill-patient-without-abn")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_billing_questions_near_the_declined_shapes_are_answered(
    question: str, entry_id: str
) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["Tricare East - do they want an invoice with the E1399 claim",
     "auto insurance PIP claim, how do we bill the carrier",
     "no fault carrier is primary on the wheelchair, how do we bill them",
     "has Noridian processed our redetermination yet",
     "did the QIC get our reconsideration packet",
     "what's the status of the ADR we sent on 11/14",
     "what's the status of my claim",
     "did our claim pay"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_the_intended_declines_stay_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None
