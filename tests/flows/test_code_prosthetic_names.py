"""Prostheses, orthoses, hearing and stimulator parts, dressings and stockings found by the names an
O&P office or a wound-care biller writes (content/codes/aliases.yaml), where the CMS descriptor
spells the item out another way."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


def first(typed: str) -> str:
    return BOOK.search(typed, limit=1)[0].code


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("microprocessor ankle", "L5973"),
     ("shock absorbing pylon", "L5988"),
     ("voluntary opening hook", "L6706"),
     ("electric wrist rotator", "L7259"),
     ("adult electric hand", "L7007"),
     ("stance control kafo", "L2005"),
     ("halo vest", "L0810"),
     ("infant surgical boot", "L3208")],
)  # fmt: skip
def test_an_o_and_p_office_name_finds_its_code_first(typed: str, code: str) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("zinc air batteries for her cochlear implant", "L8621"),
     ("bone anchored hearing aid", "L8690")],
)  # fmt: skip
def test_an_implant_part_is_found_by_its_everyday_name(typed: str, code: str) -> None:
    assert first(typed) == code


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("thigh high compression stockings 30-40", "A6534"),
     ("knee high compression stockings 40-50", "A6554"),
     ("compression pantyhose 20-30 mmhg", "A6539"),
     ("rigid tibial fracture brace", "L2116"),
     ("bordered foam dressing 6x6", "A6213"),
     ("transparent film large", "A6259")],
)  # fmt: skip
def test_length_pressure_rigidity_or_size_picks_the_sibling(typed: str, code: str) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("fig 8 harness, 1-cable, below elbow arm", "L6675"),
     ("figure-8 harness, two-cable design", "L6676"),
     ("abd joints at the shoulder, pair", "L6640"),
     ("NG tube w/ stylet", "B4081"),
     ("NG with stylet", "B4081")],
)  # fmt: skip
def test_shorthand_for_harnesses_joints_and_tubes_finds_the_descriptor(
    typed: str, code: str
) -> None:
    assert first(typed) == code


def test_abd_away_from_a_shoulder_stays_the_abdomen() -> None:
    assert first("abd binder, 3 panel") == BOOK.search("abdominal binder, 3 panel", limit=1)[0].code
