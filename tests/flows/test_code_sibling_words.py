"""Sibling codes that differ by one word find the right one when the biller says that word
another way: "partly" for semi, "neck" traction for cervical, "two uprights" for double,
"no motor" for non-electric, "open-end" for a drainable ostomy pouch, a truss for both sides
for the double one, a negation that reaches across a slash ("no footrests/legrests"), and a
part billed on another line, which the item comes without."""

from __future__ import annotations

import pytest

from tests.flows.code_book import BOOK, first_code


@pytest.mark.parametrize(
    ("item", "code"),
    [("partial recline back for manual wheelchair", "E1225"),
     ("manual chair back that partially reclines", "E1225"),
     ("partly reclining wheelchair with detachable arms and elevating legrests", "E1110"),
     ("partially reclining wheelchair, fixed full length arms, elevating legrests", "E1100"),
     ("full recline back for manual wheelchair", "E1226")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_a_partly_reclining_back_is_the_semi_reclining_code(item: str, code: str) -> None:
    assert first_code(item) == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("neck traction stand, free standing", "E0850"),
     ("neck traction frame on the headboard", "E0840"),
     ("neck traction with an inflatable air bladder", "E0856"),
     ("neck traction over the door", "E0860"),
     ("freestanding extremity traction stand", "E0880")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_neck_traction_is_the_cervical_traction_code(item: str, code: str) -> None:
    assert first_code(item) == code


def test_a_neck_compression_garment_stays_a_garment() -> None:
    assert first_code("gradient compression garment for the neck and head") == "A6566"


@pytest.mark.parametrize(
    ("item", "code"),
    [("KAFO with two uprights, free knee, free ankle, solid stirrup, thigh and calf cuffs, custom",
      "L2020"),
     ("AFO two uprights, solid stirrup, calf band, custom", "L1990"),
     ("two-bar BK brace, solid stirrup, calf cuff, custom", "L1990"),
     ("two bar KAFO, no knee joint, solid stirrup, thigh and calf bands", "L2030"),
     ("full plastic KAFO with two uprights, free knee, custom", "L2036"),
     ("full plastic KAFO with one upright, free knee, custom", "L2037"),
     ("AFO one upright, solid stirrup, calf band, custom", "L1980")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_a_brace_with_two_uprights_is_the_double_upright_code(item: str, code: str) -> None:
    assert first_code(item) == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("commode chair with a seat lift, no motor", "E0171"),
     ("seat lift mechanism without a motor", "E0629"),
     ("non-motorized seat lift for a recliner", "E0629"),
     ("commode with electric seat lift", "E0170"),
     ("seat lift mechanism with motor", "E0627")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_an_item_without_a_motor_is_the_non_electric_code(item: str, code: str) -> None:
    assert first_code(item) == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("open-end ostomy pouch with barrier attached, one piece", "A5061"),
     ("open-ended colostomy bag, 2 piece, for use on flange", "A5063"),
     ("ileostomy drain pouch, one piece, extended wear barrier attached", "A4388"),
     ("drain pouch for ostomy, no barrier attached, 1 piece", "A5062"),
     ("ostomy drain pouch with filter, non-locking flange, 2 piece", "A4425"),
     ("closed-end colostomy pouch with barrier attached, 1 piece", "A5051")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_an_open_end_ostomy_pouch_is_the_drainable_code(item: str, code: str) -> None:
    assert first_code(item) == code


def test_a_urine_drain_bag_is_no_ostomy_pouch() -> None:
    first = BOOK.search("urinary drain bag for the bedside", limit=1)[0]
    assert "ostomy pouch" not in first.description.lower()


@pytest.mark.parametrize(
    ("item", "code"),
    [("amputee wheelchair, detachable arms, no footrests/legrests", "E1172"),
     ("amputee wheelchair with fixed full length arms, no footrest/legrest", "E1171"),
     ("standard hospital bed, no rails/mattress", "E0291"),
     ("semi electric bed, no side rails/mattress", "E0295")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_a_negation_reaches_every_word_joined_by_a_slash(item: str, code: str) -> None:
    assert first_code(item) == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("liquid oxygen contents for the base reservoir, 1 month", "E0442"),
     ("home liquid o2 base reservoir, monthly rental", "E0439")],
)  # fmt: skip
def test_the_base_reservoir_is_the_stationary_liquid_system(item: str, code: str) -> None:
    assert first_code(item) == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("semi electric bed with rails, mattress on a separate line", "E0261"),
     ("cpap with fixed pressure, heated humidifier billed on a separate line", "E0601"),
     ("insertion tray with drainage bag, catheter on another line", "A4354"),
     ("full electric bed with side rails, mattress billed on another line", "E0266"),
     ("pediatric folding tilt-in-space wheelchair, seating system ordered on another line",
      "E1234")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_a_part_billed_on_another_line_is_left_out_of_the_item(item: str, code: str) -> None:
    assert first_code(item) == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("hernia truss for both sides", "L8310"),
     ("truss for bilateral inguinal hernias", "L8310"),
     ("two-sided truss", "L8310"),
     ("truss, one side, standard pad", "L8300"),
     ("single-sided hernia truss", "L8300")],
)  # fmt: skip
@pytest.mark.sweep(n=2)
def test_a_truss_for_both_sides_is_the_double_truss(item: str, code: str) -> None:
    assert first_code(item) == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("wheelchair tray billed on a separate line", "E0950"),
     ("tray for wheelchair billed on a separate line from the chair", "E0950")],
)  # fmt: skip
def test_the_item_said_to_be_on_a_line_of_its_own_is_kept(item: str, code: str) -> None:
    assert first_code(item) == code
