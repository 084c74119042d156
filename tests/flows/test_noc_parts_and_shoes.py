"""NOC routing of a piece of a coded item named with what happened to it (and whether it warns
that the whole item's code exists), and of shoe modifications by who the shoe is for."""

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
@pytest.mark.sweep(n=3, by="code")
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


@pytest.mark.parametrize(
    ("typed", "code"),
    [("tub bench E0247 she owns: the plastic seat split, seat only", "A9900"),
     ("K0004 user: clear spoke guards so his fingers stop catching", "K0108"),
     ("her L1833 knee brace: replacement straps", "L9900")],
)  # fmt: skip
def test_a_piece_of_an_item_named_by_its_code_goes_to_that_codes_parts_code(
    typed: str, code: str
) -> None:
    assert BOOK.noc_for(typed).code == code


@pytest.mark.parametrize(
    "typed",
    ["bed wider than E0301, no E0303 either: a 48 inch frame",
     "seat cushion, not the E2603, maker has no PDAC coding letter"],
)  # fmt: skip
def test_codes_typed_as_what_the_item_is_not_name_no_base(typed: str) -> None:
    assert BOOK.noc_for(typed).code not in ("A9900", "K0108")


def test_the_code_of_the_item_a_piece_belongs_to_is_not_warned_as_the_pieces_code() -> None:
    """The biller typed the base item's code: that code is what the piece belongs to."""
    typed = "alternating pressure pump (E0182, owned): power-failure alarm module died, module only"
    assert BOOK.likely_specific(typed) is None
    assert BOOK.noc_for(typed).code == "A9900"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("ferrous sulfate 325 mg tab by mouth, per dose", "A9152"),
     ("biotin 5 mg cap, oral, one a day", "A9152"),
     ("B-complex with vitamin C capsule, oral, per dose", "A9153"),
     ("prenatal multivitamin with iron, 1 tab daily", "A9153")],
)  # fmt: skip
def test_a_vitamin_by_its_chemical_name_or_as_a_cap_or_tab_goes_to_the_vitamin_noc_codes(
    typed: str, code: str
) -> None:
    """A "cap" taken by mouth is a capsule, not a cap of something (no A9900)."""
    assert BOOK.noc_for(typed).code == code


@pytest.mark.parametrize(
    "typed",
    ["group 4 heavy duty (410 lb), captains seat, one power option",
     "group 3 standard weight power chair, captain's seat with tilt and recline",
     "group 2 very heavy duty pwc for a 500 lb pt, captains seat, power tilt",
     "group 2 heavy duty portable power chair, 420 lb",
     "grp 2 heavy duty power wheelchair w/ seat elevator, 400 lb, sling seat"],
)  # fmt: skip
def test_a_power_chair_in_a_combination_no_k08xx_code_lists_is_k0898(typed: str) -> None:
    assert BOOK.noc_for(typed).code == "K0898"
    assert BOOK.likely_specific(typed) is None


def test_a_power_chair_whose_combination_a_code_lists_still_warns() -> None:
    likely = BOOK.likely_specific("group 2 very heavy duty pwc for a 500 lb pt, captains seat")
    assert likely is not None and likely.code == "K0827"


@pytest.mark.parametrize(
    "item",
    ["seat lift chair: the hand pendant cord frayed, cord only",
     "nebulizer compressor - the air intake filter housing cracked, housing only",
     "home suction pump: the vacuum regulator knob is missing"],
)  # fmt: skip
def test_a_piece_named_after_its_item_gets_no_warning_for_the_whole_items_code(item: str) -> None:
    assert BOOK.likely_specific(item) is None


def test_a_piece_with_its_own_code_after_its_item_keeps_the_warning() -> None:
    likely = BOOK.likely_specific("home vent: battery cables cracked, cables only")
    assert likely is not None and likely.code == "A4612"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("group 2 HD power chair w/ captains seat; seat elevator not covered", "K0825"),
     ("grp 2 heavy duty captains chair pwc - seat elevator removed", "K0825"),
     ("group 2 very heavy duty power wheelchair, captain's seat, pt declined seat elevator",
      "K0827"),
     ("group 2 very heavy duty power wheelchair with captains seat, seat elevator not ordered",
      "K0827")],
)  # fmt: skip
def test_a_power_option_refused_after_its_name_leaves_the_base_code(typed: str, code: str) -> None:
    likely = BOOK.likely_specific(typed)
    assert likely is not None and likely.code == code
