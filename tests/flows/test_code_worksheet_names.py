"""Orthoses, prosthetic components, urology and wound supplies and power wheelchairs found by the
names an O&P or DME biller writes on a worksheet (content/codes/aliases.yaml): the qualifier the
biller types (custom, off the shelf, pediatric, heavy duty, size, group) picks the sibling."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


def first(typed: str) -> str:
    return BOOK.search(typed, limit=1)[0].code


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("tot collar for a baby with torticollis", "L0113"),
     ("clamshell lso off the shelf", "L0651"),
     ("tenodesis splint", "L3900"),
     ("pediatric voluntary closing hook", "L6712"),
     ("heavy duty voluntary opening hook", "L6721"),
     ("spenco insert", "L3001"),
     ("split size shoes", "L3257"),
     ("custom silicone shoe", "L3251")],
)  # fmt: skip
def test_an_o_and_p_worksheet_name_finds_its_code_first(typed: str, code: str) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("bordered gauze 6x6", "A6220"),
     ("hydrocolloid powder for a deep wound", "A6241"),
     ("group 4 power chair", "K0868"),
     ("pediatric power wheelchair with multiple power options", "K0891")],
)  # fmt: skip
def test_a_supply_or_chair_found_by_the_qualifier_billers_type(typed: str, code: str) -> None:
    assert first(typed) == code
