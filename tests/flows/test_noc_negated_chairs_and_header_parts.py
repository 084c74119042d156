"""NOC advice reads what the biller rules out and what a header names: a support "not mounted on
a wheelchair" is no wheelchair accessory, a piece fixed to the armrest of the chair named first
is the chair's accessory, "attendant operated" names no scooter, and a "powered base" is a power
wheelchair's."""

from __future__ import annotations

from tests.flows.code_book import BOOK


def test_a_support_said_not_mounted_on_a_wheelchair_is_no_wheelchair_accessory() -> None:
    item = "balanced forearm support that clamps onto the dining table, not mounted on a wheelchair"
    assert BOOK.noc_for(item).code == "E1399"
    assert BOOK.likely_specific(item) is None
    on_chair = "mobile arm support mounted on the wheelchair"
    assert BOOK.noc_for(on_chair).code == "K0108"
    likely = BOOK.likely_specific(on_chair)
    assert likely is not None and likely.code == "E2626"


def test_a_piece_fixed_to_the_armrest_of_the_chair_named_first_is_its_accessory() -> None:
    assert BOOK.noc_for("power wheelchair: cup holder attached to the armrest").code == "K0108"
    assert BOOK.noc_for("hospital bed: cord attached to the motor").code == "A9900"


def test_how_an_item_is_run_names_no_scooter() -> None:
    item = "motorized stair climber, attendant operated, carries the patient up the steps"
    assert BOOK.noc_for(item).code == "E1399"
    assert BOOK.noc_for("battery operated scooter, 3 wheel").code == "K0812"


def test_a_childs_powered_base_is_a_pediatric_power_wheelchair() -> None:
    assert BOOK.noc_for("pediatric powered base for a 4 year old").code == "E1239"
    item = "small powered base for a toddler, not a group 2 base"
    assert BOOK.noc_for(item).code == "E1239"
    assert BOOK.likely_specific(item) is None
