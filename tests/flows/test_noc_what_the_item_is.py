"""What makes an item with no specific code belong to a NOC family: billed only to get a
denial (A9270), built or changed for one patient (K0900), a pressure piece for burn scars
(A6512), a parenteral supply that is no solution (B9999), oxygen carried to a wound (E0446), a
shoe modification for a patient with diabetes (A5507)."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "item",
    [
        "vibrating foot massager the pt wants billed for a denial",
        "heated massage recliner pad, not covered, Medigap needs the denial first",
        "wants a denial so the secondary pays: infrared sauna dome",
        "non-covered item: white noise machine for sleep",
        "statutorily excluded: hearing amplifier for TV",
        "pt wants it denied for the secondary: electric lift recliner, the whole chair",
        "light box for seasonal depression - not covered, pt wants the claim anyway",
    ],
)
def test_an_item_billed_for_a_denial_is_a_non_covered_item(item: str) -> None:
    advice = BOOK.noc_for(item)
    assert advice.code == "A9270"
    assert "A9270" in advice.why


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("vibrating foot massager", "E1399"),
        ("powered standing turntable not covered by any E code", "E1399"),
        ("powered bed-side transfer disc, not covered under the listed codes", "E1399"),
        # a family or rule that claims the item keeps it
        ("battery bath lift, Medigap wants the Medicare denial first", "E0625"),
        ("long-handled sponge, pt wants a denial for her supplement", "A9999"),
        ("knee orthosis with a gas spring, not covered by any L18xx descriptor", "L2999"),
        ("wheelchair cup holder, pt wants a denial for the secondary", "K0108"),
    ],
)
def test_no_code_fitting_is_not_a_wish_for_a_denial(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "item",
    [
        "overbed table built to the patient's measurements so it clears her knees",
        "bariatric bed frame custom widened to 54 inches for one patient",
        "toileting frame built to his measurements, not a wheelchair",
        "sleep enclosure customized for an autistic teen",
        "prone stander modified by the manufacturer for a 6'6\" pt",
        "transfer bench custom lengthened for a pt with a long femur fusion",
        "positioning chair for feeding, built to the child's measurements, not a wheelchair",
        "feeding seat built to her measurements for a girl with spina bifida, not a wheelchair",
    ],
)
def test_equipment_built_or_changed_for_one_patient_is_customized_dme(item: str) -> None:
    assert BOOK.noc_for(item).code == "K0900"


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("custom manual wheelchair base built to measurements", "K0008"),
        ("custom power wheelchair base built to her measurements", "K0013"),
        ("custom molded AFO", "L2999"),
        ("custom-made silicone nose prosthesis", "L8499"),
        ("commode seat, standard, 18 inch", "E1399"),
    ],
)
def test_custom_wheelchairs_and_braces_keep_their_own_nocs(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "item",
    [
        "pressure sleeve for the forearm after a burn, custom",
        "made-to-measure pressure vest for hypertrophic scars after burns to the back",
        "compression piece for a grafted burn on the cheek",
        "burn scar pressure gloves without fingertips, both hands",
        "burn pt: pressure tights for the legs, custom",
        "burn survivor needs compression shorts over grafts on the thighs",
    ],
)
def test_a_pressure_piece_for_burn_scars_is_a_burn_garment(item: str) -> None:
    assert BOOK.noc_for(item).code == "A6512"


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("pressure relief cushion for a pt with burns on the thighs", "E1399"),
        ("motor burned out on the compression pump", "A9900"),
        ("heel pressure offloading boot for a pressure ulcer", "E0769"),
        ("daytime compression sleeve for lymphedema of the arm", "A6549"),
        ("compression garment for the chest wall after a mastectomy", "A6549"),
    ],
)
def test_pressure_or_burn_alone_is_no_burn_garment(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("TPN backpack for the ambulatory pump", "B9999"),
        ("home PN: pole clamp for the pump", "B9999"),
        ("parenteral nutrition cooler bag for travel", "B9999"),
        ("lipid emulsion 20 percent for home PN, per 10 g", "B4185"),
        ("home TPN: soybean oil fat emulsion, not Omegaven", "B4185"),
    ],
)
def test_a_parenteral_supply_is_no_lipid_solution(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("oxygen boot over the diabetic foot ulcer, home unit", "E0446"),
        ("small unit that pipes O2 onto her venous ulcer all day", "E0446"),
        ("oxygen wrap for a sacral pressure ulcer at home", "E0446"),
        ("electromagnetic pad that heals a venous ulcer", "E0769"),
        ("microcurrent wound device for a pressure ulcer", "E0769"),
    ],
)
def test_oxygen_carried_to_a_wound_is_topical_oxygen(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("rocker sole added to the depth shoe of a pt with hallux rigidus", "L3649"),
        ("toe box of his depth shoes stretched over a bunion", "L3649"),
        ("rocker sole added to the depth shoe of a diabetic pt", "A5507"),
        ("DM pt: toe box of his depth shoes stretched over a bunion", "A5507"),
    ],
)
def test_a_depth_shoe_alone_says_no_diabetes(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("padded night compression garment for the trunk after a mastectomy", "A6519"),
        ("daytime compression vest for the chest wall following lumpectomy", "A6549"),
        ("velcro wrap for the chest after a mastectomy", "A6584"),
        ("custom silicone breast shell after a lumpectomy", "L8039"),
        ("breast form after mastectomy, custom", "L8039"),
        ("shower leg for a BK amputee", "L5999"),
    ],
)
def test_a_surgery_in_the_history_makes_no_prosthesis(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc
