"""A device and the "Supplies and accessories for <device>" code made for it: a biller who
types the device gets the device's codes before its supplies, and one who types the supplies
gets the supplies."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


def offered(typed: str, limit: int = 2) -> list[str]:
    return [candidate.code for candidate in BOOK.search(typed, limit=limit)]


@pytest.mark.parametrize(
    ("typed", "device", "supplies"),
    [("tibial nerve stim for overactive bladder at home", "E0736", "A4545"),
     ("home tibial nerve stimulation unit, bladder urgency", "E0736", "A4545"),
     ("nerve stim worn on the ear for opioid withdrawal", "E0721", "A4543"),
     ("hand tremor: watch-style nerve stimulator on the wrist", "E0734", "A4542")],
)  # fmt: skip
def test_a_typed_device_is_offered_before_its_supplies(
    typed: str, device: str, supplies: str
) -> None:
    codes = offered(typed)
    assert codes[0] == device
    assert supplies not in codes


@pytest.mark.parametrize(
    ("typed", "supplies"),
    [("supplies for her tibial nerve stimulator", "A4545"),
     ("accessories for the ear nerve stimulator", "A4543"),
     ("replacement supplies for the tremor stimulator", "A4542")],
)  # fmt: skip
def test_typed_supplies_for_a_device_are_the_supplies(typed: str, supplies: str) -> None:
    assert offered(typed, 1) == [supplies]
