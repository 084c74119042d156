"""NOC routing of a whole child's manual chair (E1229) apart from its parts, of dialysis water
treatment (E1699) apart from supplies (A4913), of customized equipment (K0900) and of a
prosthetist's colour work on a cover (L8499)."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "item",
    ["toddler-size manual mobility base with adjustable seat depth, no pediatric code matches",
     "adaptive stroller for a 4 year old with cerebral palsy, whole chair",
     "youth self-propelled chair, folding, 13 in seat",
     "special needs push chair for a 5 yo, not a tilt base",
     "8 yo: lightweight manual sports chair with cambered wheels",
     "a 9 year old's hand-propelled chair"],
)  # fmt: skip
def test_a_whole_manual_chair_for_a_child_is_the_pediatric_wheelchair_noc(item: str) -> None:
    assert BOOK.noc_for(item).code == "E1229"


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [("growth kit for the child's manual wheelchair she already has", "K0108"),
     ("pediatric wheelchair footplate cracked, need one", "K0108"),
     ("new push handles for the kids manual chair", "K0108"),
     ("child power chair, new model, no code", "E1239"),
     ("seat cushion for a pediatric wheelchair, no PDAC code", "K0669"),
     ("pediatric high chair with positioning straps, no code", "E1399")],
)  # fmt: skip
def test_a_piece_or_a_power_chair_for_a_child_is_no_whole_manual_chair(item, noc) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [("home hemodialysis: holding tank for treated water, not listed", "E1699"),
     ("cartridge filter housing for the home hemodialysis water line", "E1699"),
     ("wall bracket to hold the home hemodialysis machine off the floor", "E1699"),
     ("plumbing kit to connect the hemodialysis machine to the house drain", "E1699"),
     ("portable RO unit for travel dialysis, no code fits", "E1699"),
     ("dialysis line clamp covers, bag of 20", "A4913"),
     ("home hemo: disposable drain line for the machine, one per treatment", "A4913"),
     ("PD pt: mask and cap pack for exchanges", "A4913")],
)  # fmt: skip
def test_dialysis_water_treatment_is_equipment_and_disposables_are_supplies(item, noc) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    ["shower commode chair built to one patient's body dimensions after a spinal fusion",
     "bath lift seat customized for a bariatric patient by the manufacturer, one of a kind",
     "hospital bed the supplier modified with a longer frame for a very tall patient",
     "gait trainer re-engineered for one teen's scissoring gait",
     "commode that the vendor modified with a wider seat for one patient"],
)  # fmt: skip
def test_equipment_built_or_modified_for_one_patient_is_customized_dme(item: str) -> None:
    assert BOOK.noc_for(item).code == "K0900"


@pytest.mark.parametrize(
    ("item", "noc"),
    [("hospital bed for a 7 foot patient, extra long", "E1399"),
     ("manual wheelchair base custom-welded for a bilateral amputee", "K0008"),
     ("power wheelchair base fabricated to order for one patient", "K0013"),
     ("custom built shoulder orthosis, no code", "L3999")],
)  # fmt: skip
def test_a_catalog_item_or_a_custom_wheelchair_or_brace_is_no_customized_dme(item, noc) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    ["prosthetist's charge to repaint a leg cover, no code for the service",
     "color matching of a silicone hand cover to the patient's skin, prosthetist service, no code",
     "prosthetist repainting the cosmetic foot shell after it faded, no L code for it",
     "unlisted service: prosthetist adjusts the cosmetic finish on her below-knee cover"],
)  # fmt: skip
def test_matching_or_repainting_a_prosthesis_cover_is_a_prosthetic_service(item: str) -> None:
    assert BOOK.noc_for(item).code == "L8499"


def test_a_terminal_device_for_a_painting_hobby_is_no_painting_service() -> None:
    assert BOOK.noc_for("terminal device for a transradial amputee for painting, no code").code == (
        "L7499"
    )
