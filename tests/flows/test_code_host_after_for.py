"""A custom-made part of a wheelchair is the chair's part, no custom wheelchair base; a robotic
arm orthosis is the powered one (its everyday names), while a robotic rehab system keeps its own
code."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "typed",
    ["custom molded seat insert for manual wheelchair",
     "custom molded seat insert for a manual wc, vendor quote attached",
     "custom molded back insert for a power chair",
     "custom contoured insert for a power chair seat",
     "custom foam insert for a manual wheelchair back",
     "custom contoured seat insert for his manual chair"],
)  # fmt: skip
def test_a_custom_part_of_a_wheelchair_is_a_wheelchair_part_not_a_custom_base(typed: str) -> None:
    assert BOOK.noc_for(typed, None).code == "K0108"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("custom manual wheelchair", "K0008"),
     ("custom welded frame for a manual wheelchair", "K0008"),
     ("custom-built power base for a 30 yo with severe contractures, built to his measurements",
      "K0013"),
     ("custom built manual wheelchair base for an adult", "K0008"),
     ("custom built power wheelchair base", "K0013")],
)  # fmt: skip
def test_a_whole_custom_base_keeps_its_custom_base_code(typed: str, code: str) -> None:
    assert BOOK.noc_for(typed, None).code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("robotic elbow wrist hand orthosis", "L8701"),
     ("robotic upper limb orthosis custom", "L8701"),
     ("robotic arm rehab system with active assist for home therapy", "E0739")],
)  # fmt: skip
def test_a_robotic_orthosis_is_the_powered_one(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code
