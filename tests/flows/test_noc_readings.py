"""General readings the NOC routing and the "a specific code likely exists" warning make of a
description: a range of codes the biller says none of fits, a wheelchair no word says is powered,
a piece said to have died, a part that names no item of its own, a child's age."""

from __future__ import annotations

import pytest

from flows.item_corrections import says_nothing_fits
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


@pytest.mark.parametrize(
    ("said", "checked"),
    [
        ("hinged elbow brace, none of L3700-L3766 match", True),
        ("night wrap for the trunk, no specific night code", True),
        ("burn mask with ears, not in any A65xx code", True),
        ("depth shoe for arthritis, not the A5500 one", False),  # one code named, not the rest
        ("extra-depth shoe, not the A code, she is not diabetic", False),
        ("custom power base, not a K08xx model", False),  # names the kind it is not
        ("knee brace, no Rx needed", False),
    ],
)
def test_what_counts_as_saying_no_code_fits(said: str, checked: bool) -> None:
    assert says_nothing_fits(said, []) is checked


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("all-terrain wheelchair with fat sand tires for the beach", "K0009"),
        ("all-terrain power wheelchair with fat sand tires for the beach", "K0898"),
    ],
)
def test_a_wheelchair_no_word_says_is_powered_is_a_manual_one(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    [
        "semi electric bed - the hand pendant went dead, we need the new pendant",
        "her lift recliner (pt owned): the up/down remote is dead, need the new remote",
    ],
)
def test_a_piece_that_went_dead_is_a_component_of_its_item(item: str) -> None:
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
