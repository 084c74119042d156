"""The NOC code of a line goes by what the claim says the line is (an accessory of a named base
item, a repair part, a standalone item), never by how its description happens to be worded;
and what the biller reads next to it (narrative, next steps) keeps the required parts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.models import Claim
from tests.conftest import repository_content

BUILDER = repository_content().outcome
TODAY = dt.date(2026, 12, 6)


def claim(payer: str, item: dict[str, Any], **rest: Any) -> Claim:
    """A claim whose code the outcome works out from the item (no code keyed)."""
    return Claim.model_validate({"payer": {"type": payer, "state": "WA"}, "item": item,
                                 "date_of_service": "2026-11-25", **rest})  # fmt: skip


CANE_HOLDER = {"category": "supply_accessory", "manufacturer": "NOVA Medical Products",
               "model": "4216", "unit_price": "45.00", "acquisition": "new_purchase",
               "base_item_code": "E0149"}  # fmt: skip


@pytest.mark.parametrize(
    "description",
    [
        "NOVA Medical Products 4216 Rollator Cane Holder - clamps to rollator frame, holds "
        'standard & quad canes, fits 7/8"-1" tubing, black powder coat',
        "Rollator cane holder, clamp-on, holds std & quad canes",
    ],
)
def test_an_accessory_of_a_named_base_item_is_a9900_however_it_is_worded(description: str) -> None:
    """F1.6, F2.4: a component of another HCPCS code, with the base item's code named."""
    outcome = BUILDER.build(claim("medicare", {**CANE_HOLDER, "description": description}), TODAY)
    assert outcome.code == "A9900"
    assert outcome.narrative.endswith("for E0149")
    assert not any("may be the better NOC code" in w for w in outcome.warnings)


def test_a_keyed_accessory_code_for_a_named_base_item_moves_to_a9900_and_says_why() -> None:
    item = {**CANE_HOLDER, "description": "Rollator cane holder, clamp-on"}
    keyed = claim("medicare", item, code_check={"searched": True, "chosen_code": "A9999"})
    outcome = BUILDER.build(keyed, TODAY)
    assert outcome.code == "A9900"
    assert any("accessory of E0149" in w and "instead of A9999" in w for w in outcome.warnings)


PENDANT = {"category": "equipment", "manufacturer": "Invacare", "model": "G-series pendant 1090",
           "unit_price": "145.00", "acquisition": "repair", "repair_of_code": "E0260",
           "repair_of_purchased": "2021-06", "labor_minutes": 45}  # fmt: skip


@pytest.mark.parametrize("payer", ["medicare", "medicaid"])
@pytest.mark.parametrize(
    "description",
    [
        "Repair of the patient's own semi-electric hospital bed: replacement pendant hand control",
        "replacement pendant hand control for pt owned semi-electric hosp bed",
    ],
)
def test_a_repair_part_of_a_named_item_bills_that_items_noc_code_however_worded(
    payer: str, description: str
) -> None:
    """F1.5, F16.8: a bed's replacement part is E1399 with RB, the bed's code in the narrative."""
    outcome = BUILDER.build(claim(payer, {**PENDANT, "description": description}), TODAY)
    assert outcome.code == "E1399"
    assert "RB" in outcome.modifiers
    assert "E0260 del-06/21" in outcome.narrative
    assert not any("A9900 may be the better" in w for w in outcome.warnings)


@pytest.mark.parametrize("payer", ["medicare", "medicaid"])
@pytest.mark.parametrize("keyed", ["A9999", "A9900"])
@pytest.mark.parametrize(
    ("description", "category", "repaired"),
    [
        ("hospital bed hand control pendant", "equipment", "E0265"),
        ("replacement caster for patient lift", "equipment", "E0630"),
        ("CPAP blower assembly", "supply_accessory", "E0601"),
    ],
)
def test_a_repair_part_keyed_with_either_accessory_code_bills_the_named_items_noc_code(
    payer: str, keyed: str, description: str, category: str, repaired: str
) -> None:
    """F1.5, F16.8: A9999 and A9900 are both accessory codes, so a repair part keyed with
    either one is billed alike, and the biller is told why the code changed."""
    item = {**PENDANT, "description": description, "category": category,
            "repair_of_code": repaired}  # fmt: skip
    keyed_claim = claim(payer, item, code_check={"searched": True, "chosen_code": keyed})
    outcome = BUILDER.build(keyed_claim, TODAY)
    assert outcome.code == "E1399"
    assert "RB" in outcome.modifiers
    assert f"{repaired} del-06/21" in outcome.narrative
    assert any(f"repair of {repaired}" in w and f"instead of {keyed}" in w
               for w in outcome.warnings)  # fmt: skip


@pytest.mark.parametrize("keyed", ["A9999", "A9900"])
def test_a_repair_part_sent_with_an_accessory_code_keeps_it_and_says_which_code_fits(
    keyed: str,
) -> None:
    """A line the payer has already keeps its code; the biller still learns a repair part is
    billed with the repaired item's kind's NOC code, not an accessory code."""
    item = {**PENDANT, "description": "hospital bed hand control pendant"}
    sent = claim("medicare", item, code_check={"searched": True, "chosen_code": keyed},
                 claim={"status": "submitted", "submitted_on": "2026-11-30"})  # fmt: skip
    outcome = BUILDER.build(sent, TODAY)
    assert outcome.code == keyed
    assert any(f"went out as {keyed}" in w and "repair of E0260" in w and "E1399" in w
               for w in outcome.warnings)  # fmt: skip


@pytest.mark.parametrize("category", ["equipment", "other"])
def test_equipment_with_no_base_item_is_never_billed_as_a_component(category: str) -> None:
    """F1.6: A9900 is a component of another HCPCS code; with no base item, E1399."""
    item = {"description": "bed asist handle heavy duty, clamps to frame", "category": category,
            "manufacturer": "Stander", "model": "bed cane", "unit_price": "1240.00",
            "acquisition": "new_purchase"}  # fmt: skip
    outcome = BUILDER.build(claim("medicare", item), TODAY)
    assert outcome.code == "E1399"
    assert not any("A9900 may be the better" in w for w in outcome.warnings)
    assert not any("name the base item's code" in w for w in outcome.warnings)


def test_a_supply_with_no_base_item_keeps_a9900_and_is_asked_for_the_base_code() -> None:
    item = {"description": "bed asist handle heavy duty, clamps to frame",
            "category": "supply_accessory", "unit_price": "40.00"}  # fmt: skip
    keyed = claim("medicare", item, code_check={"searched": True, "chosen_code": "A9900"})
    outcome = BUILDER.build(keyed, TODAY)
    assert outcome.code == "A9900"
    assert any("Add the base item's code" in w for w in outcome.warnings)


def test_a_repair_narrative_keeps_maker_and_model_when_the_model_is_a_sentence() -> None:
    """F2.4: the description is shortened, and a model typed as words keeps its identifying
    word, before the manufacturer or model is dropped."""
    item = {**PENDANT, "description": "Repair of the patient's own semi-electric hospital bed: "
            "replacement pendant hand control",
            "model": "not sure, it's the pendant for their G-series bed"}  # fmt: skip
    outcome = BUILDER.build(claim("medicaid", item), TODAY)
    assert "Invacare G-series" in outcome.narrative
    assert "pendant hand control" in outcome.narrative
    assert "rpr E0260 del-06/21" in outcome.narrative
    narrative = next(c for c in outcome.checklist if c.id == "narrative")
    assert narrative.status == "have"
    assert "manufacturer" not in outcome.narrative_dropped
    assert "model" not in outcome.narrative_dropped


def planned_with_denial(records: str) -> dict[str, Any]:
    """A Medicare delivery planned for 12/11/2026, a denial expected as not reasonable and
    necessary, no ABN yet; the medical records as given."""
    item = {"description": "bed assist bar, freestanding", "category": "equipment",
            "manufacturer": "Stander", "model": "Pulse 2", "unit_price": "1240.00",
            "acquisition": "new_purchase"}  # fmt: skip
    planned = claim(
        "medicare", item, date_of_service="2026-12-11", expect_medicare_denial=True,
        denial_reason="not_reasonable_and_necessary",
        documents={"order": "have", "medical_records": records, "abn": "missing",
                   "manufacturer_spec": "have", "price_documentation": "have",
                   "no_code_explanation": "have"},
    )  # fmt: skip
    return {step["id"]: step["action"] for step in BUILDER.summary(planned, TODAY)["follow_up"]}


def test_a_planned_delivery_never_lists_the_abn_to_gather_after_the_delivery() -> None:
    """F6.1, F16.2: the ABN is signed before delivery; after it, it does not count."""
    actions = planned_with_denial(records="have")
    assert "Signed ABN" in actions["before_delivery"]
    assert not any("after the delivery" in a and "ABN" in a for a in actions.values())
    assert "gather_documents" not in actions  # nothing else is missing


def test_a_planned_delivery_still_lists_other_documents_to_gather_after_it() -> None:
    actions = planned_with_denial(records="missing")
    assert "Medical records" in actions["gather_documents"]
    assert "ABN" not in actions["gather_documents"]
