"""An item fixed to something that is no DME (a toilet, a bathtub, the house, a car) is a part of
no DME item: it is a whole item (E1399 when nothing else takes it), never A9900, a "component of
another HCPCS code" (F1.6, F17.26). A kind Medicare may never cover (a bidet seat) is warned as
such, and its CO-50 denial is not sent to a records appeal (F16.10, F17.27)."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content
from tests.flows.test_outcome_situations import denied, outcome, warned

BOOK = repository_content().codes


@pytest.mark.parametrize(
    ("item", "category"),
    [
        ("Bidet toilet seat attachment, Brondell Swash 1000", "equipment"),
        ("Bidet toilet seat attachment, Brondell Swash 1000", None),
        ("motorized bidet toilet-seat attachment, not a commode, not a raised seat", None),
        ("portable suction-cup grab bar for the tub", None),
        ("portable suction-cup grab bar for the tub", "equipment"),
        ("suction cup grab bar for the shower wall", None),
        ("stair lift rail for the house", None),
    ],
)
def test_a_piece_of_something_that_is_no_dme_is_a_whole_item(item: str, category) -> None:
    assert BOOK.noc_for(item, category).code == "E1399"


@pytest.mark.parametrize(
    "item",
    [
        "mast for a patient lift",
        "seat cushion for the raised toilet seat",
        "replacement back for the shower chair",
        "bidet attachment for the bedside commode",
        "replacement arm pad for the toilet safety frame",
    ],
)
def test_a_piece_of_a_dme_item_in_the_bathroom_stays_a_component(item: str) -> None:
    assert BOOK.noc_for(item).code == "A9900"


def test_a_grab_bar_for_the_tub_is_still_offered_the_cms_tub_rail_code() -> None:
    """Routed whole, the grab bar's specific code (E0241, bath tub wall rail) is still warned."""
    likely = BOOK.likely_specific("grab bar for the bathtub")
    assert likely is not None and likely.code == "E0241"


def test_a_bidet_seat_is_billed_e1399_with_the_never_covered_warning_and_no_gz() -> None:
    found = outcome(
        "Bidet toilet seat attachment, Brondell Swash 1000",
        code_check={"searched": True, "chosen_code": None},
    )
    assert found.code == "E1399"
    assert "GZ" not in found.modifiers and "GA" not in found.modifiers
    assert warned(found, "Medicare may never cover this kind of item")
    assert warned(found, "bill with GY")


def test_a_co50_denial_of_a_never_covered_kind_is_not_sent_to_a_records_appeal() -> None:
    found = denied("Bidet toilet seat attachment, Brondell Swash 1000", "CO-50")
    ids = [step.id for step in found.follow_up]
    assert "redetermination" not in ids
    ask = next(step.action for step in found.follow_up if step.id == "contact_dme_mac")
    assert "do not appeal it with chart notes" in ask and "GY" in ask
    assert not any("medical records that support the need" in s.action for s in found.follow_up)


def test_a_co50_denial_of_a_covered_kind_still_gets_the_records_appeal() -> None:
    found = denied("home powered bed-end foot-positioning frame", "CO-50")
    step = next(step.action for step in found.follow_up if step.id == "redetermination")
    assert "medical records that support the need" in step


def test_a_denial_expected_for_no_given_reason_still_warns_that_a_bidet_may_take_gy() -> None:
    found = outcome(
        "Bidet toilet seat attachment, Brondell Swash 1000",
        code_check={"searched": True, "chosen_code": None},
        expect_medicare_denial=True,
    )
    assert warned(found, "Medicare may never cover this kind of item")
    assert "GZ" not in found.modifiers
