"""A Medicare number masked but for its last four in a remit's 3-3-4 print, and a surname the
office knows a patient by ("the Huynh lady"): the warning names what it saw, while a payer's, a
maker's or a vendor's rep named the same way stays ordinary talk."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("the remit only prints ***-***-KD38 for her", {"mbi"}),
        ("plan ID ***-***-PW61 but the MBI is what they want", {"mbi"}),
        ("the Oyelaran lady (born March 3) wants a call back", {"name", "dob"}),
        ("the Castellanos gentleman wants his refund", {"name"}),
        ("the Vukovich twins (both ours) need new cushions", {"name"}),
    ],
)
def test_masked_tail_and_known_surname_are_named(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "plan ID *******KP27 on the MA card",
        "the Noridian lady said to resubmit with the KX",
        "the Lincare guy picked up the concentrator",
        "the Pride guy is coming Tuesday with the seat",
        "last four of the card ***-***-4471 on the receipt",
    ],
)
def test_business_people_and_plain_masks_pass(text: str) -> None:
    assert not scan(text)
