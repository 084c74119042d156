"""Shoe work, orthosis additions, burn and custom compression garments and dressings by size,
found by the names billers type (content/codes/aliases.yaml) where the CMS descriptor spells the
item out another way."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


def top3(typed: str) -> list[str]:
    return [c.code for c in BOOK.search(typed, limit=3)]


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("burn compression glove that goes up to the elbow", "A6505"),
     ("clear plastic burn mask for the face", "A6513"),
     ("a box of bandaids", "A6413"),
     ("hydrocolloid wound filler paste for a deep wound", "A6240"),
     ("t strap for a varus ankle on the afo", "L2270"),
     ("healing sandal, plastazote", "L3265"),
     ("bunion night splint", "L3100"),
     ("prosthetic nose", "L8040"),
     ("horseshoe toe tap", "L3560"),
     ("ratchet assembly for the elevating legrest", "K0050")],
)  # fmt: skip
def test_a_billers_name_finds_its_code_first(typed: str, code: str) -> None:
    assert top3(typed)[0] == code


@pytest.mark.parametrize(
    ("typed", "code", "neighbour"),
    [("custom made thigh high stocking 30-40 mmhg", "A6557", "A6534"),
     ("lymphedema toe caps", "A6572", "A6573"),
     ("nylon sheath for an above knee prosthesis", "L8410", "L8415"),
     ("mastectomy bra with two built in forms", "L8002", "L8001")],
)  # fmt: skip
def test_the_qualifier_typed_picks_the_code_over_its_neighbour(
    typed: str, code: str, neighbour: str
) -> None:
    found = top3(typed)
    assert found[0] == code
    assert neighbour in found
