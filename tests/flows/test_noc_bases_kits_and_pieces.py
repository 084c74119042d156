"""NOC routing of whole wheelchair bases no catalog code fits, customized equipment, speech
device accessories and items wanted for a denial; and when the "a specific code likely exists"
warning stays silent: an item said to be outside the listed codes."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("manual base from a small Dutch maker, none of the catalog bases fits", "K0009"),
        ("adult manual wheelchair frame with a lever drive, no listed base", "K0009"),
        ("other manual base for a quad rugby athlete's daily chair", "K0009"),
        ("motorized base of an older design the state plan still lists", "K0014"),
        ("other motorized base, adult, the payer uses the old fee schedule", "K0014"),
        ("custom-fabricated standing frame welded by the rehab shop", "K0900"),
        ("shower bench uniquely made for a 7 foot man", "K0900"),
        ("dehumidifier for mold allergy, the Medicare denial is needed", "A9270"),
        ("reacher, the patient wants a claim for the secondary", "A9270"),
    ],
)
def test_a_whole_uncoded_item_goes_to_its_kinds_noc_code(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("manual base for a 4 year old, no pediatric code fits", "E1229"),
        ("custom built manual wheelchair base for a tall adult", "K0008"),
        ("custom fabricated power wheelchair base for an adult with ALS", "K0013"),
    ],
)
def test_a_child_or_custom_built_base_keeps_its_own_code(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    [
        "lymphedema glove for night, not in the specific list",
        "wrist compression sleeve for night, not one of the listed codes",
    ],
)
def test_no_specific_code_warning_for_an_item_outside_the_listed_codes(
    item: str,
) -> None:
    assert BOOK.likely_specific(item) is None


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("item", "code"),
    [
        ("nighttime compression garment for the arm", "A6522"),
        ("bariatric shower chair, heavy duty, 600 lb capacity", "E0240"),
        # a code keyed by mistake is not the item a part belongs to
        ("disposable sensor for a cgm that reads to a phone, keyed A4238 by mistake", "A9276"),
        # a supply outside a kit is billed on its own code
        ("cpap filter not in the kit", "A7038"),
        ("foley catheter not in the kit", "A4338"),
        ("blood glucose test strips, not part of the kit", "A4253"),
    ],
)
def test_coded_items_still_get_their_warning(item: str, code: str) -> None:
    likely = BOOK.likely_specific(item)
    assert likely is not None and likely.code == code
