"""Words that place an item in a NOC family of the CMS file whatever it is called: a sterile or
single-use instrument is a surgical supply (A4649), an accessory of a power chair or a power
operated vehicle is a wheelchair component (K0108)."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.parametrize(
    "item",
    [
        "sterile single-use wound probe for the home visit, box of 10",
        "disposable tongue blades, box of 100",
        "single-use sterile plastic basin for dressing changes",
    ],
)
def test_a_sterile_or_single_use_instrument_is_a_surgical_supply(item: str) -> None:
    assert BOOK.noc_for(item).code == "A4649"


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        # the domain's own NOC code comes first: a catheter's plug is an incontinence supply
        ("sterile plug to cap the foley off between bags", "A4335"),
        ("disposable bloodline clamps for home hemodialysis", "A4913"),
    ],
)
def test_a_sterile_supply_of_a_named_domain_keeps_that_domains_code(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item", ["orange safety flag on a pole for the mobility scooter", "rain canopy for the pwc"]
)
def test_an_accessory_of_a_power_chair_or_scooter_is_a_wheelchair_component(item: str) -> None:
    assert BOOK.noc_for(item).code == "K0108"


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("sharps container for the home hemodialysis needles", "A4913"),
        ("extension for the PD cycler's drain line", "A4913"),
        ("shower cover for the PD catheter exit site", "A4913"),
        ("electric warmer for the PD solution bags", "E1699"),
        ("replacement scale for weighing before home hemodialysis", "E1699"),
        ("rolling cart for the home hemodialysis machine", "E1699"),
    ],
)
def test_a_dialysis_device_is_equipment_and_anything_else_used_with_dialysis_a_supply(
    item: str, noc: str
) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("kid's power wheelchair base the PDAC never coded as group 5", "E1239"),
        ("power chair for a toddler, doesn't meet the group 5 criteria", "E1239"),
        ("standing power mobility device the PDAC has not coded", "K0899"),
    ],
)
def test_a_pediatric_power_chair_the_pdac_has_not_coded_is_the_pediatric_noc(
    item: str, noc: str
) -> None:
    assert BOOK.noc_for(item).code == noc
