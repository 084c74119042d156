"""What a biller sees for mounted items and wheelchair accessories: the place an item is mounted
on is never read as the item, and a wheelchair accessory with no specific code bills K0108."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.models import Claim
from flows.outcome.model import Outcome
from tests.conftest import repository_content

CONTENT = repository_content()
TODAY = dt.date(2026, 11, 28)


def outcome(description: str, chosen: str, payer: str = "medicare", **item: object) -> Outcome:
    claim = Claim.model_validate({
        "payer": {"type": payer, "state": "MN"},
        "item": {"description": description, "category": "equipment", "unit_price": "265.00",
                 **item},
        "code_check": {"searched": True, "chosen_code": chosen},
    })  # fmt: skip
    return CONTENT.outcome.build(claim, TODAY)


def test_a_table_mounted_arm_is_not_billed_as_the_never_covered_over_bed_table() -> None:
    built = outcome("Table-mounted robotic meal-assist arm with sip tube holder", "E1399")
    assert built.code == "E1399"
    assert "GY" not in built.modifiers
    assert not any("E0274" in w for w in built.warnings)


@pytest.mark.parametrize(
    ("description", "code"),
    [("Wheelchair-mounted tablet arm with quick-release clamp", None),  # no E1221 wheelchair
     ("bed-mounted trapeze bar", "E0910"),  # the bar, attached to the bed
     ("fixed vent tray mounted behind the power w/c seat", "E1029"),  # the place follows
     ("center mount power elevating leg rest", "E1012"),  # how it is mounted: a kind of it
     ("High mount flip-up footrest, each", "K0037")],
)  # fmt: skip
def test_the_place_an_item_is_mounted_on_is_not_read_as_the_item(
    description: str, code: str | None
) -> None:
    likely = CONTENT.codes.likely_specific(description)
    assert (likely and likely.code) == code


def test_a_wheelchair_mounted_accessory_gets_no_whole_wheelchair_code_warning() -> None:
    built = outcome("Wheelchair-mounted tablet arm with quick-release clamp", "E1399")
    assert not any("E1221" in w for w in built.warnings)


@pytest.mark.parametrize(
    ("chosen", "payer", "base"),
    [("A9900", "medicare", "K0003"), ("E1399", "medicaid", "K0004"), ("A9999", "medicare", None)],
)
def test_a_wheelchair_accessory_with_no_specific_code_bills_k0108(
    chosen: str, payer: str, base: str | None
) -> None:
    description = "tablet arm for power wheelchair"
    if base:
        description = "tablet arm with quick-release clamp"
    built = outcome(description, chosen, payer, base_item_code=base, category="supply_accessory")
    assert built.code == "K0108"
    assert any(f"bills K0108 instead of {chosen}" in w for w in built.warnings)


def test_an_accessory_of_another_base_keeps_its_noc_code() -> None:
    built = outcome("seat cushion for a rollator", "E1399", base_item_code="E0143")
    assert built.code != "K0108"


def test_a_sent_wheelchair_accessory_line_is_flagged_not_recoded() -> None:
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "MN"},
        "item": {"description": "tablet arm", "category": "supply_accessory",
                 "base_item_code": "K0003"},
        "code_check": {"searched": True, "chosen_code": "A9900"},
        "claim": {"status": "submitted", "submitted_on": "2026-11-20"},
    })  # fmt: skip
    built = CONTENT.outcome.build(claim, TODAY)
    assert built.code == "A9900"
    assert any("This line went out as A9900" in w for w in built.warnings)
