"""Words that place an item in a NOC family of the CMS file whatever it is called: a sterile or
single-use instrument is a surgical supply (A4649), a piece only a wheelchair or scooter has a
wheelchair component (K0108), a dialysis device dialysis equipment (E1699), a change to an
existing spinal orthosis an addition to it (L0999)."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        # a sterile or single-use instrument no domain names is a surgical supply ...
        ("sterile single-use wound probe for the home visit, box of 10", "A4649"),
        ("disposable tongue blades, box of 100", "A4649"),
        ("single-use sterile plastic basin for dressing changes", "A4649"),
        # ... but the domain's own NOC code comes first
        ("sterile plug to cap the foley off between bags", "A4335"),
        ("disposable bloodline clamps for home hemodialysis", "A4913"),
        ("sterile drapes used only for home hemodialysis cannulation", "A4913"),
        # a dialysis device is equipment, anything else used with dialysis a supply
        ("sharps container for the home hemodialysis needles", "A4913"),
        ("extension for the PD cycler's drain line", "A4913"),
        ("shower cover for the PD catheter exit site", "A4913"),
        ("electric warmer for the PD solution bags", "E1699"),
        ("replacement scale for weighing before home hemodialysis", "E1699"),
        ("rolling cart for the home hemodialysis machine", "E1699"),
        # a pediatric power chair the PDAC has not coded is the pediatric-size NOC
        ("kid's power wheelchair base the PDAC never coded as group 5", "E1239"),
        ("power chair for a toddler, doesn't meet the group 5 criteria", "E1239"),
        ("standing power mobility device the PDAC has not coded", "K0899"),
        # an accessory of a power chair or scooter, or a piece only a wheelchair has
        ("orange safety flag on a pole for the mobility scooter", "K0108"),
        ("rain canopy for the pwc", "K0108"),
        ("raise the push handles 4 inches for a tall caregiver", "K0108"),
        ("footplate hinge pin bent, pin only", "K0108"),
        ("screws holding the handrim to the wheel sheared", "K0108"),
        # the words billers use for the kind of item a NOC descriptor names
        ("silver wound powder sprinkled into the wound bed, per gram", "A6262"),
        ("dry polymer beads poured into a tunneling wound, by the gram", "A6262"),
        ("510(k)-cleared skin substitute sheet the clinic applies, no Q code yet", "A4100"),
        ("Clinolipid lipid emulsion for home PN, per 10 g", "B4185"),
        ("WalkAide for her foot drop, complete system", "E0770"),
        ("bandage controller that sends a microcurrent into a venous ulcer", "E0769"),
        ("small battery unit that carries oxygen to the wound under the dressing", "E0446"),
        # a change to an existing item goes to the NOC code of its additions
        ("add ventilation holes to her existing TLSO", "L0999"),
        ("add a flared heel to his oxford shoe, not diabetic", "L3649"),
        # a prosthetist's service with no device is the unlisted prosthetic service
        ("prosthetist's alignment check of an existing BK leg, service only", "L8499"),
        ("prosthetist 3D scans the residual limb, no device delivered", "L8499"),
        ("prosthetist replaces stripped alignment screws on the BK leg, minor parts", "L7510"),
    ],
)
@pytest.mark.sweep(n=3)
def test_codes_names_the_noc_family_the_items_words_place_it_in(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc
