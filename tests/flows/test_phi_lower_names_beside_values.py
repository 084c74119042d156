"""A name typed all in lower case right before another identifier's value is named in the warning
("a Medicare ID and a name"), not only the value: billers paste "wendeline kowalczyk 4TR8-..."
from a queue or a text as often as the capitalised form. A label of another language before a
value ("tanggal lahir", "simu ya binti yake:") is no name."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("refund question: wendeline kowalczyk 4TR8-KD2-XN57", {"mbi", "name"}),
        ("ottilie brandstetter, born 3/2/1944, needs a new cushion", {"dob", "name"}),
        ("call back casimir wojcik at 412-555-0177 about the rental", {"phone", "name"}),
        ("intake: radomir nowicki, 18 linden ave, scranton pa 18503", {"address", "name"}),
    ],
)
def test_a_lower_case_name_beside_a_value_is_named(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("tanggal lahir 17-10-1939", ("dob",)),
        ("simu ya binti yake: 208-555-0126", ("phone",)),
        ("medicaid id 4471829301 for the walker", ("member_id",)),
    ],
)
def test_a_label_before_a_value_is_no_name(text: str, kinds: tuple[str, ...]) -> None:
    assert scan(text).kinds == kinds
