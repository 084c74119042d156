"""A piece named after the item it is mounted on ("wheelchair mounted phone holder") is a part of
that item, billed with its parts code; a whole item mounted on a wall, a rail or a tub stays whole
(F16.12: parts follow the item)."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [("wheelchair-mounted phone holder", "K0108"),
     ("wheelchair mounted phone holder", "K0108"),
     ("power chair mounted cup holder", "K0108"),
     ("manual wheelchair mounted umbrella holder", "K0108"),
     ("scooter mounted cane holder", "K0108"),
     ("walker mounted basket", "A9900"),
     ("bed mounted suction pump bracket", "A9900"),
     ("hospital bed mounted IV pole bracket", "A9900")],
)  # fmt: skip
def test_a_piece_mounted_on_the_item_named_first_is_that_items_part(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    ["rail-mounted stair lift, 14 steps",
     "wall mounted fold-down changing table",
     "wall-mounted grab bar for the shower",
     "tub mounted bath lift, battery",
     "door mounted exercise pulley"],
)  # fmt: skip
def test_a_whole_item_mounted_on_a_wall_rail_or_tub_is_no_part(item: str) -> None:
    assert BOOK.noc_for(item).code not in ("K0108", "A9900")
