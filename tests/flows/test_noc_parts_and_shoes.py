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
     ("cup holder that clamps to the armrest of his chair", "K0108"),
     # F16.12: "her chair" is her wheelchair unless the line says it is a lift chair.
     ("hand control for the seat lift in her chair stopped working", "A9900"),
     ("lift mechanism in his chair burnt out, seat lift E0627 owned 2023", "A9900")],
)  # fmt: skip
def test_a_piece_of_a_coded_item_goes_to_that_items_parts_code(typed: str, code: str) -> None:
    assert BOOK.noc_for(typed).code == code


@pytest.mark.parametrize(
    "typed",
    ["split seat bariatric shower commode, 650 lb capacity",
     "full electric split-frame bariatric bed 48 inch, no code fits",
     "pt needs a bariatric bed, old bed is fine",
     "standing frame with tray; cut by the dog"],
)  # fmt: skip
def test_a_whole_item_described_with_split_or_fine_is_no_part(typed: str) -> None:
    """F1.6, F16.12: a whole item with no code is E1399, not a part's A9900."""
    assert BOOK.noc_for(typed).code == "E1399"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("stretch the toe box of her walking shoe over a bunion", "L3649"),
     ("diabetic pt: stretch the toe box of his depth shoe", "A5507")],
)  # fmt: skip
def test_a_shoe_modification_goes_by_who_the_shoe_is_for(typed: str, code: str) -> None:
    assert BOOK.noc_for(typed).code == code
