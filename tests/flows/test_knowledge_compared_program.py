"""One state's Medicaid program named only to compare with ("... like Maryland Medicaid does")
is left out of the question: the answer is about the payer asked about. A question about the
program itself still gets the program's entry. Likewise a supplier contracted with a Medicare
Advantage plan asks its own appeal route, not the non-contracted supplier's waiver, and prior
authorization asked on a commercial claim is the commercial entry's, and a redetermination past
its window the late appeal's (good cause). What a clause says the item is not (", not
diabetic,") is left out too."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("does the DME MAC price a misc line by individual consideration, same as Maryland "
      "Medicaid?", "medicare-pricing-e1399"),
     ("does medicare use individual consideration for E1399 like texas medicaid does",
      "medicare-pricing-e1399"),
     ("how does maryland medicaid price E1399", "maryland-medicaid-dme")],
)  # fmt: skip
def test_a_program_compared_with_is_not_the_one_asked_about(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("we are contracted with the humana MA plan, do we get the waiver appeal route too",
      "ma-contracted-supplier-appeals"),
     ("non-par with this MA plan, how do we get our appeal heard", "ma-waiver-of-liability")],
)  # fmt: skip
def test_a_contracted_suppliers_appeal_is_not_the_waiver(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("commercial plan, misc item around $1,200 - do we need an auth?", "prior-auth-commercial"),
     ("E1399 item for $640, prior auth needed?", "prior-auth-commercial"),
     ("commercial plan wants an invoice with the E1399, what should it show",
      "commercial-invoice")],
)  # fmt: skip
def test_prior_authorization_on_a_commercial_claim_is_the_commercial_entry(
    question: str, entry_id: str
) -> None:
    assert KB.ask(question, context={"payer": "commercial"}).entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["a week past the 120 days on our redetermination, can we still file it",
     "our appeal is going in 10 days late, anything we should add"],
)  # fmt: skip
def test_a_redetermination_past_its_window_is_the_late_appeal(question: str) -> None:
    assert KB.ask(question).entry_id == "late-appeal-good-cause"


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("orthopedic shoe modification, not diabetic, no L code fits: which NOS code",
      "l3649-orthopedic-shoe-modification"),
     ("diabetic shoe modification with no specific code: which NOS code",
      "a5507-diabetic-shoe-modification")],
)  # fmt: skip
def test_what_a_clause_says_the_item_is_not_does_not_pick_the_answer(
    question: str, entry_id: str
) -> None:
    assert KB.ask(question).entry_id == entry_id
