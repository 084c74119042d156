"""What a description adds beside the item's name does not hide the item's specific code: a
maker's model ("Inogen One G5") or an adjective no code uses ("steerable"). The NOC code offered
"if none of these fits" is a NOC code."""

from __future__ import annotations

import pytest

from tests.flows.code_book import BOOK

SURE = [
    ("portable oxygen concentrator Inogen G5", "E1392"),
    ("Inogen One G5 portable oxygen concentrator", "E1392"),
    ("knee walker steerable", "E0118"),
]


@pytest.mark.parametrize(("typed", "code"), SURE)
def test_a_model_or_an_unknown_adjective_keeps_the_specific_code_sure(
    typed: str, code: str
) -> None:
    likely = BOOK.likely_specific(typed)
    assert likely is not None and likely.code == code


@pytest.mark.parametrize(
    "typed", ["wheelchair frobnicator", "chewable multi with iron, by the dose"]
)
def test_an_unknown_word_naming_the_item_still_leaves_no_code_sure(typed: str) -> None:
    assert BOOK.likely_specific(typed) is None


@pytest.mark.parametrize(
    "typed",
    ["G4 power wheelchair, standard seat, no power options", "peds G5, tilt + elevate"],
)
def test_g_numbers_beside_power_mobility_words_stay_groups(typed: str) -> None:
    assert BOOK.read_item(typed).positive & {"group4", "group5"}


def test_a_model_g_number_is_no_power_mobility_group() -> None:
    assert not BOOK.read_item("portable oxygen concentrator Inogen G5").positive & {"group5"}


@pytest.mark.parametrize(
    "typed",
    ["repair labor for oxygen concentrator", "tech spent 30 min fixing the bed rail, labor"],
)
def test_if_none_fits_names_a_noc_code(typed: str) -> None:
    advice = BOOK.noc_for(typed, noc_only=True)
    assert BOOK.table[advice.code].is_noc
    assert advice.code not in [c.code for c in BOOK.search(typed, 3)]


def test_routing_still_sends_repair_labor_to_its_labor_code() -> None:
    assert BOOK.noc_for("repair labor for oxygen concentrator").code == "K0740"


def test_stand_alone_does_not_make_an_item_a_monitor() -> None:
    assert BOOK.noc_for("home hemo pt: a stand-alone dialysate warmer, no listed code").code != (
        "A9279"
    )
