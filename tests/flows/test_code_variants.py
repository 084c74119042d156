"""Sibling codes told apart by the one feature a biller types or leaves off."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("portable O2 cylinders rental", "E0431"),  # no home compressor filling them
     ("transfill", "K0738"),
     ("insulin pump, no CGM integration", "E0784"),  # "no" negates all of the CGM
     ("type 1 switching from MDI: external insulin pump (tubed, not the CGM-adjusting kind)",
      "E0784"),
     ("post-op hinged knee brace (adjustable joints, positional, rigid support), custom fitted",
      "L1832"),  # the off-the-shelf L1833's street name, fitted by the orthotist
     ("reusable penile compression clamp for male stress incontinence (NOT a cath clamp)",
      "A4356"),
     ("microprocessor knee", "L5856")],  # the prosthetic knee, not a KAFO
)  # fmt: skip
def test_the_sibling_saying_the_typed_feature_comes_first(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    "typed",
    ["hinged knee brace with dial locks for range of motion, off the shelf",
     "rom knee brace after ACL repair, OTS",
     "adjustable-joint positional knee orthosis, prefab off-the-shelf"],
)  # fmt: skip
def test_an_off_the_shelf_positional_knee_brace_is_l1833(typed: str) -> None:
    """L1833's CMS descriptor spells "off-the shelf"; it still reads as off the shelf, so the
    off-the-shelf positional knee brace comes before the double-upright and custom-fitted ones."""
    assert BOOK.search(typed, limit=1)[0].code == "L1833"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("lambskin under his coccyx, hospice, one", "E0189"),
     ("wool fleece for the heels, she wants the natural one", "E0189"),
     ("polyester fleece pad under the hips of a bedbound man, each", "E0188"),
     ("fake-fleece pad for the sacrum, 1", "E0188"),
     ("real sheepskin pad, any size, for his elbows", "E0189")],
)  # fmt: skip
def test_a_bed_fleece_is_the_sheepskin_pad_its_material_names(typed: str, code: str) -> None:
    """A fleece laid under a bedbound patient is the sheepskin pad: "fake" or "polyester" the
    synthetic one, "wool", "lambskin" or "real" the lambswool one."""
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("air-filled replacement mattress, no pump, standard size", "E0186"),
     ("air filled pad that goes over the mattress, standard size, non powered", "E0197"),
     ("air-filled tire for the drive wheel of his manual chair, 1", "E2211")],
)  # fmt: skip
def test_air_filled_is_pneumatic_only_on_a_tire(typed: str, code: str) -> None:
    """An air-filled tire is the pneumatic one; an air-filled mattress or pad is an air one."""
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("nonpowered air mattress going in place of the standard one on his home bed, group 1",
      "E0186"),
     ("gel mattress swapped in for the standard hospital bed mattress, full length, hospice",
      "E0196"),
     ("innerspring mattress for the hospital bed, replacement", "E0271")],
)  # fmt: skip
def test_a_replacement_mattress_is_the_one_its_material_names(typed: str, code: str) -> None:
    """A gel or air mattress that replaces the bed's own is the gel or air pressure mattress,
    not the innerspring one the bed came with."""
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    "typed",
    ["the lighter-weight manual chair, she tires pushing the standard 40 lb one",
     "folding chair lighter than standard, not ultralight, he self-propels"],
)  # fmt: skip
def test_a_chair_lighter_than_standard_is_the_lightweight_base(typed: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == "K0003"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("e-stim muscle stimulator (NMES) after ACL reconstruction", "E0745"),
     ("manual chair brake for the caregiver, each", "E2228"),
     ("replacement disposable NMES", "A4560"),
     ("pad for the water circulating heat unit, replacement", "E0249")],
)  # fmt: skip
def test_a_replacement_only_part_comes_when_a_replacement_is_asked_for(
    typed: str, code: str
) -> None:
    """A "replacement only" code (the disposable NMES, a wheel lock assembly, the heat unit's
    pad) is the part sent to replace one, not the device a biller orders without saying so."""
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("seat-to-floor under 17 in on his lightweight chair, he foot-propels", "K0056"),
     ("lower seat-to-floor height (under 17 in) on the ultralight frame for a short pt", "K0056"),
     ("special seat-to-floor height for a tall pt's standard chair", "E1296")],
)  # fmt: skip
def test_a_seat_to_floor_height_is_the_seat_height_the_descriptors_say(
    typed: str, code: str
) -> None:
    """ "Seat-to-floor height" is K0056's seat height for a lightweight chair, and the special
    seat height E1296 when it says special."""
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("flat knit below-knee stocking, 30-40 mmHg, right leg", "A6553"),
     ("pt was measured for a thigh-length compression stocking, 30-40 mmHg", "A6557"),
     ("measured for size, stock thigh length stocking 30-40 mmHg", "A6534")],
)  # fmt: skip
def test_a_flat_knit_or_measured_compression_garment_is_the_custom_one(
    typed: str, code: str
) -> None:
    """Flat knitting is how made-to-measure garments are made, and a garment measured for the
    patient is the custom one; a stock garment stays the ready-made code."""
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("charcoal filters for the colostomy bags", "A4368"),
     ("traction stretcher for peyronie disease, urology order", "E0201"),
     ("about half an hour of recorded speech on the communication device", "E2504")],
)  # fmt: skip
def test_a_billers_everyday_name_reads_as_the_descriptor_says_it(typed: str, code: str) -> None:
    """A charcoal filter is the ostomy filter, Peyronie's disease a penile contracture, half
    an hour 30 minutes of recording time."""
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("air mattress for pressure sores", "E0186"),
     ("seat cushion molded to the patient", "E2609"),
     ("powered wheelchair seat cushion", "E2610"),
     ("powered pressure reducing air mattress", "E0277"),
     ("general use wheelchair seat cushion, 20 inch width", "E2601")],
)  # fmt: skip
def test_the_powered_sibling_is_the_one_asked_for_by_name(typed: str, code: str) -> None:
    """A mattress or seat cushion is the powered one (with its pump) only when the biller says
    powered; otherwise the plain or custom sibling comes first."""
    assert BOOK.search(typed, limit=1)[0].code == code
