"""A manual wheelchair's arm style and leg support said as what the parts do finds the code
whose descriptor has that style (arms that come off or flip back are detachable, arms that
don't detach are fixed, legs that must stay up are elevating legrests), and a stretch device for
a stiff joint said through the condition and the way the patient sets it finds its joint."""

from __future__ import annotations

import pytest

from flows.chair_options import ChairOptionReader
from flows.content import default_content_dir
from flows.search_words import SearchWords
from tests.flows.code_book import first_code

READER = ChairOptionReader(SearchWords.load(default_content_dir()).chair_options)


@pytest.mark.parametrize(
    ("item", "code"),
    [("rental wheelchair, the arms stay on, regular footrests", "E1221"),
     ("chair for a broken leg, arms don't come off, one leg has to stay raised", "E1222"),
     ("wheelchair, non removable arms, elevating leg rests", "E1222"),
     ("wheelchair where the arms come off for slide transfers, plain footrests", "E1223"),
     ("wheelchair with take off arms and both legs elevated", "E1224"),
     ("chair with removable armrests and leg rests that lift up", "E1224"),
     ("standard wheelchair, desk arms removable, elevating legrests both sides", "E1150"),
     ("hemi wheelchair, arms don't detach, legs elevate", "E1083"),
     ("hemi height chair with removable arms and elevating legrests", "E1084"),
     ("hemi wheelchair, arms are fixed, swing-away footrests", "E1085"),
     ("high strength lightweight chair, arms fixed, leg rests raise", "E1087"),
     ("high strength lightweight wheelchair with flip back arms and elevating legrests", "E1088"),
     ("lightweight wheelchair with removable arms and raising leg rests", "E1240"),
     ("amputee wheelchair, arms come off, no footrests needed since both legs are gone", "E1172"),
     ("amputee wheelchair with removable arms and swing away footrests", "E1180"),
     ("amputee wheelchair, fixed arms, swing away footrests", "E1200"),
     ("wide heavy duty wheelchair, arms come off, regular footrests", "E1093"),
     ("fully reclining wheelchair, fixed arms, elevating legs", "E1050"),
     ("fully reclining wheelchair, arms detach, elevating legrests", "E1060"),
     ("full recline wheelchair with removable arms and swing away footrests", "E1070"),
     ("semi reclining wheelchair, fixed arms, elevating legrests", "E1100")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_a_wheelchair_said_by_what_its_arms_and_legs_do_finds_its_code(
    item: str, code: str
) -> None:
    assert first_code(item) == code


@pytest.mark.sweep(n=3, by="reads")
@pytest.mark.parametrize(
    ("said", "reads"),
    [("chair, arms must flip off", "detachable arms"),
     ("chair whose arms don't detach", "fixed arms"),
     ("wheelchair, arms can't come off", "fixed arms"),
     ("w/c with arms that stay put", "fixed arms"),
     ("wheelchair, both legs up", "elevating legrests"),
     ("chair, she doesn't need legs raised", "footrests"),
     ("wheelchair, feet just swing away", "swing away footrests")],
)  # fmt: skip
def test_what_the_parts_do_reads_as_the_descriptor_style(said: str, reads: str) -> None:
    read = " ".join(READER.read(said).split())
    assert read.endswith(reads)
    assert "n't" not in read and "not" not in read.split()


def test_a_chair_with_leg_rests_said_is_a_wheelchair_and_other_texts_stay() -> None:
    assert "wheelchair" in READER.read("loaner chair, one leg must be raised")
    assert READER.read("arm sling that comes off easily") == "arm sling that comes off easily"


@pytest.mark.parametrize(
    ("item", "code"),
    [("frozen shoulder, patient tightens the stretch device a little each day", "E1841"),
     ("shoulder stretcher with a dial the patient turns for adhesive capsulitis", "E1841"),
     ("elbow flexion contracture, dial adjusted progressive stretch device", "E1801"),
     ("wrist contracture, progressive stretch splint with a locking dial", "E1806"),
     ("stiff wrist after cast removal, patient adjusts the stretch splint tension", "E1806"),
     ("arthrofibrosis of the knee, turnbuckle knee stretcher, patient sets it", "E1811"),
     ("knee flexion contracture, dial-lock progressive stretch brace", "E1811"),
     ("ankle contracture, static stretch boot with a ratchet the patient tightens", "E1816"),
     ("forearm can't turn palm up after fracture, progressive supination stretch device", "E1818"),
     ("stuck in supination, pron/sup stretch device the patient cranks", "E1818"),
     ("middle finger PIP contracture, patient-driven stretch splint", "E1832"),
     ("hammer toe stiffness, patient adjusted progressive toe stretcher", "E1831"),
     ("knee contracture, spring loaded dynamic knee stretch device both ways", "E1810"),
     ("ring finger stuck bent, patient sets the stretch with a dial-adjusted splint", "E1832")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_a_stretch_device_said_by_condition_and_mechanism_finds_its_joint(
    item: str, code: str
) -> None:
    assert first_code(item) == code


def test_a_dial_lock_on_a_knee_orthosis_stays_the_orthosis_joint() -> None:
    item = (
        "addition to the knee brace: dial lock joint so the angle steps up as the contracture"
        " stretches, per joint"
    )
    assert first_code(item) == "L2425"
