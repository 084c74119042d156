"""An orthosis named by what the hand does with it is an upper-limb orthosis (L3999); a line
into a vein is no urinary catheter (not A4335); the external pieces of a retinal prosthesis
are the Argus II family's (L8608), whatever the system is called."""

from __future__ import annotations

import pytest

from flows.models import ItemCategory
from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.parametrize(
    ("item", "category", "noc"),
    [
        # the hand's task names the limb, even with a spinal cord injury or no limb word
        ("custom pen holder orthosis so he can sign his name", "orthotic", "L3999"),
        ("prefab orthosis that gives her a pinch grip, C7 spinal cord injury", "orthotic", "L3999"),
        ("orthotic typing aid with a slot for a stylus, custom fabricated", None, "L3999"),
        ("orthosis to hold a fork at meals, thermoplastic", "orthotic", "L3999"),
        # the leg and the back keep their own codes
        ("custom night orthosis to hold the ankle at 90 degrees", "orthotic", "L2999"),
        ("custom lso with a writing desk attachment", "orthotic", "L1499"),
    ],
)
@pytest.mark.sweep(n=3)
def test_an_orthosis_for_a_hand_task_is_an_upper_limb_orthosis(
    item: str, category: ItemCategory | None, noc: str
) -> None:
    assert BOOK.noc_for(item, category).code == noc


@pytest.mark.parametrize(
    "item",
    [
        "PICC line shower sleeve, waterproof",
        "mesh holder that keeps the midline catheter from snagging",
        "cover over his Hickman catheter so he can shower",
        "tunneled catheter site guard for bathing",
    ],
)
def test_a_line_into_a_vein_is_not_an_incontinence_supply(item: str) -> None:
    assert BOOK.noc_for(item).code != "A4335"


@pytest.mark.parametrize(
    "item",
    [
        "replacement glasses with the camera for his retinal prosthesis",
        "spare battery for the retinal implant's processor",
        "artificial retina system: new charger for the external unit",
    ],
)
def test_an_external_piece_of_a_retinal_prosthesis_is_its_family(item: str) -> None:
    assert BOOK.noc_for(item).code == "L8608"


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [
        # a garment named by its shape, with compression or swelling said, is the daytime NOC
        ("ready-made compression leggings, 20-30 mmHg, footless", "A6549"),
        ("flat knit compression shorts, made to measure", "A6549"),
        ("capri pants for lipedema of both legs, off the shelf", "A6549"),
        ("gradient compression top with long sleeves", "A6549"),
        # a weighted vest or a sports garment is not
        ("weighted compression vest for a child with sensory needs", "E1399"),
        ("sports compression shorts for a runner", "E1399"),
        ("powered tilt-top recliner chair for his leg swelling", "E1399"),
    ],
)
def test_a_compression_garment_named_by_its_shape_is_the_garment_noc(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc
