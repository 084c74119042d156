"""The code the outcome bills on repair and logistics lines: a loaner while owned equipment is
repaired, delivery talk, and the repaired item's own code, none of which is the line's item."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.models import Claim
from tests.conftest import repository_content

BUILDER = repository_content().outcome


@pytest.mark.sweep(n=3, by="billed")
@pytest.mark.parametrize(
    ("description", "acquisition", "billed"),
    [("loaner power chair for 6 days while the gearbox on pt's own chair was rebuilt",
      "rental", "K0462"),
     # the part's own code (E2368, drive wheel motor), not K0462
     ("drive motor replaced on pt-owned power chair, loaner given meanwhile", "repair", "E2368"),
     ("used quad cane from our loaner closet, sold to pt", "used_purchase", None),
     # a loaner said without the word "loaner"
     ("temp wheelchair lent to pt while his chair is in for repairs", "rental", "K0462"),
     ("loaned pt a manual wheelchair while her own power chair was being repaired (3 days)",
      "rental", "K0462"),
     ("lent the pt a walker for the weekend, she is buying it", "new_purchase", None)],
)  # fmt: skip
def test_a_loaner_while_owned_equipment_is_repaired_bills_k0462(description, acquisition, billed):
    """F17.25: Medicare pays a loaner as K0462; a repair line that mentions one keeps its code."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "NC"},
        "item": {"description": description, "category": "equipment", "acquisition": acquisition,
                 **({"repair_of_code": "K0823"} if acquisition == "repair" else {})},
        "code_check": {"searched": True, "chosen_code": "E1399"},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == billed if billed else outcome.code != "K0462"
    assert any("why it took more than a day" in w for w in outcome.warnings) is (billed == "K0462")


@pytest.mark.parametrize(
    ("description", "acquisition", "not_billed"),
    [("POD: tech wrote 11/11, pt wrote 11/12. motorized bed-bound hair-washing basin w/ pump",
      "new_purchase", "A9274"),  # delivery talk names no insulin delivery system
     ("delivered on a holiday, never billed: motorized bed-bound hair-washing basin w/ pump",
      "new_purchase", "A9274"),
     ("CPAP (E0601) owned since 2020 - blower assembly replaced, out of warranty", "repair",
      "E0601"),  # the repaired item, not the part
     ("powered lift-assist cushion for recliner, no code - E0627 is the chair mechanism",
      "new_purchase", "E0627")],
)  # fmt: skip
def test_logistics_or_the_repaired_items_name_bill_no_other_item(description, acquisition,
                                                                  not_billed):  # fmt: skip
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "NJ"},
        "item": {"description": description, "category": "equipment", "acquisition": acquisition},
        "code_check": {"searched": True, "chosen_code": "E1399"},
    })  # fmt: skip
    assert BUILDER.build(claim, dt.date(2026, 11, 28)).code != not_billed


def test_the_repaired_items_own_code_is_no_code_for_its_service_line() -> None:
    """F17.22: a concentrator's maintenance visit is not billed as the concentrator (E1390);
    after month 36 it is an MS visit, not a repair."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "KS"},
        "item": {"description": "oxygen concentrator in month 41, PM visit due",
                 "category": "equipment", "acquisition": "repair", "repair_of_code": "E1390"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
    })  # fmt: skip
    found = BUILDER.build(claim, dt.date(2026, 12, 3))
    assert found.code == "E1399"
    assert not any("specific code: E1390" in w for w in found.warnings)
    assert any("maintenance-and-servicing visit (MS modifier)" in w for w in found.warnings)


def test_an_oxygen_repair_not_billed_to_medicare_asks_for_no_billing_documents() -> None:
    """F16.8: the outcome says not to bill the repair, so it must not also ask for the price
    list and narrative a NOC line needs, nor offer a better NOC code for it."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "GA"},
        "item": {"description": "sieve beds and compressor rebuild kit", "category": "equipment",
                 "acquisition": "repair", "repair_of_code": "E1390", "unit_price": "145.00",
                 "manufacturer": "Acme", "model": "O5"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
        "date_of_service": "2026-11-25",
        "documents": {"medical_records": "have", "proof_of_delivery": "have"},
    })  # fmt: skip
    found = BUILDER.build(claim, dt.date(2026, 12, 5))
    status = {item.id: item.status for item in found.checklist}
    assert found.missing == []
    assert status["price_documentation"] == status["narrative"] == "not_needed"
    assert not any("better NOC code" in w for w in found.warnings)
    assert any("Do not bill Original Medicare for this repair" in f.action for f in found.follow_up)


def test_a_repair_part_keyed_with_its_own_code_is_not_billed_as_labor() -> None:
    """F16.8: a part replaced in a repair keeps its own code and takes RB; K0739 is the labor's
    line, however much "repair" and a deadline on Labor Day make the search read labor."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": "REPAIR dual mode charger for owned power chair K0823 (purch "
                                "06/2023); the 12 mo limit falls on labor day, send now?",
                 "category": "wheelchair_part", "acquisition": "repair",
                 "repair_of_code": "K0823", "repair_of_purchased": "2023-06"},
        "code_check": {"searched": True, "chosen_code": "E2367"},
    })  # fmt: skip
    found = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert found.code == "E2367" and "RB" in found.modifiers
