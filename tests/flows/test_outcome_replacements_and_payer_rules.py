"""Modifiers and documents a biller checks line by line: RA on an orthosis or prosthesis bought
again after theft or loss (F16.9, F17.23), no RB on a repair's labor line (F16.8), and the
invoice or prior authorization a payer other than Original Medicare asks for, as the biller
quotes it, even on a specific code (F9.3, F12.5)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.models import Claim
from tests.conftest import repository_content

BUILDER = repository_content().outcome
TODAY = dt.date(2027, 4, 14)


def claim(payer: dict[str, Any], item: dict[str, Any], code: str, **documents: str) -> Claim:
    return Claim.model_validate({
        "payer": payer,
        "item": {"quantity": 1, "unit_price": "120.00", **item},
        "code_check": {"searched": True, "chosen_code": code},
        "date_of_service": "2027-04-02",
        "documents": {"order": "have", "medical_records": "have", **documents},
    })  # fmt: skip


@pytest.mark.parametrize(
    ("description", "category", "reason", "code", "ra"),
    [("wrist hand finger orthosis, prefab, the first one was lost on the bus", "orthotic",
      "loss", "L3808", True),
     ("BK prosthetic socket insert, old one burned in a kitchen fire", "prosthetic",
      "irreparable_damage", "L5673", True),
     # A cane bought again after theft: RA is for a capped rental's first month or a
     # purchased orthosis or prosthesis, not for every purchase.
     ("quad cane, the old one was stolen from the porch", "equipment", "theft", "E0105", False)],
)  # fmt: skip
def test_an_orthosis_or_prosthesis_bought_again_after_an_incident_carries_ra(
    description: str, category: str, reason: str, code: str, ra: bool
) -> None:
    outcome = BUILDER.build(
        claim({"type": "medicare", "state": "OH"},
              {"description": description, "category": category,
               "acquisition": "new_purchase", "replacement_reason": reason}, code),
        TODAY,
    )  # fmt: skip
    assert outcome.code == code
    assert ("RA" in outcome.modifiers) is ra


@pytest.mark.parametrize(("code", "rb"), [("K0739", False), ("E1399", True)])
def test_a_repairs_labor_line_takes_no_rb_but_its_part_does(code: str, rb: bool) -> None:
    described = {"K0739": "labor, 30 min, replacing the hand control on pt's own lift chair",
                 "E1399": "replacement hand control for pt's own lift chair, no code"}  # fmt: skip
    outcome = BUILDER.build(
        claim({"type": "medicare", "state": "KS"},
              {"description": described[code], "category": "equipment", "acquisition": "repair",
               "repair_of_code": "E0627", "repair_of_purchased": "2022-03",
               "labor_minutes": 30 if code == "K0739" else None}, code),
        TODAY,
    )  # fmt: skip
    assert ("RB" in outcome.modifiers) is rb


@pytest.mark.sweep(n=3, by="needed")
@pytest.mark.parametrize(
    ("payer", "description", "needed"),
    [({"type": "medicaid", "name": "Example State Medicaid", "state": "KS"},
      "pediatric hospital crib, medicaid prices it off the mfr invoice", True),
     ({"type": "commercial", "name": "Great Plains Health", "state": "KS"},
      "pediatric hospital crib, plan wants the invoice with the claim", True),
     ({"type": "medicaid", "name": "Example State Medicaid", "state": "KS"},
      "pediatric hospital crib; plan: codes with no fee require an MSRP printout", True),
     # The biller's own price, not the payer's rule.
     ({"type": "commercial", "name": "Great Plains Health", "state": "KS"},
      "pediatric hospital crib, we priced it at MSRP", False),
     # No rule quoted: a specific code is priced from the fee schedule.
     ({"type": "medicaid", "name": "Example State Medicaid", "state": "KS"},
      "pediatric hospital crib, invoice is in the folder", False),
     # Original Medicare needs no invoice on the claim (F4.4), whatever the biller heard.
     ({"type": "medicare", "state": "KS"},
      "pediatric hospital crib, they want the invoice", False)],
)  # fmt: skip
def test_a_quoted_invoice_rule_makes_price_documentation_required_on_a_specific_code(
    payer: dict[str, Any], description: str, needed: bool
) -> None:
    outcome = BUILDER.build(
        claim(payer, {"description": description, "category": "equipment",
                      "acquisition": "new_purchase"}, "E0300", price_documentation="missing"),
        TODAY,
    )  # fmt: skip
    (item,) = [c for c in outcome.checklist if c.id == "price_documentation"]
    assert (item.status == "missing") is needed
    assert ("price_documentation" in outcome.missing) is needed


def test_a_full_body_lift_sling_keyed_e1399_bills_e0621() -> None:
    """A full-body sling is E0621's canvas or nylon sling, not another item named "body"."""
    outcome = BUILDER.build(
        claim({"type": "medicare", "state": "SD"},
              {"description": "nylon full body sling for the patient lift at home",
               "category": "supply_accessory", "acquisition": "new_purchase",
               "base_item_code": "E0630"}, "E1399"),
        TODAY,
    )  # fmt: skip
    assert outcome.code == "E0621"
    assert "NU" in outcome.modifiers


@pytest.mark.parametrize(
    ("description", "code"),
    [("personal sound amplifier with earbuds, E1399 ok?", "E1399"),
     ("voice amplifier after laryngectomy, we keyed E1399?", "L8510")],
)  # fmt: skip
def test_a_sound_amplifier_for_hearing_is_no_voice_amplifier(description: str, code: str) -> None:
    """L8510 is a voice amplifier, a speech aid: an amplifier for hearing keeps its NOC code
    (and Medicare's exclusion of hearing aids, F17.27), a voice amplifier is L8510."""
    outcome = BUILDER.build(
        claim({"type": "medicare", "state": "SD"},
              {"description": description, "category": "equipment",
               "acquisition": "new_purchase"}, "E1399"),
        TODAY,
    )  # fmt: skip
    assert outcome.code == code


@pytest.mark.parametrize(
    ("acquisition", "reason"), [("replacement", "theft"), ("new_purchase", None)]
)
def test_a_replaced_item_named_like_a_chair_is_no_wheelchair_part(
    acquisition: str, reason: str | None
) -> None:
    # "replacement" says the whole item is bought again, not that it is a piece of a chair:
    # K0108 is for wheelchair parts only (F16.12), and a wrong code is denied (F11.3).
    outcome = BUILDER.build(
        claim({"type": "medicare", "state": "AZ"},
              {"description": "replacement shower commode tilt chair", "category": "equipment",
               "acquisition": acquisition, "replacement_reason": reason}, "E1399"),
        TODAY,
    )  # fmt: skip
    assert outcome.code == "E1399"
    assert not any("wheelchair component" in w for w in outcome.warnings)
