"""A whole item replaced keeps the whole item's code: the word "replacement" and why the item is
replaced (wear, worn out, a fire) name no accessory, supply or other item (facts F1.6, F16.9);
a replacement part for an item is still that item's part."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.models import Claim
from tests.conftest import repository_content
from tests.flows.code_book import BOOK

BUILDER = repository_content().outcome
TODAY = dt.date(2026, 12, 6)
PATIENT_LIFTS = {"E0630", "E0635", "E0636", "E0639", "E0640"}


@pytest.mark.parametrize(
    "typed",
    ["replacement patient lift", "Hoyer lift replacement",
     "patient lift replacement, old one worn out",
     "Replacement wear \u2013 irreparable wear of pt's lift, 6 yrs old",
     "Replacement wear - irreparable wear of pt's lift, 6 yrs old"],
)  # fmt: skip
def test_a_replaced_whole_lift_is_a_patient_lift_not_an_accessory(typed: str) -> None:
    assert BOOK.noc_for(typed).code == BOOK.noc_for("hoyer lift").code == "E1399"
    assert BOOK.search(typed, 5)[0].code in PATIENT_LIFTS


def test_the_reason_for_a_replacement_names_no_ostomy_barrier_nor_a_shoe_lift() -> None:
    found = [c.code for c in BOOK.search("Replacement wear - irreparable wear of pt's lift", 5)]
    assert found[:3] and set(found[:3]) <= PATIENT_LIFTS
    assert not any(code.startswith(("A44", "L33")) for code in found)
    # "extended wear" still names an ostomy barrier: only a reason's "wear" is dropped
    assert BOOK.search("extended wear skin barrier", 3)[0].code.startswith("A4")


@pytest.mark.parametrize(
    ("typed", "code"),
    [("replacement sling for hoyer lift", "E0621"),
     ("replacement battery for the patient lift", None),
     ("replacement belt for the CPM machine", None)],
)  # fmt: skip
def test_a_replacement_part_for_an_item_stays_that_items_part(typed: str, code: str | None) -> None:
    if code is not None:
        assert BOOK.search(typed, 3)[0].code == code
    assert BOOK.noc_for(typed).code == "A9900"


def outcome(payer: str, item: dict[str, Any], code: str | None) -> Any:
    check = {"searched": True, "chosen_code": code} if code else {"searched": True}
    return BUILDER.build(
        Claim.model_validate({
            "payer": {"type": payer, "state": "OH"},
            "item": {"quantity": 1, "unit_price": "1200.00", "category": "equipment", **item},
            "code_check": check, "date_of_service": "2026-11-20",
            "documents": {"order": "have", "medical_records": "have"},
        }),
        TODAY,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("description", "reason"),
    [("Replacement patient lift, old one worn out", "irreparable_wear"),
     ("Replacement after house fire of pt's bath safety lift", "irreparable_damage")],
)  # fmt: skip
def test_a_medicare_replacement_gets_no_accessory_code_warning(
    description: str, reason: str
) -> None:
    found = outcome("medicare", {"description": description, "acquisition": "replacement",
                                 "replacement_reason": reason}, "E1399")  # fmt: skip
    assert not any("A9900" in w or "A9999" in w for w in found.warnings)
    assert not any("L333" in w for w in found.warnings)  # no shoe lift for a patient lift


def test_a_worn_out_lift_replaced_on_a_commercial_plan_gets_no_accessory_code() -> None:
    description = "Replacement wear \u2013 irreparable wear of pt's lift, 6 yrs old"
    found = outcome("commercial", {"description": description, "acquisition": "replacement",
                                   "replacement_reason": "irreparable_wear"}, None)  # fmt: skip
    assert found.code != "A9900"
    assert not any("A44" in w for w in found.warnings)  # no ostomy barrier named


def test_a_replacement_part_no_item_owns_is_a_supply_not_equipment() -> None:
    """A part named after "replacement" is a supply or accessory even with no item it belongs
    to (A9999), while the whole item replaced stays equipment (E1399)."""
    assert (
        BOOK.noc_for("replacement battery pack that fits several home devices, no one item").code
        == "A9999"
    )
    assert BOOK.noc_for("replacement patient lift").code == "E1399"
