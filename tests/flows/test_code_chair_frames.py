"""A frame the biller names (heavy duty, amputee, lightweight, hemi, reclining) still decides
between wheelchairs once the arms and leg rests are read from what they do; a text naming only
a wheelchair's parts is read as a wheelchair; commodes, shower and lift chairs keep their codes."""

from __future__ import annotations

import pytest

from flows.chair_frames import styles
from tests.flows.code_book import first_code


@pytest.mark.parametrize(
    ("item", "code"),
    [("wide heavy duty frame, his arms have to swing away for transfers, ordinary footrests",
      "E1093"),
     ("amputee chair, arms don't come off, she needs the leg up", "E1170"),
     ("amputee frame, armrests lift out, no legrests at all", "E1172"),
     ("lightweight chair whose arms come off, legs elevated after surgery", "E1240"),
     ("hemi chair, arms that detach, legs have to stay up", "E1084"),
     ("semi reclining chair, arms stay on, legs elevate", "E1100"),
     ("standard weight chair, arms that stay on, legs raised", "E1160"),
     ("manual chair that reclines all the way, arms come off, legs up", "E1060")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_the_named_frame_with_the_read_arm_and_leg_style_comes_first(item: str, code: str) -> None:
    assert first_code(item) == code


def test_a_frame_the_biller_rules_out_does_not_decide() -> None:
    said = "not a heavy duty one: arms flip off, plain footrests, standard wheelchair"
    assert first_code(said) not in {"E1093", "E1290"}


@pytest.mark.parametrize(
    ("item", "code"),
    [("amputee frame, arms lift out, he has no leg rests", "E1172"),
     ("her leg rests need to raise and the arms stay on", "E1222")],
)  # fmt: skip
def test_a_wheelchair_named_only_by_its_parts_is_read(item: str, code: str) -> None:
    assert first_code(item) == code


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("item", "code"),
    [("commode chair with arms that come off", "E0165"),
     ("drop arm commode chair, arms swing away", "E0165"),
     ("3-in-1 commode, arms don't come off", "E0163"),
     ("heavy duty commode, arms detach", "E0168"),
     ("lift chair, seat lift mechanism", "E0627"),
     ("shower chair with a back", "E0240"),
     ("leg elevation wedge pillow to keep legs raised", "E0244")],
)  # fmt: skip
def test_chairs_that_are_not_wheelchairs_keep_their_codes(item: str, code: str) -> None:
    assert first_code(item) == code


def test_a_part_ordered_on_its_own_is_not_read_as_a_wheelchair() -> None:
    assert first_code("footrest won't stay up, the latch is broken, replace it") not in {
        "E1221",
        "E1222",
        "E1223",
        "E1224",
    }


def test_styles_are_read_in_the_descriptors_words() -> None:
    assert styles(
        "Amputee wheelchair, detachable arms (desk or full length) without footrests"
    ) == ("detachable", "none")
    assert styles("Heavy duty wheelchair, fixed full length arms, elevating legrest") == (
        "fixed",
        "elevating",
    )
