"""A part said to go on, fit on or be put in an item ("wheels to put on the walker", "a cushion
that sits on the mask"), is the part billed, and the item it goes on is what it belongs to."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("wheels to put on a rigid pickup walker, pair", "E0155"),  # not the walker E0130
     ("a battery to put in the wearable defibrillator", "K0607"),  # not the vest K0606
     ("a solid seat insert to put in the sling seat of his manual wheelchair", "E0992"),
     ("a cushion that sits on the nasal cpap mask", "A7032"),
     ("rubber tip that fits on a quad cane", "A4637"),
     ("cushioned headrest to mount on the wheelchair", "E0955")],
)  # fmt: skip
def test_a_part_that_goes_on_an_item_is_the_part(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_the_item_a_part_goes_on_stays_among_the_answers_when_typed_alone() -> None:
    # The reading changes only a part said to go on something: the walker alone is the walker.
    assert BOOK.search("rigid pickup walker", limit=1)[0].code == "E0130"
