"""Everyday names billers type for walkers, incontinence and prosthetic supplies find their
code first, and an item that carries a wheelchair (a ramp, a vehicle lift) is no part of it."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


def _first_three(item: str) -> list[str]:
    return [found.code for found in BOOK.search(item, limit=3)]


@pytest.mark.parametrize(
    "item",
    ["Rollator w/ a seat, folding", "rollator with seat and hand brakes for pt",
     "4 wheel rollator with the built-in seat"],
)  # fmt: skip
def test_a_rollator_with_a_seat_is_the_wheeled_walker_not_the_enclosed_one(item: str) -> None:
    # A rollator's seat is part of the rollator: E0143, not E0144's posterior-seat walker.
    assert _first_three(item)[0] == "E0143"


def test_a_walker_with_a_posterior_seat_stays_the_enclosed_walker() -> None:
    assert _first_three("reverse walker with seat behind the child")[0] == "E0144"


@pytest.mark.parametrize(
    ("item", "code"),
    [("incontinence pads for the bed, case of 150", "A4554"),
     ("box of incontinence underpads", "A4554"),
     ("penile clamp for incontinence", "A4360")],
)  # fmt: skip
def test_incontinence_pads_are_underpads_not_the_urethral_clamp(item: str, code: str) -> None:
    assert _first_three(item)[0] == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("replacement VED ring", "L7902"),
     ("septal button for his nasal perforation", "L8047"),
     ("hemifacial prosthesis by the anaplastologist", "L8044"),
     ("new CI mic for the left processor", "L8616"),
     ("12 volt prosthetic battery charger", "L7366")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_prosthetic_and_implant_supplies_by_their_shop_names(item: str, code: str) -> None:
    assert _first_three(item)[0] == code


@pytest.mark.parametrize(
    "item",
    ["fold-up portable ramp for her wheelchair", "threshold ramp for the power chair",
     "vehicle lift for his scooter"],
)  # fmt: skip
def test_a_ramp_or_lift_for_a_wheelchair_is_not_a_wheelchair_accessory(item: str) -> None:
    assert BOOK.noc_for(item, None).code not in {"K0108", "K0014", "K0009"}


def test_a_real_wheelchair_part_still_goes_to_k0108() -> None:
    assert BOOK.noc_for("replacement seat belt buckle for her wheelchair", None).code == "K0108"


def test_an_item_medicare_wont_cover_is_offered_as_a_non_covered_item() -> None:
    advice = BOOK.noc_for("bed rail pillow wedge for reading, Medicare won't cover it", None)
    assert advice.code == "A9270"
