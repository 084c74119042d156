"""Topics billers ask about that each have their own entry: the specific question gets the
entry that states the fact, and an unconfirmed fact is answered as unconfirmed."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "entry_id", "must_say"),
    [
        ("who keeps the NDC to HCPCS crosswalk for dme claims", "ndc-hcpcs-crosswalk", "PDAC"),
        ("is L1833 still on medicare's prior auth list", "l1833-prior-auth-removed",
         "does not need a prior authorization"),
        ("denied CO-150 with M3 on an e1399 line", "denial-co150-m3", "same-or-similar"),
        ("medicare won't pay a prosthesis for a temporary condition, which modifier",
         "prosthetic-temporary-condition", "GY"),
        ("the order was signed by an intern, can we bill it",
         "residents-interns-fellows-orders", "intern, resident or fellow"),
        ("can an LCSW order a wheelchair for a medicare patient",
         "social-worker-psychologist-midwife-orders", "Unconfirmed"),
        ("medicare took back our payment since pt was inpatient that day",
         "inpatient-dme-recoupment", "discharge date"),
        ("does an item have to last 3 years to count as dme", "dme-definition", "at least 3 years"),
        ("labor units allowed for a seat lift scissor mechanism repair", "repair-labor-units",
         "scissor mechanism 3"),
        ("on a paper claim where do i type the NOC description", "nte02-narrative", "Item 19"),
        ("what has to be written in the narrative for a misc item", "narrative-contents",
         "manufacturer"),
        ("pt has both medicare and medicaid, which one gets the claim first",
         "dual-eligible-medicare-first", "Bill Medicare first"),
        ("premera monthly rental how many units", "premera-dme-units-modifiers",
         "one unit per month"),
        ("two totally different products both going out as e1399, how do we bill them",
         "two-noc-items-same-date", "Unconfirmed"),
        ("can a medical resident order dme", "residents-interns-fellows-orders",
         ("confirm with your DME MAC", "medium")),
        ("medicare recouped dme paid during a hospital stay", "inpatient-dme-recoupment",
         "2 days before discharge (DME, prosthetics and orthotics; not supplies)"),
        ("is K0825 on medicare's prior authorization list", "prior-auth-list-codes",
         "K0820-K0829"),
        ("do items on the WOPD list also need prior authorization",
         "wopd-list-vs-prior-auth-list", ("two different CMS lists", "unconfirmed")),
        ("what records should go in a reconsideration request for a miscellaneous dme line",
         "noc-appeal-packet", ("materials", "180 days")),
        ("does cgs follow different noc narrative rules than noridian", "noc-rules-by-dme-mac",
         "jointly"),
        ("give me the e1399 basics in a few bullets", "e1399-quick-overview",
         ("SV101-7", "12 months")),
        ("can a PA-C write the order for a walker", "np-pa-cns-orders", "PECOS"),
        ("if our price is under the fee schedule does medicare pay the fee schedule",
         "lower-of-fee-or-charge", "whichever is lower"),
        ("manufacturer warranty covers the part, can we bill the labor", "repair-under-warranty",
         "K0739"),
        ("do we need an abn when the patient ordered after our telemarketing call",
         "abn-other-reasons", "unsolicited telephone contact"),
        ("patient moved to another state during the rental, which dme mac now",
         "rental-beneficiary-moves", "new permanent address"),
        ("the other insurer paid everything, can medicare still pay us something",
         "msp-primary-paid-in-full", "no secondary payment"),
        ("got a records letter from the unified program integrity contractor, deadline?",
         "upic-requests", ("30 calendar days", "eCFR")),
    ],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_specific_question_gets_the_entry_that_states_the_fact(
    question: str, entry_id: str, must_say: str | tuple[str, ...]
) -> None:
    result = KB.ask(question)
    assert (result.answered, result.entry_id) == (True, entry_id)
    for phrase in (must_say,) if isinstance(must_say, str) else must_say:
        assert phrase in result.text
    assert result.sources


def test_an_order_from_a_type_not_confirmed_for_dme_is_not_stated_as_allowed() -> None:
    result = KB.ask("clinical psychologist signed the order for a walker, ok for medicare?")
    assert result.entry_id == "social-worker-psychologist-midwife-orders"
    assert "Unconfirmed" in result.text and "ask your DME MAC" in result.text


def test_the_repair_labor_code_answer_points_to_the_unit_caps_without_repeating_them() -> None:
    labor = KB.ask("how do i bill labor time on a repair")
    assert labor.entry_id == "repair-labor-k0739"
    assert "labor units allowed per repair" in labor.text and "scissor" not in labor.text


@pytest.mark.parametrize(
    "question",
    ["what goes in the narrative for a repair part", "what should the narrative say for a repair"],
)
def test_a_repair_part_narrative_asks_for_the_repaired_items_purchase_month(question: str) -> None:
    result = KB.ask(question)
    assert result.answered
    assert "month/year" in result.text


@pytest.mark.parametrize(
    ("question", "entry_id", "must_say"),
    [("which CMS instruction made GZ lines deny automatically, MM7228?", "ga-gz-modifiers",
      "MM7228"),
     ("does the BCRC run the crossover to medigap now", "medicaid-crossover", "formerly the COBC"),
     ("CR 7270 timely filing exceptions", "timely-filing-exceptions", "CR 7270")],
)  # fmt: skip
def test_a_cms_instruction_or_contractor_asked_by_name_gets_the_entry_stating_it(
    question: str, entry_id: str, must_say: str
) -> None:
    result = KB.ask(question)
    assert result.entry_id == entry_id and must_say in result.text
