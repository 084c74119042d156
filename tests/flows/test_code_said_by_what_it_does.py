"""Items found by what they do or where they go rather than by their CMS name: work on an
orthopedic shoe the way a pedorthist says it (a wedge in the outsole or the midsole, a stiff
counter made soft, a brace moved to a new shoe with its old or a new stirrup), a burn garment by
what it covers, a pump sleeve by its chambers, and a wheelchair frame by what it does (lies
flat, reclines partway, sits low for foot propelling, narrower than standard)."""

from __future__ import annotations

import pytest

from tests.flows.code_book import first_code


@pytest.mark.parametrize(
    ("item", "code"),
    [("wedge glued to the outer sole of the shoe", "L3360"),
     ("wedge added on the outsole, lateral side", "L3360"),
     ("wedge built into the middle layer of the sole", "L3370"),
     ("midsole wedge for the orthopedic shoe", "L3370")],
)  # fmt: skip
def test_a_sole_wedge_is_found_by_the_layer_it_sits_in(item: str, code: str) -> None:
    assert first_code(item) == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("change the stiff heel counter to a soft one", "L3590"),
     ("stiff shoe counter swapped for a soft counter", "L3590")],
)  # fmt: skip
def test_a_shoe_conversion_is_found_by_what_changes(item: str, code: str) -> None:
    assert first_code(item) == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("move the brace to a new shoe, keep the old stirrup", "L3620"),
     ("brace moved to another shoe, same stirrup", "L3620"),
     ("brace moved onto a different shoe with a new stirrup", "L3630"),
     ("transfer the AFO onto new shoes reusing the caliper plate", "L3600"),
     ("move his brace onto new shoes, new caliper plate", "L3610")],
)  # fmt: skip
def test_a_brace_moved_to_another_shoe_is_a_transfer(item: str, code: str) -> None:
    assert first_code(item) == code


def test_a_stiff_joint_is_not_read_as_a_firm_shoe_counter() -> None:
    assert first_code("dynamic splint for a stiff elbow, extension only") != "L3590"


@pytest.mark.parametrize(
    ("item", "code"),
    [("burn garment shorts, custom made", "A6511"),
     ("compression shorts for burns", "A6511"),
     ("burn glove to the armpit", "A6506"),
     ("pump sleeve for half the leg, one chamber", "E0666"),
     ("lymphedema pump, one chamber, home model", "E0650")],
)  # fmt: skip
def test_a_compression_item_is_found_by_what_it_covers(item: str, code: str) -> None:
    assert first_code(item) == code


def test_a_crutch_armpit_pad_stays_a_crutch_pad() -> None:
    assert first_code("armpit pads for his crutches") != "A6506"


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("item", "code"),
    [("wheelchair that lies all the way back flat, arms stay on, legs raise", "E1050"),
     ("chair that goes flat, arms don't come off, elevating leg rests", "E1050"),
     ("lie-flat wheelchair, arms come off, standard footrests", "E1070"),
     ("wheelchair that reclines partway, fixed arms, legs raise", "E1100"),
     ("drop-seat chair so she can push with her feet, removable arms, elevating legs", "E1084"),
     ("narrow wheelchair for a small adult, fixed arms, footrests", "E1221")],
)  # fmt: skip
def test_a_wheelchair_frame_is_found_by_what_it_does(item: str, code: str) -> None:
    assert first_code(item) == code
