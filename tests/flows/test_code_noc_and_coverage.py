"""An item with no specific code goes to the NOC code of its category or of what it is a part
of, and Medicare's coverage of each code is told (GY advice, not E1399, where it never pays)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


def test_medicare_never_covers_a_bath_chair_so_the_advice_is_gy_not_e1399() -> None:
    coverage = BOOK.coverage("e0240")
    assert coverage is not None and coverage.never_covered
    assert (coverage.coverage_code, coverage.medicare_coverage) == ("M", "not_covered")
    assert "bill E0240 with GY" in coverage.advice and "do not bill it as E1399" in coverage.advice
    assert BOOK.coverage("Z9999") is None


@pytest.mark.parametrize(
    ("code", "letter", "meaning", "never"),
    [("E0118", "C", "carrier_judgement", False), ("E0260", "D", "special_instructions", False),
     ("A9152", "I", "not_payable", False), ("E0625", "M", "not_covered", True),
     ("A9279", "S", "not_covered_statute", True), ("A4295", "", "unknown", False)],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="never")
def test_every_cms_coverage_code_has_a_meaning(code, letter, meaning, never) -> None:
    coverage = BOOK.coverage(code)
    assert coverage is not None
    assert (coverage.coverage_code, coverage.medicare_coverage) == (letter, meaning)
    assert coverage.never_covered is never and code in coverage.advice


def test_search_candidates_carry_their_medicare_coverage() -> None:
    found = BOOK.search("shower chair", limit=1)[0]
    assert (found.code, found.coverage_code, found.medicare_coverage) == (
        "E0240",
        "M",
        "not_covered",
    )


@pytest.mark.parametrize(
    ("item", "category", "noc"),
    [("custom stair glide for home", "equipment", "E1399"),
     ("wheelchair cup holder", "wheelchair_part", "K0108"),
     ("wheelchair cup holder", None, "K0108"),
     ("carry bag for cpap", "supply_accessory", "A9900"),
     ("universal carry bag, not tied to any one coded item", "supply_accessory", "A9999"),
     ("custom wrist orthosis", "orthotic", "L3999"),
     ("custom lumbar brace", None, "L1499"),
     ("below knee prosthesis cover", None, "L5999"),
     ("mount for speech generating device", None, "E2599"),
     ("home dialysis chair", "equipment", "E1699"),
     ("tpn backpack", None, "B9999"),
     ("enteral feeding pole clamp", "supply_accessory", "B9998"),
     ("custom orthopedic shoe modification", "orthotic", "L3649"),
     ("bathroom patient lift for toilet transfers", None, "E0625"),
     ("pediatric wheelchair base, custom", "wheelchair_part", "E1229"),
     ("whole manual wheelchair sized for a 4 year old", "wheelchair_part", "E1229"),
     ("cup holder for a pediatric wheelchair", "wheelchair_part", "K0108"),
     # "w/c" reads as "wheelchair": a power w/c's motor is a part, not a power wheelchair
     ("power w/c seat actuator motor", "wheelchair_part", "K0108"),
     ("pediatric w/c", None, "E1229"),
     ("not a wheelchair part, brace or supply: a home stair lift", None, "E1399"),
     ("bag that hangs on the wheelchair's push handles", "supply_accessory", "K0108"),
     ("custom knee brace, no L code fits", "prosthetic", "L2999"),
     ("portable ramp for a wheelchair at the front door", "equipment", "E1399"),
     ("bed exit alarm", "equipment", "A9280"),
     ("chair pressure alarm that beeps when the patient stands", "equipment", "A9280"),
     ("scooter that holds 750 lbs", "equipment", "K0812"),
     ("battery bathtub lift chair", "equipment", "E0625"),
     ("hemodialysis blood tubing", "supply_accessory", "A4913"),
     ("custom molded wrist splint with outrigger", "orthotic", "L3999"),
     ("carrying case for the suction machine we also bill", "supply_accessory", "A9900"),
     ("motor for power wheelchair, repair", None, "K0108"),
     ("replacement motor for power wheelchair", "wheelchair_part", "K0108"),
     ("other power wheelchair base", None, "K0014")],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="category")
def test_items_without_a_code_route_to_the_noc_code_of_their_category(item, category, noc) -> None:
    advice = BOOK.noc_for(item, category)
    assert advice.code == noc and advice.why


def test_a_part_of_a_patient_lift_never_goes_to_the_wheelchair_base_noc() -> None:
    assert BOOK.noc_for("replacement motor for patient lift", None).code not in {"K0014", "K0108"}
    # A part of another coded item (the lift, E0630) is a component of that code: A9900.
    assert BOOK.noc_for("replacement motor for patient lift", "equipment").code == "A9900"


@pytest.mark.parametrize(
    ("item", "code"),
    [("carrying bag for the pts knee orthosis", "L9900"),  # component of another L code
     ("replacement hydraulic pump for the pts hoyer lift", "A9900"),  # not the compression pump
     ("replacement glasses frame for the argus ii retinal prosthesis system", "L8608")],
)  # fmt: skip
def test_a_replacement_part_goes_to_the_noc_code_for_parts_of_what_it_belongs_to(
    item: str, code: str
) -> None:
    assert BOOK.noc_for(item).code == code


@pytest.mark.parametrize(
    ("item", "code"),
    [("door alarm for a dementia pt who wanders", "A9280"),  # "alert or alarm device"
     ("foot drop stimulator worn below the knee", "E0770"),  # functional e-stim, any type
     ("burn compression sleeve upper arm to wrist, no glove", "A6512"),
     ("fistula needle holder tape strips for home hemodialysis", "A4913"),  # supplies
     ("folding ramp so the pt can get the wheelchair up the porch steps", "E1399")],
)  # fmt: skip
def test_an_item_with_no_code_goes_to_the_noc_family_its_descriptor_names(
    item: str, code: str
) -> None:
    assert BOOK.noc_for(item).code == code


@pytest.mark.parametrize(
    "item", ["stair lift", "air purifier for the bedroom", "exercise bike", "home elevator"]
)
def test_noc_advice_warns_medicare_may_never_cover_a_non_medical_item(item: str) -> None:
    advice = BOOK.noc_for(item, "equipment")
    assert advice.code == "E1399" and "GY" in advice.why


def test_noc_advice_for_a_medical_item_says_nothing_of_gy() -> None:
    assert "GY" not in BOOK.noc_for("portable ramp for a wheelchair", "equipment").why
    assert "GY" not in BOOK.noc_for("not a stair lift, a bath bench", "equipment").why
    # A power chair's seat elevator is a wheelchair feature, not a home elevator.
    assert "GY" not in BOOK.noc_for("seat elevator actuator for power chair", "wheelchair_part").why


@pytest.mark.slow  # the whole CMS table
def test_every_noc_family_of_the_cms_table_is_reachable_from_its_own_words() -> None:
    noc_codes = [c for c in BOOK.table.values() if c.is_noc and c.termination_date is None]
    assert {"E0625", "L3649", "E1229", "K0898", "A6519", "E0446"} <= {c.code for c in noc_codes}
    for code in noc_codes:
        words = re.sub(r",?\s*(not otherwise (classified|specified)|nos|noc|miscellaneous)\b",
                       "", code.long_description, flags=re.I)  # fmt: skip
        assert BOOK.noc_for(words).code == code.code, words


@pytest.mark.parametrize(
    ("item", "noc"),
    [("power base built from scratch for a pt whose body fits no catalog chair", "K0013"),
     ("custom-built power wheelchair base, nothing in the groups adapts", "K0013"),
     ("manual wheelchair frame welded to measurements for a 4-foot adult", "K0008"),
     ("one-off manual base for a pt with severe kyphosis, not a catalog model", "K0008"),
     ("pediatric wheelchair base, custom built", "E1229"),
     ("custom built extra wide wheelchair, 32 in seat", "E1220"),
     ("custom-built bath chair frame for one child, not a wheelchair", "K0900")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_wheelchair_base_built_for_one_patient_is_a_custom_base(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("fall-detection wristband that logs activity and sends data to an app", "A9279"),
     ("fall detection wristband that calls the caregiver", "A9280"),
     ("fall detection wristwatch with automatic alert", "A9280")],
)  # fmt: skip
def test_a_fall_detector_is_an_alarm_when_it_alerts_and_a_monitor_when_it_logs(item, noc) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("shower seat on a wall track that raises and lowers the pt", "E0625"),
     ("cushion that inflates to bring her up from the bathtub floor", "E0625"),
     ("portable hydraulic pool lift chair for aquatic therapy", "E1399"),
     ("thin liner worn under her leg compression wrap", "A6593"),
     ("strap extender so her velcro calf wrap still closes", "A6593"),
     ("wire frame to pull on her 30-40 mmHg knee-highs", "A6593"),
     ("sock aid (dressing aid) for pt after hip replacement, regular socks", "A9999")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_bath_lifts_and_compression_accessories_go_to_their_families(item, noc) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    ["custom fabricated extra-tall commode for 6 ft 9 in pt, built to measure",
     "standing frame the manufacturer rebuilt to one person's contractures",
     "commode chair the vendor fabricated to one person's body measurements"],
)  # fmt: skip
def test_equipment_built_for_one_patient_is_customized_dme_k0900(item: str) -> None:
    assert BOOK.noc_for(item).code == "K0900"
