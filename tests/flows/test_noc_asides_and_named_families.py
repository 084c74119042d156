"""What a biller adds after the item does not change what it belongs to (a dash aside about the
code list names no base item), a supply billed as the non-covered line goes to A9270 while a
supply merely wanted denied keeps A9999, a feeding tube's pad is enteral, and a PEMF unit is
the electromagnetic wound device family."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("lymphedema pt needs a nighttime garment for the genital/scrotal region - no specific "
         "nighttime code covers that body area", "A6519"),
        ("night compression garment for the lower abdomen - nothing listed covers that area",
         "A6519"),
    ],
)  # fmt: skip
def test_a_dash_aside_about_the_codes_names_no_base_item(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    [
        "shower caddy and a long-handled sponge, bill it as non-covered so she gets the denial",
        "bath mitt and a bath thermometer - billed as non-covered for the supplement",
    ],
)
def test_a_supply_billed_as_the_non_covered_line_is_a9270(item: str) -> None:
    advice = BOOK.noc_for(item)
    assert advice.code == "A9270"
    assert "A9270" in advice.why


def test_a_supply_only_wanted_denied_keeps_the_supply_catch_all() -> None:
    item = "long-handled bath sponge after a knee replacement; the Medigap wants a denial first"
    assert BOOK.noc_for(item).code == "A9999"


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("G-tube pad/collar covers (fabric button pads) for the peds pt - 20", "B9998"),
        ("gastrostomy collar pads for the g-tube site, box of 30", "B9998"),
        ("home PEMF unit for a stalled diabetic foot ulcer, rental", "E0769"),
    ],
)
def test_the_item_s_own_family_words_decide(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc
