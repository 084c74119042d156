"""Words that do not name the item leave the search as it was: who pays ("for medicaid") and
"free standing" (how a trapeze stands, no stand part); one leg of a both-legs device is another
item than K1007's."""

from __future__ import annotations

import pytest

from tests.flows.code_book import BOOK, first_code


@pytest.mark.parametrize(
    ("typed", "plain"),
    [("mobile stander for medicaid", "mobile stander"),
     ("medicare part b hospital bed", "hospital bed"),
     ("BCBS pt needs a lift chair", "pt needs a lift chair")],
)  # fmt: skip
def test_a_payer_named_beside_the_item_changes_nothing(typed: str, plain: str) -> None:
    assert [c.code for c in BOOK.search(typed, 3)] == [c.code for c in BOOK.search(plain, 3)]
    assert BOOK.noc_for(typed).code == BOOK.noc_for(plain).code


@pytest.mark.parametrize(
    "typed",
    ["powered ankle-foot orthosis with a motor at the ankle (ankle exoskeleton), one leg",
     "ankle exoskeleton, single leg"],
)  # fmt: skip
def test_a_one_leg_exoskeleton_gets_no_k1007_warning(typed: str) -> None:
    assert BOOK.likely_specific(typed) is None


def test_a_both_legs_exoskeleton_keeps_its_warning() -> None:
    found = BOOK.likely_specific("powered exoskeleton for SCI bilateral hip knee ankle")
    assert found is not None and found.code == "K1007"


def test_a_free_standing_trapeze_is_a_whole_item_not_a_stand_part() -> None:
    assert first_code("trapeze bar free standing") == "E0940"
    assert BOOK.noc_for("trapeze bar free standing").code == "E1399"
