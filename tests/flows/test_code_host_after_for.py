"""The item a part is for decides what the part is: a seat insert for a wheelchair is no foot
insert, a leg rest for a recliner no wheelchair accessory, and a custom-made part of a wheelchair
no custom wheelchair base."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.parametrize(
    "typed",
    ["custom molded seat insert for manual wheelchair",
     "custom molded seat insert for a manual wc",
     "contoured seat insert for a power wheelchair",
     "foam back insert for a manual wheelchair",
     "seat insert for a transport chair",
     "firm seat insert for a wheelchair with a sling seat",
     "custom seat insert for a pediatric wheelchair",
     "molded seat insert for a tilt in space wheelchair",
     "gel insert for the seat of a manual wheelchair",
     "solid insert for a wheelchair seat",
     "rigid seat insert for a folding wheelchair",
     "plastic insert for a wheelchair sling seat",
     "hand molded seat insert for his wheelchair",
     "pressure relief seat insert for a manual wheelchair, custom molded",
     "custom molded seat insert for the manual wheelchair"],
)  # fmt: skip
def test_a_seat_insert_for_a_wheelchair_is_offered_a_wheelchair_code_first(typed: str) -> None:
    first = BOOK.search(typed, limit=1)[0]
    assert "wheelchair" in first.description.lower(), (first.code, first.description)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("gel insert for a shoe", "L3000"),  # a shoe is worn on the foot: the foot insert stays
     ("elevating leg rest for a manual wheelchair", "E0990"),
     ("headrest for a power wheelchair", "E0955")],
)  # fmt: skip
def test_a_part_whose_host_the_code_names_keeps_its_code(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    "typed",
    ["elevating leg rest platform for recliner",
     "elevating leg rest platform for a recliner",
     "power elevating leg rest for a lift recliner",
     "anti tip bar for a recliner"],
)  # fmt: skip
def test_a_part_for_a_recliner_is_not_warned_as_a_wheelchair_accessory(typed: str) -> None:
    # A "Wheelchair accessory, ..." code is made for a wheelchair, not the recliner named.
    likely = BOOK.likely_specific(typed)
    assert likely is None or "wheelchair accessory" not in likely.description.lower()


def test_a_leg_rest_for_a_recliner_is_offered_no_power_wheelchair_seating_code_first() -> None:
    first = BOOK.search("elevating leg rest platform for recliner", limit=1)[0]
    assert "wheelchair accessory" not in first.description.lower(), first.code


@pytest.mark.parametrize(
    "typed",
    ["custom molded seat insert for manual wheelchair",
     "custom molded seat insert for a manual wc, vendor quote attached",
     "custom molded back insert for a power chair",
     "custom contoured insert for a power chair seat",
     "custom foam insert for a manual wheelchair back",
     "custom contoured seat insert for his manual chair"],
)  # fmt: skip
def test_a_custom_part_of_a_wheelchair_is_a_wheelchair_part_not_a_custom_base(typed: str) -> None:
    assert BOOK.noc_for(typed, None).code == "K0108"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("custom manual wheelchair", "K0008"),
     ("custom welded frame for a manual wheelchair", "K0008"),
     ("custom-built power base for a 30 yo with severe contractures, built to his measurements",
      "K0013"),
     ("custom built manual wheelchair base for an adult", "K0008"),
     ("custom built power wheelchair base", "K0013")],
)  # fmt: skip
def test_a_whole_custom_base_keeps_its_custom_base_code(typed: str, code: str) -> None:
    assert BOOK.noc_for(typed, None).code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("robotic elbow wrist hand orthosis", "L8701"),
     ("robotic upper limb orthosis custom", "L8701")],
)  # fmt: skip
def test_a_robotic_orthosis_is_the_powered_one(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code
