"""How the code search reads what the descriptors count or how an orthosis is made: a power
base's seating functions (not a seating accessory for a base), a group spelled as a word,
off-the-shelf vs fitted vs custom made (for orthoses only), a PAP interface by what it covers,
and a device against the accessories made for it."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


def first(typed: str) -> str:
    return BOOK.search(typed, limit=1)[0].code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("group 2 standard power base, sling seat, power tilt and power recline, 250 lb", "K0841"),
     ("group 2 standard power base, sling seat, power tilt, 250 lb", "K0835"),
     ("group 2 standard power base, sling seat, no tilt or recline, 250 lb", "K0822")],
)  # fmt: skip
def test_a_power_base_is_read_by_how_many_seating_functions_it_has(typed: str, code: str) -> None:
    assert first(typed) == code


def test_a_seating_system_added_to_a_base_is_the_seating_system() -> None:
    assert first("power seating system, tilt only, added to the group 2 power base") == "E1002"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("power elevating leg rests for group 3 power wheelchair", "E1010"),
     ("power elevating legrests, pair, for her grp 2 pwc", "E1010"),
     ("power tilt for the group 3 power chair", "E1002")],
)  # fmt: skip
def test_a_seating_function_named_for_a_base_is_the_accessory(typed: str, code: str) -> None:
    assert first(typed) == code
    assert BOOK.likely_specific(typed).code == code  # type: ignore[union-attr]


def test_elevating_leg_rests_without_power_are_no_power_option() -> None:
    # the manual rests (E0990) leave power tilt the base's one power option
    typed = "group 2 standard power base, sling seat, power tilt and elevating leg rests, 250 lb"
    assert first(typed) == "K0835"


def test_a_group_spelled_as_a_word_is_that_group() -> None:
    assert first("group two scooter, standard, 250 lb patient") == "K0806"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("hinged knee brace, double upright, thigh and calf, off the rack", "L1852"),
     ("hinged knee brace, double upright, thigh and calf, prefab, trimmed by the orthotist",
      "L1845")],
)  # fmt: skip
def test_how_an_orthosis_is_made_picks_the_code(typed: str, code: str) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    ("typed", "named"),
    [("walker out of the box", "walker,"), ("cane from stock", "cane,"),
     ("standard manual wheelchair from stock", "standard wheelchair"),
     ("cam walker boot out of the box", "walking boot, non-pneumatic")],
)  # fmt: skip
def test_off_the_shelf_words_make_only_an_orthosis_off_the_shelf(typed: str, named: str) -> None:
    assert BOOK.search(typed, limit=1)[0].description.lower().startswith(named)


@pytest.mark.parametrize(
    ("typed", "not_a"), [("foot cast cover", "prosthe"), ("med cup", "nebulizer")]
)
def test_a_cover_or_cup_is_offered_as_nothing_it_is_not(typed: str, not_a: str) -> None:
    assert BOOK.likely_specific(typed) is None  # no "a specific code likely exists" warning
    assert not any(not_a in c.description.lower() for c in BOOK.search(typed))


@pytest.mark.parametrize(
    ("typed", "code"),
    [("pap mask covering nose and mouth", "A7030"), ("nose only cpap mask", "A7034"),
     ("trach tube without a cuff, pvc", "A7520")],
)  # fmt: skip
def test_what_an_interface_covers_picks_the_code(typed: str, code: str) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("walker with front wheels, folds, no seat", "E0143"),
     ("rigid walker with front wheels", "E0141")],
)  # fmt: skip
def test_a_device_is_not_the_accessory_made_for_it(typed: str, code: str) -> None:
    assert first(typed) == code


def test_an_accessory_said_as_one_keeps_its_code() -> None:
    assert first("walker wheel attachment, pair") == "E0155"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("double upright hinged KO, prefab, off the shelf", "L1852"),  # not the inflatable one
     ("sterile gauze pad 8x10", "A6404")],  # not the one with an adhesive border
)  # fmt: skip
def test_a_variant_the_biller_did_not_ask_for_comes_second(typed: str, code: str) -> None:
    assert first(typed) == code
