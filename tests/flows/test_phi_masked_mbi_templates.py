"""A Medicare number with its middle masked and its start or end shown is still refused; the
card's layout written with X for every letter and a few zeros ("1XXX-XX0-XX00") shows nobody's
number and passes."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Medicare Number: XXXXXXXPJ01",
        "MBI 3CD5*****47 for the hospital bed",
        "mbi 1EG4-***-**73 came back not found",
        "MBI 4C97•••EQ61 on the redacted remit",
        "MBI 2EW6R57???? the fax cut off the rest",
        "medicare # XXXX-XXX-QT88 on the eligibility screen",
        "MBI ****-***-DM69, is she still active?",
        "her MBI xxxxxxxkd42 per the portal",
        "MBI 7HW2-XXX-XX08 from the CMN",
        "Medicare ID ###-####-RM88 faxed over",
        "MBI 9CW3*****16 for the rollator",
        "mbi 5VQ6-???-??21 half of it smudged",
        "MBI: XXXX-XXX-WA73 (masked on the ABN)",
        "medicare no. 6RD1CQ7****",
        "MBI 2MW0-W04-XXXX rest is on the card",
        "MBI ending ****-***-HR75 for the walker",
        "her mbi 8DT4-***-PY20",
        "MBI 1A87-WQ1-????",
        "MBI XXXXXXXQE17 from the eligibility check",
        "Medicare number 4JU0*****20 on the order",
        "Medicare ID 6XT4-***-**19, the rest masked on the remit",
        "Medicare 3JP7XY2???? on the delivery ticket",
        # letters masked, digits shown between the marks: a real number, not the layout
        "MBI 2**8-**6-**31 for the commode",
        "medicare # 4##2-##7-##15",
        "Medicare ID 8??3-??1-??44 off the fax",
        "mbi 7XXX-XX2-XX58 masked on the 271",
    ],
)
def test_a_masked_medicare_number_showing_its_start_or_end_is_refused(text: str) -> None:
    assert "mbi" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to post a fake MBI like 1XXX-XX0-XX00 in the training slides?",
        "the MBI's layout is 1XXX-XX0-XX00, letters where the X's are",
    ],
)
def test_the_cards_layout_with_xs_passes(text: str) -> None:
    assert "mbi" not in scan(text).kinds
