"""General readings the NOC routing and the "a specific code likely exists" warning make of a
description: a range of codes the biller says none of fits, a wheelchair no word says is powered,
a piece said to have died, a part that names no item of its own, a child's age."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.parametrize(
    "said",
    [
        "custom knee orthosis with a spring-loaded hinge, not matching any L18xx descriptor",
        "custom knee orthosis with a spring-loaded hinge; none of L1810-L1860 fit",
        "pediatric manual wheelchair with a tilt frame, not matching E1231-E1238",
    ],
)
def test_a_biller_who_checked_a_range_of_codes_gets_no_warning(said: str) -> None:
    assert BOOK.likely_specific(said) is None
    assert BOOK.noc_for(said).code in ("L2999", "E1229")


def test_the_same_items_without_the_check_are_still_warned() -> None:
    assert BOOK.likely_specific("custom knee orthosis with a spring-loaded hinge") is not None
    assert BOOK.likely_specific("pediatric manual wheelchair with a tilt frame") is not None


KNEE = "custom knee orthosis with a spring-loaded hinge"


@pytest.mark.parametrize(
    "checked",
    [
        "none of L1810 - L1860 match",
        "not in any L18xx code",
        "no L18xx descriptor fits",
        "not matching any code",
    ],
)
def test_a_range_series_or_any_code_said_not_to_fit_silences_the_warning(checked: str) -> None:
    assert BOOK.likely_specific(f"{KNEE}, {checked}") is None


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("said", "code"),
    [
        ("cpap machine, no dx code on the order yet", "E0601"),
        ("standard manual wheelchair, no modifier codes given", "K0001"),
        ("oxygen concentrator, no ICD codes on the rx", "E1390"),
        ("raised toilet seat, no listed HCPCS on packing slip", "E0244"),
        ("enteral feeding pump, no coded item on the delivery ticket", "B9002"),
        ("trapeze bar attached to bed, no codes on the quote", "E0910"),
        (f"{KNEE}, no L18xx code on the referral", "L1844"),  # the referral's codes
        (f"{KNEE}, doesn't match any code the clinic sent", "L1844"),
        (f"{KNEE}, not a L18xx model", "L1844"),  # names the kind it is not
        ("depth shoe for arthritis, not the A5500 one", "A5500"),  # one code, not the rest
    ],
)
def test_codes_of_a_document_or_of_another_kind_keep_the_warning(said: str, code: str) -> None:
    likely = BOOK.likely_specific(said)
    assert likely is not None and likely.code == code


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("all-terrain wheelchair with fat sand tires for the beach", "K0009"),
        ("all-terrain power wheelchair with fat sand tires for the beach", "K0898"),
        ("group 2 wheelchair", "E1399"),  # a power wheelchair's Medicare group
    ],
)
def test_a_wheelchair_no_word_says_is_powered_is_a_manual_one(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "item",
    [
        "semi electric bed - the hand pendant went dead, we need the new pendant",
        "her lift recliner (pt owned): the up/down remote is dead, need the new remote",
        "new hand pendant, bed was bought in 2019",
        "new hand pendant, pt has the bed",
        "new hand pendant, pt already has the hospital bed",
        "bed motor, pt bought it from us",
        "bed motor, purchased in 2020",
    ],
)
def test_a_piece_that_died_or_of_an_item_the_patient_has_is_a_component(item: str) -> None:
    assert BOOK.noc_for(item).code == "A9900"


def test_a_pendant_that_belongs_to_no_item_is_not_a_component_of_one() -> None:
    assert BOOK.noc_for("medical alert pendant that calls her daughter").code == "A9280"


def test_a_childs_age_keeps_a_custom_base_in_the_pediatric_family() -> None:
    assert BOOK.noc_for("custom-built manual wheelchair for a 6 yo with cerebral palsy").code == (
        "E1229"
    )
    assert BOOK.noc_for("custom-built manual wheelchair for a 40 yo with cerebral palsy").code == (
        "K0008"
    )
