"""Questions no entry holds, declined by kind: the supplier's own enrollment (revalidation, its
PTAN, becoming a contract supplier), one doctor looked up in PECOS, a code's payment as a dollar
figure, one item's LCD criteria, a loop typed with only its segments, vision items, a later
quarter's new codes and one named patient's claim status. The
billing questions worded like them are still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["when is our revalidation due with the NSC",
     "where do I find our PTAN",
     "steps to become a contract supplier in the next bidding round",
     "is Dr Okafor in PECOS? the order came in today",
     "what's the E0260 payment in dollars",
     "E0601 allowable = ?",
     "medical necessity criteria for a hospital bed",
     "what does the LCD say about a power wheelchair",
     "loop 2430 SVD",
     "how do we bill contact lenses to medicare",
     "eyeglasses after cataract surgery, which modifier",
     "which new HCPCS codes come out next quarter",
     "is CMS adding a code for stair glides next quarter",
     "did Mrs. Alvarez's E1399 get paid",
     "claim status for Mr. Chen's cushion"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_questions_outside_the_entries_are_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [("do we need to be a contract supplier to bill OTS knee braces in 2026",
      "competitive-bidding-2026"),
     ("ordering doc isn't in PECOS at all. what form", "ordering-certifying-file"),
     ("how much will medicare pay on e1399", "medicare-pricing-e1399"),
     ("do MA plans have to follow medicare LCDs for dme", "medicare-advantage-billing"),
     ("where does the primary's paid amount go on the 837", "msp-billing"),
     ("hearing aid - abn or gy?", "gy-modifier"),
     ("where do I find the quarterly HCPCS update", "hcpcs-quarterly-update"),
     ("when does the next quarterly HCPCS file come out", "hcpcs-quarterly-update"),
     ("we passed TPE, can they pick us for TPE again next quarter", "tpe-review")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_billing_questions_beside_them_are_answered(question: str, entry_id: str) -> None:
    assert KB.ask(question).entry_id == entry_id


@pytest.mark.parametrize(
    ("question", "accepted"),
    [("apart from medical necessity, when else must we give an ABN for DMEPOS?",
      {"abn-other-reasons", "abn-when-required"}),
     # "besides" after the question asks about what it names
     ("list of noc codes besides E1399", {"other-noc-codes"})],
)  # fmt: skip
def test_a_case_set_aside_before_the_question_is_not_what_it_asks(
    question: str, accepted: set[str]
) -> None:
    assert KB.ask(question).entry_id in accepted
