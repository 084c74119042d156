"""How the code search reads orthoses and prostheses as prosthetists and orthotists describe
them: a hollow-shell or modular leg, a knee's axis and its hydraulic or air control, and an
addition to a brace apart from the whole brace."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


def test_a_hollow_shell_knee_is_the_exoskeletal_one_with_fluid_control() -> None:
    typed = "hollow shell knee, single axis, hydraulic swing and stance control"
    assert BOOK.search(typed, limit=1)[0].code == "L5728"


def test_a_modular_knee_with_an_air_cylinder_is_an_endoskeletal_knee_shin_system() -> None:
    first = BOOK.search("one axis modular knee with an air swing cylinder", limit=1)[0].code
    assert first in ("L5822", "L5830")  # pneumatic swing; not the air-chamber knee orthosis


def test_an_addition_named_on_a_brace_is_the_addition_not_a_brace() -> None:
    assert BOOK.search("valgus correction T-strap, padded, for an AFO", limit=1)[0].code == "L2270"


def test_a_whole_brace_described_in_full_stays_the_brace() -> None:
    typed = (
        "knee ankle foot orthosis, double upright, free knee and ankle, solid stirrup, thigh band"
    )
    assert BOOK.search(typed, limit=1)[0].code == "L2020"


def test_a_strength_in_percent_never_names_the_item_to_route() -> None:
    assert BOOK.noc_for("lipid emulsion 10% for home PN, 500 mL").code == "B4185"


@pytest.mark.parametrize(
    "item",
    ["gas spring on the back of his manual reclining wheelchair won't hold, replace spring",
     "foam grip on the tiller of his 3 wheel scooter tore, replacement grip only",
     "charging socket on the power chair controller box is loose, replace socket"],
)  # fmt: skip
def test_a_repaired_piece_of_a_wheelchair_or_scooter_is_a_wheelchair_part(item: str) -> None:
    assert BOOK.noc_for(item).code == "K0108"


def test_a_piece_of_other_equipment_stays_a_component_of_its_code() -> None:
    assert BOOK.noc_for("knee scooter basket broke, replace basket").code == "A9900"


@pytest.mark.parametrize(
    "item",
    ["knee CPM rental: the hand control died, motor still fine",
     "the swivel bar of his patient lift is bent, new bar only"],
)  # fmt: skip
def test_a_piece_that_died_or_bent_is_a_component_of_its_item(item: str) -> None:
    assert BOOK.noc_for(item).code == "A9900"


def test_a_joint_added_to_a_named_brace_is_billed_as_the_joint_addition() -> None:
    # The note names the KAFO first, then the knee joint it adds: the joint is the item.
    typed = "KAFO, drop lock knee joint, addition per joint"
    assert BOOK.search(typed, limit=1)[0].code == "L2405"


def test_a_part_named_before_its_add_cue_is_the_item_not_the_brace() -> None:
    # "add each" stands alone; the clause before it names the limited-motion ankle joint.
    found = [c.code for c in BOOK.search("left AFO, limited motion ankle joint, add each", 3)]
    assert found[0] == "L2200"  # not the L1970/L1971 AFO it is added to


def test_a_whole_brace_being_replaced_stays_a_whole_brace() -> None:
    # "replacement" names no part here: the whole custom AFO is billed again, not a repair part.
    first = BOOK.search("custom molded plastic AFO, replacement", limit=1)[0].code
    assert first.startswith("L19")  # the ankle foot orthoses, not an L2 addition or L4 part
