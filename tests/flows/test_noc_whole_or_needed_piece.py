"""How a biller says whether the item is whole or a piece: "the whole device" after an item
used with a wheelchair keeps it a whole item (not K0108), "the heat lamp needs a new bulb"
bills the bulb as a piece of the lamp (A9900), and a pen, mitt or clipper for a weak or
shaky hand is a daily-living supply (A9999)."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.parametrize(
    "item",
    [
        "tracked stair-climbing device for a wheelchair, the entire device",
        "folding ramp to get her wheelchair over the porch step, whole item",
        "motorized carrier that hauls the power chair up the stairs - whole unit, no code",
    ],
)
def test_an_item_said_to_be_whole_is_no_wheelchair_part(item: str) -> None:
    assert BOOK.noc_for(item).code == "E1399"


@pytest.mark.parametrize(
    "item",
    [
        "joystick for the power chair, whole unit",
        "replacement push handles for the wheelchair, the whole set",
    ],
)
def test_a_chair_piece_said_to_be_whole_stays_a_wheelchair_part(item: str) -> None:
    assert BOOK.noc_for(item).code == "K0108"


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("the heat lamp needs a new bulb", "A9900"),
        ("the suction machine needs a new mounting plate", "A9900"),
        ("her CPM needs a replacement strap set", "A9900"),
        ("the wheelchair needs new hand rims, pt has weak grip", "K0108"),
    ],
)
def test_a_piece_a_named_item_needs_is_that_items_part(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    [
        "weighted pen for essential tremor",
        "bath mitt with a soap pocket for a patient with limited hand use",
        "long-handled toenail clipper for a patient with arthritis who cannot bend",
        "key holder turning aid for arthritic hands",
    ],
)
def test_a_pen_mitt_or_clipper_for_a_weak_hand_is_a_dme_supply_nos(item: str) -> None:
    assert BOOK.noc_for(item).code == "A9999"


def test_an_insulin_pen_is_no_daily_living_aid() -> None:
    assert BOOK.noc_for("insulin pen needle guard for a pt with tremor").code != "A9999"


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("height-adjustable sink for a pt in a wheelchair", "E1399"),
        ("adjustable-height table for a patient who must stand after back surgery", "E1399"),
        # the person's age still counts: a child's manual chair is the pediatric NOC
        ("folding manual wheelchair for a child", "E1229"),
    ],
)
def test_an_item_for_a_person_in_a_wheelchair_is_no_chair_part(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc
