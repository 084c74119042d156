"""Replacement parts and supplies found by the names on supplier order forms (content/codes/
aliases.yaml), where the CMS descriptor spells the item out another way."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


def top3(typed: str) -> list[str]:
    return [c.code for c in BOOK.search(typed, limit=3)]


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("wheelchair tie downs for the van", "E1022"),
     ("stump support board for the wheelchair", "E1020"),
     ("roho cushion, 18 inches wide", "E2622"),
     ("custom acl brace", "L1840"),
     ("grafo", "L1945"),
     ("spinecor", "L1005"),
     ("silesian belt for his above knee prosthesis", "L5698"),
     ("ostomy pouch filters", "A4368"),
     ("pelvic traction belt", "E0944"),
     ("alpha stim", "E0732"),
     ("reliefband for morning sickness", "E0765")],
)  # fmt: skip
def test_an_order_form_name_finds_its_code_first(typed: str, code: str) -> None:
    assert top3(typed)[0] == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("j cell glucometer battery", "A4234"),
     ("lithium glucometer battery", "A4235"),
     ("silver oxide glucometer battery", "A4236")],
)  # fmt: skip
def test_a_meter_battery_is_told_apart_by_its_cell(typed: str, code: str) -> None:
    assert top3(typed)[0] == code
