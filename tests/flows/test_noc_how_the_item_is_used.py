"""An item with no specific code read by what it does for the patient: a small hand-held aid
for a shaky or weak hand, a short reach or poor sight (A9999), a garment compressing a limb or
trunk swollen by lymphedema or lipedema (A6549, at night A6519), a skin substitute the FDA
cleared as a device (A4100), a wearable that senses or records (A9279), a change sewn, cut or
moved onto a shoe (L3649)."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "item",
    [
        "long handled comb, pt can't lift her arm above the shoulder after rotator cuff repair",
        "weighted soup spoon for a man with essential tremor",
        "adapted mug with a lid and two handles for shaky hands",
        "nail clipper on a suction base for a pt with one functional arm after a stroke",
        "hand-held magnifying glass with a light for a low vision pt reading mail",
        "tap turner lever so she can open the sink faucet, rheumatoid arthritis",
    ],
)
def test_a_small_aid_for_a_weak_hand_or_poor_sight_is_a_dme_supply_nos(item: str) -> None:
    assert BOOK.noc_for(item).code == "A9999"


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        # powered, or for a coded item: not a daily-living supply
        ("motorized feeding spoon for a pt with tremor", "E1399"),
        ("electric toothbrush with a wide handle for arthritic hands", "E1399"),
        ("cup holder clamped to his power wheelchair, quad pt", "K0108"),
    ],
)
def test_a_powered_aid_or_a_piece_of_a_coded_item_is_not_a_supply_nos(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("ready-made compression shorts for lipedema of the thighs, 20-30 mmHg", "A6549"),
        ("compression top for trunk lymphedema after breast cancer surgery, day wear", "A6549"),
        ("footless compression tights, gradient, for leg lymphedema", "A6549"),
        ("foam-padded sleeve worn to bed for arm lymphedema", "A6519"),
        ("compression shorts for genital lymphedema, worn overnight", "A6519"),
        # a wrap with straps, a bandage and a burn garment keep their own codes
        ("adjustable velcro wrap for calf lymphedema", "A6584"),
        ("compression vest over burn grafts on the chest", "A6512"),
    ],
)
def test_a_garment_for_a_swollen_limb_or_trunk_is_a_gradient_compression_garment(
    item: str, noc: str
) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    [
        "porcine dermal matrix for a venous leg ulcer, FDA 510(k) cleared, no Q code",
        "amniotic membrane sheet for a pressure ulcer, cleared as a device",
        "acellular wound matrix with device clearance, 3x3 cm",
    ],
)
def test_a_skin_substitute_cleared_as_a_device_is_a4100(item: str) -> None:
    assert BOOK.noc_for(item).code == "A4100"


@pytest.mark.parametrize(
    "item",
    [
        "wristband that records sleep and heart rate for the cardiologist",
        "sock that senses foot temperature for a diabetic with neuropathy",
        "adhesive patch that senses breathing rate at home",
    ],
)
def test_a_wearable_that_senses_or_records_is_a_monitoring_device(item: str) -> None:
    assert BOOK.noc_for(item).code == "A9279"


@pytest.mark.parametrize(
    "item",
    [
        "sew a padded tongue onto his oxfords, he is not diabetic",
        "put a zipper into the side of her orthopedic boot",
        "transfer the rocker sole from his old work boots to the new pair",
        "cut a relief into the upper of his shoe over the bunion",
    ],
)
def test_a_change_sewn_cut_or_moved_onto_a_shoe_is_a_shoe_modification(item: str) -> None:
    assert BOOK.noc_for(item).code == "L3649"


@pytest.mark.sweep(n=3, by="not_noc")
@pytest.mark.parametrize(
    ("item", "not_noc"),
    [
        ("shower chair, the distributor sends it to the patient's home", "A9279"),  # shipping
        ("padded bench for the tub, the maker sends it to us assembled", "A9279"),
        ("foam leg wedge for sleeping, her lymphedema is worse at night", "A6519"),
        ("power recliner so she can sleep with her legs raised, lymphedema", "A6519"),
        ("suction cup grab bar by the tub, left side weak after a stroke", "A9999"),
        ("non-slip gripper socks, parkinsons", "A9999"),
        ("replacement cup for her breast pump, she has one hand", "A9999"),
        ("vibrating mesh nebulizer, 510(k) cleared", "A4100"),
    ],
)
def test_a_word_of_the_new_families_in_another_items_line_leaves_it_alone(
    item: str, not_noc: str
) -> None:
    assert BOOK.noc_for(item).code != not_noc
