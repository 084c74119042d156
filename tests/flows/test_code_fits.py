"""The "a specific code likely exists" warning is not given for a code that is another item:
one whose street name only uses the item's noun to describe its own, or one fitted to no vehicle
or part of the home the biller names. The codes themselves still get the warning."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.parametrize(
    "typed",
    ["weighted blanket for autism",
     "weighted blanket 15 lb",
     "cooling blanket for the bed",
     "van wheelchair lift",
     "lift for the car to load the scooter",
     "wheelchair lift for the minivan",
     "stair lift chair",
     "stairway chair lift",
     "chair lift for the stairs to the basement"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_another_item_gets_no_likely_code(typed: str) -> None:
    assert BOOK.likely_specific(typed) is None


@pytest.mark.parametrize(
    ("typed", "code"),
    [("bed cradle for the blanket", "E0280"),
     ("blanket support", "E0280"),
     ("seat lift mechanism for the recliner", "E0627"),
     ("electric seat lift for the recliner chair", "E0627"),
     ("wheelchair seat lift", "E0985")],
)  # fmt: skip
def test_the_coded_item_still_gets_its_likely_code(typed: str, code: str) -> None:
    found = BOOK.likely_specific(typed)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("typed", "code", "describes"),
    [("electric seat lift mechanism fitted into the patient's own recliner", "E0627", True),
     ("brake attachment for a wheeled walker, worn, replace", "E0159", True),
     ("jaw motion rehabilitation system, rental", "E1700", True),
     ("padded lap tray that attaches to the armrests of a manual w/c", "E0950", True),
     # the code is what the item belongs to, or shares a word or two with it
     ("dust cover for the cpap machine", "E0601", False),
     ("hand switch for the seat lift mechanism", "E0627", False),
     ("replacement wheels for the knee scooter", "E0118", False),
     ("bidet toilet seat with warm water wash", "E0244", False),
     ("stairway chair lift", "E0627", False)],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_reviewed_code_describes_the_item_only_when_its_descriptor_is_said(
    typed: str, code: str, describes: bool
) -> None:
    """A code the biller reviewed is billed over a NOC code only when the item's words say the
    code's name and most of its descriptor; a part of that item, or a namesake, is not it."""
    assert BOOK.describes(typed, code) is describes


@pytest.mark.parametrize(
    ("typed", "code"),
    [("manual wheelchair propulsion wheel, no tire, bent - got slammed in the car door", "E2224"),
     ("power chair battery, group 24 gel - is that the right one?", "E2363"),
     ("elevating legrests, each - 2 units - the old pair cracked", "E0990"),
     ("shock absorbers for the power chair seized, x2", "E1016")],
)  # fmt: skip
def test_a_remark_after_a_dash_keeps_the_likely_code(typed: str, code: str) -> None:
    """What happened to the part, a count or a question to the team does not hide its code."""
    found = BOOK.likely_specific(typed)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("half lap tray for the wheelchair - use E1399 or is there a code", "E0950"),
     ("walker brake attachment - bill it as A9900?", "E0159")],
)  # fmt: skip
def test_how_to_bill_it_after_a_dash_names_no_piece(typed: str, code: str) -> None:
    """ "- use E1399?" asks how to bill the item: it is no piece of the item named before it."""
    assert BOOK.describes(typed, code, False)


def test_a_vehicle_after_a_dash_is_still_where_the_item_goes() -> None:
    assert BOOK.likely_specific("wheelchair lift - for the van") is None


@pytest.mark.parametrize(
    ("typed", "code"),
    [("H style leg strap for the footrests, feet keep sliding", "K0039"),
     ("heel loops for the footrests, pair", "E0951")],
)  # fmt: skip
def test_a_wheelchair_part_for_another_wheelchair_part_keeps_its_code(
    typed: str, code: str
) -> None:
    found = BOOK.likely_specific(typed)
    assert found is not None and found.code == code


def test_a_part_for_an_item_of_another_group_gets_no_likely_code() -> None:
    assert BOOK.likely_specific("actuator for a hoyer lift") is None
