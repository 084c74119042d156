"""NOC routing of a piece of a coded item named with what happened to it, and of shoe
modifications by who the shoe is for."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.parametrize(
    ("typed", "code"),
    [("foot-section motor failed on her full electric bed", "A9900"),
     ("cracked boom on the patient lift, boom only", "A9900"),
     ("charging port wired into his power wheelchair", "K0108"),
     ("power transformer for his cpap machine went bad", "A9900"),
     ("drain tube of the cold therapy unit split, unit ok", "A9900"),
     ("cup holder that clamps to the armrest of his chair", "K0108")],
)  # fmt: skip
def test_a_piece_of_a_coded_item_goes_to_that_items_parts_code(typed: str, code: str) -> None:
    assert BOOK.noc_for(typed).code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("stretch the toe box of her walking shoe over a bunion", "L3649"),
     ("diabetic pt: stretch the toe box of his depth shoe", "A5507")],
)  # fmt: skip
def test_a_shoe_modification_goes_by_who_the_shoe_is_for(typed: str, code: str) -> None:
    assert BOOK.noc_for(typed).code == code
