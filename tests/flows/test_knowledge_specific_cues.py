"""A specific question gets the specific entry, not the general one its words also draw: the
prior authorization list's groups, a sent request's wait, where the price is set, what to do
when a same or similar item may be on file, a Medicare Advantage plan's notice in place of an
ABN, whether an item counts as DME at all, a filed redetermination's wait and a narrative draft
pasted to be checked, and an ordering practitioner who opted out of Medicare."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "entries"),
    [("which product groups are on the medicare required PA list",
      {"prior-auth-list-codes"}),
     # one of the list's families by name: the list names its codes
     ("which back braces does medicare want prior auth on", {"prior-auth-list-codes"}),
     ("lower limb prostheses on the required PA list — what codes", {"prior-auth-list-codes"}),
     ("which pressure reducing support surface codes need prior auth",
      {"prior-auth-list-codes"}),
     ("PA sent for a K0856 on Tuesday, standard review. when should we hear?",
      {"prior-auth-review-times"}),
     ("which locality's pricing applies, our warehouse in Ohio or the patient's home in Kentucky?",
      {"fee-schedule-locality", "lower-of-fee-or-charge"}),
     ("Medicare prices the item by what zip, the delivery address or the bene's permanent address?",
      {"fee-schedule-locality", "lower-of-fee-or-charge"}),
     ("decision steps before delivering when a same/similar item might be on file?",
      {"same-or-similar-decision", "same-or-similar-check"}),
     ("MA member, the plan says it's not covered. do we give them something in writing before "
      "delivery?", {"abn-medicare-advantage"}),
     ("what makes something count as DME? the pt wants a gadget for convenience",
      {"dme-definition"}),
     ("we sent the redetermination to noridian last month, how long does it take them to decide?",
      {"redetermination"}),
     ("check this narrative pls: 'OVERBED TABLE TILT TOP, INVACARE MDL 6417, PL $215.00' anything "
      "missing?", {"narrative-contents"}),
     ("is this narrative too long? 'OVERBED TABLE TILT TOP, INVACARE MDL 6417, PL $215.00'",
      {"narrative-80-characters"}),
     ("the cardiologist opted out of medicare last year. can we still bill with his order?",
      {"who-can-order"})],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_the_specific_entry_answers(question: str, entries: set[str]) -> None:
    assert KB.ask(question).entry_id in entries


@pytest.mark.parametrize(
    "question",
    [
        "which back braces need PA with Aetna's Medicare plan?",
        "what power chairs need prior auth under Part C",
        "which knee orthoses need PA for medi-cal kids?",
    ],
)
def test_a_pa_list_family_asked_of_another_payer_is_not_given_medicares_list(
    question: str,
) -> None:
    assert KB.ask(question).entry_id != "prior-auth-list-codes"


@pytest.mark.parametrize(
    ("question", "entry"),
    [("whats the ntd narative limit for e1399", "narrative-80-characters"),  # "ntd" for NTE
     ("does medicare pay for a hearing aid", "statutory-exclusions"),
     ("does the abn have to be the new version for GA claims after may 2026",
      "abn-form-version")],
)  # fmt: skip
def test_a_question_the_content_answers_is_not_declined(question: str, entry: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == entry
