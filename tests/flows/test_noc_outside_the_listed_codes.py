"""When the "a specific code likely exists" warning stays silent: the biller says the item falls
outside the listed codes. Also: an item a payer never covers that the
patient wants submitted anyway is billed as a non-covered item (A9270)."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "item",
    [
        "hospital bed for a 7-foot patient that doesn't match any of the listed bed descriptions",
        "shower chair with a tilting seat that does not match any of the bath chair codes",
        "toddler power wheelchair, too small for any group 3 model",
        "knee scooter for a child that isn't one of the listed knee walkers",
        "patient lift with a ceiling track, outside the listed lift codes",
        "commode chair that isn't any of the listed commodes, maker built it for a 500 lb pt",
        "seat cushion with air cells that is not in the listed cushion codes",
        "overnight compression garment for the foot only, not in the listed nighttime codes",
        "nighttime compression garment for the neck, not one of the listed night garments",
    ],
)
def test_an_item_said_to_fall_outside_the_listed_codes_gets_no_warning(item: str) -> None:
    assert BOOK.likely_specific(item) is None


@pytest.mark.parametrize(
    ("item", "code"),
    [
        ("nighttime compression garment for the arm", "A6522"),
        ("bariatric shower chair, heavy duty, 600 lb capacity", "E0240"),
        ("hospital bed, semi-electric, with mattress and rails", "E0260"),
    ],
)
def test_the_same_items_without_that_remark_still_get_their_code(item: str, code: str) -> None:
    likely = BOOK.likely_specific(item)
    assert likely is not None and likely.code == code


@pytest.mark.parametrize(
    "item",
    [
        "massage recliner the member bought herself, wants it submitted anyway",
        "whirlpool foot spa, pt asks us to submit it so the secondary can decide",
        "ultraviolet lamp for psoriasis at home, wants it billed so the Medigap plan can decide",
        "treadmill for cardiac rehab at home, Medicare pt wants the statutory denial",
        "home sauna blanket, member wants it sent to Medicare anyway so secondary can process",
    ],
)
def test_a_non_covered_item_the_patient_wants_submitted_is_a9270(item: str) -> None:
    advice = BOOK.noc_for(item)
    assert advice.code == "A9270"
