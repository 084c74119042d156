"""A wheelchair seat or back cushion is found by its use, seat or back, adjustability and width
as billers write them in shorthand; a nonstandard seat frame by its chair and its inches."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


def _first(description: str) -> str:
    return [c.code for c in BOOK.search(description, limit=3)][0]


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("order", "code"),
    [("basic cushion 17 in", "E2601"),
     ("general use seat cushion, 24\" wide", "E2602"),
     ("skin protection cushion 20w", "E2603"),
     ("pressure relief cushion for a 26 inch seat", "E2604"),
     ("pos cushion 16 wide", "E2605"),
     ("positioning cush, 22 in", "E2606"),
     ("skin/pos 18\"", "E2607"),
     ("combo cushion, 23 in wide", "E2608"),
     ("adj skin protection cushion 19 in", "E2622"),
     ("adjustable combination cushion 24 inch", "E2625"),
     ("plain back cushion, 16 wide", "E2611"),
     ("positioning back with laterals, 20 in", "E2615"),
     ("planar positioning back cushion 24 in", "E2621"),
     ("positioning seat cushion under 22 inches", "E2605")],
)  # fmt: skip
def test_a_cushion_said_by_its_use_and_width_gets_that_cell(order: str, code: str) -> None:
    assert _first(order) == code


def test_a_cushion_depth_is_no_width() -> None:
    assert _first('skin protection cushion, 24" deep, 18" wide') == "E2603"


@pytest.mark.parametrize(
    ("order", "code"),
    [("manual wheelchair with a 22 inch wide seat frame", "E2201"),
     ("manual w/c seat frame width 26 in", "E2202"),
     ("manual chair, seat depth 21 inches", "E2203"),
     ("power wheelchair, 21 in deep seat", "E2342"),
     ('power chair seat frame 25" wide', "E2341")],
)  # fmt: skip
def test_a_wider_or_deeper_seat_frame_gets_the_code_whose_range_holds_its_inches(
    order: str, code: str
) -> None:
    assert _first(order) == code


def test_a_base_order_saying_its_seat_width_stays_the_base() -> None:
    assert _first('group 3 base, 22" wide seat, 380 lb, tilt only') == "K0858"
