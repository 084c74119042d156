"""A biller's note names the patient's condition, the clinic and what someone asked beside the
item: the search reads the item's own noun as the main one ("knee contracture since the TKA;
dynamic knee device" is a device), and says what the arms and leg rests of a wheelchair do in
plain words as the descriptors' detachable arms and elevating legrests."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.parametrize(
    ("typed", "code"),
    [("knee contracture since the TKA; dynamic adjustable knee extension/flexion device with "
      "soft interface", "E1810"),
     ("toe contracture, dynamic adjustable toe device, both directions", "E1830"),
     ("pelvic fx, custom sacroiliac orthosis with rigid panels", "L0624"),
     ("cpap setup, mask and humidifier billed separately", "E0601"),
     ("stationary compressed gas oxygen setup", "E0424")],
)  # fmt: skip
def test_the_condition_before_the_item_does_not_name_it(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("lymphedema pump", "E0651"),
     ("fracture frame, dual with cross bars, attached to bed", "E0946"),
     ("penile contracture device", "E0201")],
)  # fmt: skip
def test_a_code_named_with_a_condition_word_is_still_found(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("wheelchair, removable armrests, plain footrests", "E1223"),
     ("wheelchair, removable armrests, leg rests that raise", "E1224"),
     ("standard chair, arms that remove, swing away legrests that raise", "E1150"),
     ("wheelchair, arms don't come off, plain footrests", "E1221")],
)  # fmt: skip
def test_wheelchair_arms_and_leg_rests_said_by_what_they_do(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code
