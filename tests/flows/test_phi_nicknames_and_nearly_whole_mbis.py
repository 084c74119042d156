"""A patient's name with a nickname typed inside it is refused as the plain name is; a Medicare
number with only its last place or two masked is refused as the whole number is. A colleague's
nickname, a product's name in quotes and a part number ending in marks pass."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        'Ruthanne "Ru" Kilbride needs her shower chair swapped',
        "Ruthanne (Ru) Kilbride needs her shower chair swapped",
        "Ruthanne 'Ru' Kilbride needs her shower chair swapped",
        "Ruthanne [Ru] Kilbride needs her shower chair swapped",
        "Ruthanne \u201cRu\u201d Kilbride needs her shower chair swapped",
        'Ruthanne ("Ru") Kilbride needs her shower chair swapped',
        'WINIFRED "WINNIE" HOLLOWAY - bariatric commode',
        'Ruthanne "Ru"\nKilbride needs her shower chair swapped',
        'can you call Leopold "Leo" Vasquez-Hart about his lift chair',
        "Augustina 'Gussie' Pemberton returned the knee scooter",
    ],
)
def test_name_with_a_nickname_inside_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


def test_nicknamed_name_beside_a_phone_is_named_too() -> None:
    assert set(scan('Ruthanne "Ru" Kilbride, cb 419-555-0166').kinds) == {"name", "phone"}


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        'Dr. Leopold "Leo" Vasquez signed the detailed written order',
        'our Denise "DD" Farrow from billing is out until Monday',
        'the "Comfort-Glide" recliner is on back order',
        'Invacare "Solara" tilt chair - E1399 or K0005?',
        "Roho (Quadtro) cushion falls under E2622",
        'use the "KX" modifier (requirements met) on that line',
        # a role in brackets after a whole name, or a lower-case role inside one
        "Pedro Almonte (Warehouse) Tuesday shift covers the dock",
        "Kevin Bettencourt (ATP) Measured the seat depth at the clinic",
        "Marguerite Vandenberg (AR lead) approved the write-off",
    ],
)
def test_colleague_doctor_and_product_nicknames_pass(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "MBI 3WR5-HN2-TC**",
        "MBI 3WR5-HN2-TC4*",
        "medicare # 3WR5HN2TC??",
        "her mbi is 3WR5 HN2 TC?? - eligibility please",
        "Medicare ID 3WR5-HN2-TC4#, the fax cut the last digit",
        "3WR5-HN2-TC** from the card",
    ],
)
def test_medicare_number_with_one_or_two_places_masked_is_refused(text: str) -> None:
    assert scan(text).kinds == ("mbi",)


@pytest.mark.parametrize(
    "text",
    [
        "model number TLX-4000-** covers every colour",
        "part number MK**-220 is the footrest hanger",
        "SKU 4402-MK** is any size of the cushion",
        "lot LT-2209-MK?? printed on the box",
        "ICN 2224100??? - not sure of the last digits",
    ],
)
def test_part_numbers_ending_in_marks_pass(text: str) -> None:
    assert scan(text).kinds == ()
