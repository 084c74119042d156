"""Outcome rules billers meet after the code search: a power mobility device's own code and its
prior authorization (never for a supply, nor for the ABN's numbered choice), no whole base
device for a part of a named base item, a reviewed code that only adds a feature the item
lacks, a keyed error on a denied specific code, a distinct NOC item denied as a duplicate at
Noridian, a rented replacement after an incident, and what the description tells of (a
same-or-similar item from another supplier, a break in need, a decision at a later appeal level,
the proof of delivery's dates, supplier-made forms, a price-list amount that differs from the
charge)."""

from __future__ import annotations

import pytest

from flows.models import Claim
from flows.outcome.model import Outcome
from tests.flows.test_outcome_situations import BUILDER, TODAY, denied, outcome, warned


def coded(description: str, reviewed: list[str], payer: str = "medicare") -> Outcome:
    """A line still to be billed with E1399, the biller having looked at these codes."""
    claim = Claim.model_validate({
        "payer": {"type": payer, "state": "OH"},
        "item": {"description": description, "category": "equipment",
                 "acquisition": "new_purchase"},
        "code_check": {"searched": True, "chosen_code": "E1399", "candidates_reviewed": reviewed},
        "date_of_service": "2026-12-20",
    })  # fmt: skip
    return BUILDER.build(claim, TODAY)


def test_a_scooter_billed_e1399_bills_its_pov_code_and_asks_for_prior_authorization() -> None:
    """F16.12, F9.1: a whole power mobility device has its own code, on the PA list."""
    found = coded("3-wheel scooter (POV), standard, 250 lb capacity", [])
    assert found.code == "K0800"
    assert "prior_authorization" in found.missing


@pytest.mark.parametrize("category", ["equipment", "supply_accessory"])
def test_the_abns_numbered_choice_does_not_read_as_a_power_bases_option(category: str) -> None:
    """The ABN's "option 2" is the box the beneficiary checked, no power option of a base."""
    found = outcome(
        "ABN done before delivery, she chose option 2 - terry towel liner for the gel seat pad",
        item={"category": category},
    )
    assert found.code == "E1399"


def test_a_power_base_ordered_with_1_option_still_gets_its_code() -> None:
    found = coded("group 2 power chair, 1 option (tilt), sling seat, 280 lb", [])
    assert found.code == "K0835"


def test_a_supply_or_accessory_is_never_billed_as_a_whole_power_base() -> None:
    """A liner filed as a supply that says a base's "single option" is no power wheelchair."""
    found = outcome("liner, pt chose the single option", item={"category": "supply_accessory"})
    assert not found.code.startswith("K08")
    assert "prior_authorization" not in found.missing


def test_a_reviewed_code_that_only_adds_a_feature_the_item_lacks_is_not_billed() -> None:
    """E0737 is E0736 "controlled by phone application": an item run from a handheld
    controller is not moved onto it because the search reads it so."""
    found = coded(
        "transcutaneous tibial nerve stimulator w/ handheld controller (not app-run), OAB",
        ["E0736", "E0737"], payer="commercial",
    )  # fmt: skip
    assert found.code != "E0737"


@pytest.mark.parametrize(("description", "route"), [
    ("walker platform attachment E0154, billed with wrong DOS (typo)", "reopening"),
    ("walker platform attachment E0154, not sure why it denied", "new_claim"),
])  # fmt: skip
def test_a_co16_line_with_a_keyed_error_on_a_specific_code_is_reopened(
    description: str, route: str
) -> None:
    """F10.6: a wrong date of service is a clerical error; without MA130 the line is reopened."""
    found = outcome(
        description,
        code_check={"searched": True, "chosen_code": "E0154"},
        claim={"status": "denied", "submitted_on": "2026-11-18",
               "determination_date": "2026-11-30", "denial_codes": ["CO-16"]},
    )  # fmt: skip
    assert route in {f.id for f in found.follow_up}


@pytest.mark.parametrize(("state", "route"), [("NJ", "redetermination"), ("OH", "reopening")])
def test_a_distinct_noc_item_denied_as_a_duplicate_goes_to_redetermination_at_noridian(
    state: str, route: str
) -> None:
    """F10.9: Noridian sends NOC lines to redetermination; CGS's practice is not confirmed."""
    found = outcome(
        "2 different E1399 items same DOS, line 2 (powered leg-lift strap) denied OA-18, not a dup",
        payer={"type": "medicare", "state": state},
        claim={"status": "denied", "submitted_on": "2026-11-18",
               "determination_date": "2026-11-30", "denial_codes": ["OA-18"]},
    )  # fmt: skip
    assert route in {f.id for f in found.follow_up}


def test_a_rented_replacement_after_a_fire_takes_ra_on_its_first_month() -> None:
    """F16.9: RA on the first rental month of an item replaced after an incident."""
    found = outcome(
        "house fire destroyed the owned hospital bed; new bed starts a rental, month 1",
        code_check={"searched": True, "chosen_code": "E0261"},
        item={"acquisition": "rental", "rental_month": 1,
              "replacement_reason": "irreparable_damage"},
    )  # fmt: skip
    assert {"RR", "KH", "RA"} <= set(found.modifiers)


@pytest.mark.parametrize(("description", "phrase"), [
    ("pt already has a hospital bed from another supplier (2024). semi-electric bed",
     "Same or similar equipment is on file"),
    ("returned the bed in May when the need stopped; new order now, restart at month 1",
     "new rental period"),
    ("the ALJ denied it in October. powered bath lift", "Medicare Appeals Council"),
    ("POD: our tech wrote 11/11, pt wrote 11/12 next to her signature. bath lift",
     "the beneficiary's date is the date of service"),
    ("our pre-filled medical necessity form signed by the MD as the notes. bath lift",
     "not part of the medical record"),
    ("narrative says PL $450.00 but the billed charge is 520.00. bath lift",
     "same amount billed"),
    ("the NP who signed the order isn't in the Ordering & Certifying file yet. bath lift",
     "CMS-855O"),
])  # fmt: skip
@pytest.mark.sweep(n=3)
def test_what_the_description_tells_of_gets_its_warning(description: str, phrase: str) -> None:
    found = denied(description, "CO-50") if "ALJ" in description else outcome(description)
    assert warned(found, phrase), found.warnings


@pytest.mark.parametrize(("payer", "documents", "phrase"), [
    ({"type": "medicaid", "state": "NC"}, {"price_documentation": "missing"}, "invoice"),
    ({"type": "medicaid", "state": "MS"}, {"prior_authorization": "missing"}, "within 30 days"),
])  # fmt: skip
def test_a_medicaid_line_is_warned_of_its_states_invoice_and_authorization_rules(
    payer: dict[str, str], documents: dict[str, str], phrase: str
) -> None:
    """F4.5, F9.3: Medicaid prices manually priced lines from the invoice; Mississippi takes
    the prior authorization request up to 30 days after delivery."""
    found = outcome("powered pediatric floor sitter", payer=payer, documents=documents)
    assert warned(found, phrase), found.warnings


def test_a_rented_noc_code_the_cms_file_puts_in_capped_rental_gets_its_month_modifier() -> None:
    """E1239 (pediatric power wheelchair, not otherwise specified) has pricing indicator 36:
    month 1 is RR with KH, and no 'payment category not published' caveat."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "GA"},
        "date_of_service": "2026-11-20",
        "item": {"description": "pediatric power chair, no specific ped code fits, month 1",
                 "category": "equipment", "acquisition": "rental", "rental_month": 1},
        "code_check": {"searched": True, "chosen_code": "E1239"},
        "claim": {"status": "not_submitted"},
    })  # fmt: skip
    found = BUILDER.build(claim, TODAY)
    assert found.code == "E1239"
    assert {"RR", "KH"} <= set(found.modifiers)
    assert not any("payment category is not published" in w for w in found.warnings)


def test_a_hospital_beds_kit_is_never_billed_as_a_power_wheelchair() -> None:
    """A part of a named bed whose words and the ABN's "opt 1" read as a power base keeps E1399."""
    found = outcome(
        "hospital bed width extension, bariatric, 5 in per side; MD ordered; expect med nec "
        "denial; ABN signed, opt 1",
        item={"base_item_code": "E0260"},
    )
    assert found.code == "E1399"
    assert "prior_authorization" not in found.missing


def test_a_walkers_accessory_is_never_billed_as_a_walker() -> None:
    """An oxygen holder for a folding wheeled walker is no combination walker (E0150)."""
    found = outcome(
        "portable O2 cylinder holder for her walker -- no wait, the FOLDING wheeled walker. "
        "E1399, PDAC had nothing",
        item={"category": "supply_accessory", "base_item_code": "E0143"},
    )
    assert found.code == "E1399"
    assert not warned(found, "GY")
