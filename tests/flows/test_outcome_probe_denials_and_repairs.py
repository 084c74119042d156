"""What a biller reads on a denied NOC line that has a likely specific code, on an oxygen
equipment repair, and on a NOC repair part whose repaired item is named (F0.2, F11.3, F16.8)."""

from __future__ import annotations

import pytest

from tests.flows.test_outcome_situations import denied, outcome, warned


@pytest.mark.parametrize(
    ("description", "likely"),
    [("heavy duty bariatric trapeze bar", "E0911"), ("full body lift sling", "E0621")],
)
def test_an_n350_denial_with_a_likely_code_checks_that_code_before_the_narrative(
    description: str, likely: str
) -> None:
    """A NOC line is denied when a valid code exists and the DME MAC does not recode it: the new
    claim bills the specific code if it describes the item; only otherwise the narrative."""
    found = denied(description, "CO-16", "N350", "MA130")
    step = next(f.action for f in found.follow_up if f.id == "new_claim")
    assert f"Check {likely}" in step and f"bill {likely} on the new claim" in step
    assert step.index(f"Check {likely}") < step.index("fix the SV101-7 description")


def test_an_n350_denial_with_no_likely_code_still_asks_for_the_narrative() -> None:
    found = denied("home powered bed-end foot-positioning frame", "CO-16", "N350", "MA130")
    step = next(f.action for f in found.follow_up if f.id == "new_claim")
    assert "Fix the SV101-7 description" in step and "Check " not in step


@pytest.mark.parametrize("code", ["K0740", "K0739", "E1399"])
def test_an_oxygen_equipment_repair_gets_no_gy_and_no_bill_the_beneficiary_advice(code) -> None:
    """F16.8: oxygen repairs are not billed to Original Medicare, labor included; K0740's
    coverage code M must not turn into "bill it with GY ... the beneficiary can be billed"."""
    found = outcome(
        "labor to repair oxygen concentrator, replaced compressor",
        item={"acquisition": "repair", "repair_of_code": "E1390", "unit_price": "25.00"},
        code_check={"searched": True, "chosen_code": code},
    )
    assert "GY" not in found.modifiers
    assert not warned(found, "beneficiary can be billed") and not warned(found, "with GY")
    abn = next(entry for entry in found.checklist if entry.id == "abn")
    assert "not billed to Original Medicare" in abn.why
    assert warned(found, "Repairs of oxygen equipment are not paid separately")


@pytest.mark.parametrize(("repaired", "asked"), [("E1390", False), ("E0260", True)])
def test_only_a_repair_that_is_billed_asks_when_the_repaired_item_was_bought(
    repaired: str, asked: bool
) -> None:
    """F16.8: an oxygen equipment repair is not billed, so its narrative needs no purchase month;
    any other repair's narrative carries the repaired item's code and that month."""
    found = outcome(
        "compressor replaced",
        item={"acquisition": "repair", "repair_of_code": repaired, "category": "supply_accessory"},
    )
    assert warned(found, f"Give the month {repaired} was purchased or delivered") is asked


def test_k0740_outside_an_oxygen_repair_keeps_its_gy_advice() -> None:
    found = outcome(
        "labor to repair hospital bed motor",
        item={"acquisition": "repair", "repair_of_code": "E0260", "unit_price": "25.00"},
        code_check={"searched": True, "chosen_code": "K0740"},
    )
    assert "GY" in found.modifiers and warned(found, "Medicare never covers K0740")


@pytest.mark.parametrize(
    ("repaired", "warned_for_base"), [("E0260", False), ("E0143", False), (None, True)]
)
def test_a_noc_repair_part_naming_the_repaired_item_is_not_asked_for_a_base_code(
    repaired, warned_for_base
) -> None:
    """F16.8: a repair part's narrative names the repaired item's code; that is the code the
    "No base item code" warning asks for."""
    found = outcome(
        "replacement side rail latch for hospital bed",
        item={"category": "supply_accessory", "acquisition": "repair", "repair_of_code": repaired},
    )
    assert warned(found, "No base item code") is warned_for_base


@pytest.mark.sweep(n=3, by="hinted")
@pytest.mark.parametrize(
    ("description", "hinted"),
    [
        ("replacement tilt shower chair, destroyed in house fire", True),
        ("replacement rolling walker, the old one was stolen from the car", True),
        # the loss said in a clause of its own, after a semicolon or a comma
        ("new rolling walker; old one was stolen", True),
        ("bath bench, the previous bench got destroyed in the flood", True),
        ("new walker, pt says the old one is too heavy", False),
        ("replacement seal for the suction pump, lost suction", False),
        ("tilt shower chair with padded seat", False),
    ],
)
def test_a_purchase_said_to_replace_a_destroyed_item_is_pointed_at_ra(description, hinted) -> None:
    """F16.9: replacing an item lost, stolen or destroyed is a replacement (RA), not a first
    purchase; the biller who keyed new_purchase is told so."""
    found = outcome(description, item={"acquisition": "new_purchase"})
    assert warned(found, "that is a replacement, not a first purchase") is hinted


def test_a_replacement_keyed_with_its_reason_gets_ra_and_no_hint() -> None:
    found = outcome(
        "replacement tilt shower chair, destroyed in house fire",
        item={"acquisition": "replacement", "replacement_reason": "irreparable_damage"},
    )
    assert "RA" in found.modifiers
    assert not warned(found, "that is a replacement, not a first purchase")


def test_a_replacement_part_for_an_owned_item_is_not_pointed_at_ra() -> None:
    """F16.9: a part replaced in a repair takes RB; RA is for a whole item replaced."""
    found = outcome(
        "replacement motor for bath lift, old one destroyed in flood",
        item={"acquisition": "new_purchase", "category": "supply_accessory",
              "base_item_code": "E0625"},
    )  # fmt: skip
    assert not warned(found, "that is a replacement, not a first purchase")
