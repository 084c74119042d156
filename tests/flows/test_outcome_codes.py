"""The code the outcome bills: K0108 for a wheelchair's parts, a specific code the biller singled
out and the search agrees on, and the own code (with GY) of an item Medicare never covers."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.models import Claim
from tests.conftest import repository_content
from tests.flows.test_outcome import wheelchair_brake

BUILDER = repository_content().outcome


def test_a_claim_file_without_a_code_gets_its_categorys_noc_code() -> None:
    assert BUILDER.build(wheelchair_brake(), dt.date(2026, 11, 28)).code == "K0108"


def test_a_wheelchair_part_chosen_as_another_noc_code_bills_k0108() -> None:
    claim = wheelchair_brake(code_check={"searched": True, "chosen_code": "A9999"})
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == "K0108"
    assert any("bills K0108 instead of A9999" in w for w in outcome.warnings)


@pytest.mark.parametrize("category", ["wheelchair_part", "equipment", "other"])
def test_a_wheelchair_part_billed_as_e1399_goes_to_k0108_whatever_the_category(category) -> None:
    claim = wheelchair_brake(code_check={"searched": True, "chosen_code": "E1399"})
    claim = claim.model_copy(update={"item": claim.item.model_copy(update={"category": category})})
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == "K0108"
    assert any("whatever code or category was picked" in w for w in outcome.warnings)
    assert not any("E1399 may be the better" in w for w in outcome.warnings)


@pytest.mark.parametrize("payer", ["medicare", "medicaid"])
def test_a_part_for_a_wheelchair_repair_bills_k0108_whatever_its_words(payer: str) -> None:
    """F16.12: the repaired item is a wheelchair, so its part is a wheelchair component."""
    claim = Claim.model_validate({
        "payer": {"type": payer, "state": "MN"},
        "item": {"description": "recline cable and lever, REPAIR", "category": "equipment",
                 "acquisition": "repair", "repair_of_code": "E1161",
                 "repair_of_purchased": "2021-11", "labor_minutes": 30},
        "code_check": {"searched": True, "chosen_code": "E1399"},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == "K0108"
    assert "RB" in outcome.modifiers


@pytest.mark.parametrize(
    ("description", "reviewed", "billed"),
    [("Bath/shower chair with back, no wheels", ["E0240"], "E0240"),  # E0240 is the item
     ("nausea relief wristband stimulator, battery powered", ["E0765"], "E0765"),  # read best
     ("Home air purifier HEPA", ["E0240"], "E1399"),  # checked and turned down: not its code
     ("over-bed swivel reading stand", ["E0315"], "E1399"),  # the search reads E0274, not E0315
     ("over-bed reading stand for the hospital bed", ["E0315"], "E0315"),  # a bed accessory
     ("bed exit alarm pressure pad", ["A9280"], "A9280"),  # "Alert or alarm device, NOC"
     ("recumbent stepper for home exercise", ["A9300"], "A9300"),  # "Exercise equipment"
     ("Home air purifier HEPA", ["A9300"], "E1399"),  # exercise equipment is not the item
     ("Home air purifier HEPA", [], "E1399")],
)  # fmt: skip
def test_a_reviewed_never_covered_code_is_billed_only_when_it_is_the_items_code(
    description: str, reviewed: list[str], billed: str
) -> None:
    """F16.10 bills an excluded item with its own code and GY; a code the biller reviewed and
    did not choose becomes the line's code only when it reads as the item, never for having
    been reviewed."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": description, "category": "equipment",
                 "manufacturer": "Acme Med", "model": "BX-500", "unit_price": "1250.00",
                 "acquisition": "new_purchase"},
        "code_check": {"searched": True, "chosen_code": "E1399", "candidates_reviewed": reviewed},
        "date_of_service": "2026-11-10",
        "expect_medicare_denial": True, "denial_reason": "statutory_exclusion",
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 12, 5))
    assert (outcome.code, outcome.modifiers) == (billed, ["GY"])
    swapped = [w for w in outcome.warnings if "instead of E1399" in w]
    assert bool(swapped) == (billed != "E1399"), outcome.warnings


@pytest.mark.parametrize(
    ("description", "reviewed", "warned"),
    [("knee walker", [], "may have a specific code: E0118"),
     ("replacement actuator for a hoyer lift", [], None),  # not a power wheelchair's actuator
     ("liner for a cold therapy pad", [], None),  # not a prosthetic socket liner
     ("custom tray", [], None)],  # a surgical tray as much as a wheelchair tray
)  # fmt: skip
def test_the_specific_code_warning_fires_only_when_the_search_is_sure(
    description: str, reviewed: list[str], warned: str | None
) -> None:
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": description, "category": "equipment"},
        "code_check": {"searched": True, "chosen_code": "E1399", "candidates_reviewed": reviewed},
    })  # fmt: skip
    warnings = BUILDER.build(claim, dt.date(2026, 11, 28)).warnings
    specific = [w for w in warnings if "specific code" in w or "You reviewed" in w]
    if warned is None:
        assert specific == []
    else:
        assert any(warned in w for w in specific), warnings


KNEE_WALKER_SHOWN = ["E0118", "E0141", "E0156", "E0130", "E0143"]  # an intake's whole list


@pytest.mark.parametrize(
    ("payer", "reviewed", "billed"),
    [("medicare", ["E0118"], "E0118"), ("medicare", ["E0118", "E0143"], "E0118"),
     # every code an intake showed before "none of these fit": nothing singled out
     ("medicare", KNEE_WALKER_SHOWN, "E1399"),
     # a NOC code is only for an item no specific code describes, whatever the payer
     ("medicaid", ["E0118"], "E0118"), ("medicare_advantage", ["E0118"], "E0118"),
     ("commercial", KNEE_WALKER_SHOWN, "E1399")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_code_the_biller_singled_out_and_the_search_reads_is_billed(
    payer: str, reviewed: list[str], billed: str
) -> None:
    """The biller looked at E0118 and the description reads as E0118: a NOC line is denied
    when a valid code exists, so the outcome bills E0118 and says how to undo it; after an
    intake's whole list the same advice is a warning."""
    claim = Claim.model_validate({
        "payer": {"type": payer, "state": "OH"},
        "item": {"description": "knee walker", "category": "equipment"},
        "code_check": {"searched": True, "chosen_code": "E1399", "candidates_reviewed": reviewed},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == billed
    advice = "bill E1399" if billed == "E0118" else "bill E0118"
    assert any(advice in w for w in outcome.warnings), outcome.warnings


@pytest.mark.parametrize(
    ("description", "reviewed", "billed"),
    [("lap tray for the wheelchair, clear acrylic", ["E0950"], "E0950"),
     # "Wheelchair accessory, tray": the category lead may be said anywhere
     ("flip-up clear tray for a wheelchair", ["E0950"], "E0950"),
     # "mobile arm support" is the street name of E2626 (aliases.yaml): the item is that code
     ("adjustable balanced mobile arm support on the wheelchair", ["E2626"], "E2626"),
     # neither the descriptor's name ("shoulder elbow") nor its street name said: the review stands
     ("adjustable arm rest that balances the arm on the wheelchair", ["E2626"], "K0108")],
)  # fmt: skip
def test_a_reviewed_wheelchair_accessory_code_is_billed_only_when_the_search_is_sure(
    description: str, reviewed: list[str], billed: str
) -> None:
    """A reviewed accessory code the search is sure of is the item's code; K0108 is only for
    parts with no code (F16.12). A code the search is not sure of stays the biller's call."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "IN"},
        "item": {"description": description, "category": "supply_accessory",
                 "acquisition": "new_purchase", "base_item_code": "K0004"},
        "code_check": {"searched": True, "chosen_code": "K0108", "candidates_reviewed": reviewed},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == billed
    # A wheelchair accessory with its own code is DME bought new: NU (pricing indicator 32).
    assert ("NU" in outcome.modifiers) is (billed != "K0108")


def test_a_reviewed_wheelchair_accessory_code_is_not_billed_for_a_piece_of_a_walker() -> None:
    """E2208 is a wheelchair's cylinder tank carrier: the holder for a rollator (E0143) the
    biller reviewed it for and passed over is no wheelchair accessory, whatever the search reads
    first (F16.12: K0108's codes are a wheelchair's). The warning still names it."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "VT"},
        "item": {"description": "oxygen cylinder holder that clips onto the rollator frame",
                 "category": "supply_accessory", "acquisition": "new_purchase",
                 "base_item_code": "E0143"},
        "code_check": {"searched": True, "chosen_code": "A9900", "candidates_reviewed": ["E2208"]},
    })  # fmt: skip
    assert BUILDER.build(claim, dt.date(2026, 11, 28)).code == "A9900"


def test_a_code_missed_beside_the_codes_reviewed_is_billed_when_its_street_name_is_said() -> None:
    """The biller looked at two walker codes and turned them down, never at E0118, whose street
    name the item says: the NOC line would be denied for a valid code (F11.3)."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "WV"},
        "item": {"description": "knee walker with hand brake for 8 weeks non weight bearing; "
                                "the walker codes we looked at are upright walkers",
                 "category": "equipment", "acquisition": "new_purchase"},
        "code_check": {"searched": True, "chosen_code": "E1399",
                       "candidates_reviewed": ["E0143", "E0149"]},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == "E0118" and "NU" in outcome.modifiers
    assert any("bills E0118 instead of E1399" in w for w in outcome.warnings)


@pytest.mark.parametrize(
    ("code", "month", "modifiers"),
    [("E0950", 2, ["RR"]),  # pricing indicator 32: not a capped rental item
     ("E0260", 2, ["RR", "KI"])],  # 36: capped rental
)  # fmt: skip
def test_capped_rental_month_modifiers_follow_the_codes_payment_category(code, month, modifiers):
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "IN"},
        "item": {"description": "rented item", "category": "equipment",
                 "acquisition": "rental", "rental_month": month},
        "code_check": {"searched": True, "chosen_code": code},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.modifiers == modifiers
    assert not any("only if" in w and "capped rental" in w for w in outcome.warnings)


def test_a_reviewed_code_that_only_shares_words_with_the_item_is_not_billed() -> None:
    """A stair lift shares "chair lift" with the seat lift mechanism E0627 and two other codes
    equally: the search is not sure, so the biller's choice of E1399 stands (a warning at most)."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": "stairway chair lift", "category": "equipment"},
        "code_check": {"searched": True, "chosen_code": "E1399", "candidates_reviewed": ["E0627"]},
    })  # fmt: skip
    assert BUILDER.build(claim, dt.date(2026, 11, 28)).code == "E1399"


@pytest.mark.parametrize(
    ("payer", "description", "reviewed"),
    [("medicare", "cpap machine vinyl travel cover", "E0601"),
     ("medicaid", "iv pole rolling wheels", "E0776"),
     ("commercial", "over bed table wipe-clean cover", "E0274"),
     # a bath lift names a bath, which the seat lift mechanism's descriptor never does
     ("medicare", "powered bath lift seat for the tub", "E0627")],
)  # fmt: skip
def test_a_reviewed_code_is_not_billed_for_a_piece_of_its_item_or_another_item(
    payer: str, description: str, reviewed: str
) -> None:
    """The item holds the reviewed code's whole name but is a cover or casters of that item, or
    names another item's noun: the biller was right to pass the code over, so E1399 stands."""
    claim = Claim.model_validate({
        "payer": {"type": payer, "state": "OH"},
        "item": {"description": description, "category": "equipment"},
        "code_check": {"searched": True, "chosen_code": "E1399", "candidates_reviewed": [reviewed]},
    })  # fmt: skip
    assert BUILDER.build(claim, dt.date(2026, 11, 28)).code == "E1399"


def test_of_two_reviewed_never_covered_codes_the_one_the_search_reads_is_billed() -> None:
    """Both reviewed codes are excluded (coverage M) and the biller expects that denial: the one
    the description reads as goes on the line with GY (F16.10), not E1399."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "IA"},
        "item": {"description": "hydrotherapy walk in whirlpool tub, portable",
                 "category": "equipment"},
        "code_check": {"searched": True, "chosen_code": "E1399",
                       "candidates_reviewed": ["E1300", "E1301"]},
        "expect_medicare_denial": True, "denial_reason": "statutory_exclusion",
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert (outcome.code, outcome.modifiers) == ("E1301", ["GY"])


@pytest.mark.parametrize(
    ("maker", "model", "status", "warned"),
    [(None, None, "not_submitted", "No manufacturer given"),
     ("Acme Rehab", "", "not_submitted", "No model given"),
     ("Acme Rehab", "AR-2", "not_submitted", None),
     (None, None, "paid", None)],  # nothing left to add on a paid line
)  # fmt: skip
def test_a_noc_line_still_to_go_out_without_its_maker_or_model_is_warned(
    maker, model, status, warned
) -> None:
    """The NOC narrative must name the manufacturer and the model (F0 rule 4; CO-16 + N350)."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": "motorized sit-to-stand transfer platform", "category": "equipment",
                 "manufacturer": maker, "model": model, "unit_price": "900.00"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
        "date_of_service": "2026-10-01",
        "claim": {"status": status, "submitted_on": "2026-10-05" if status == "paid" else None,
                  "determination_date": "2026-10-20" if status == "paid" else None},
    })  # fmt: skip
    warnings = BUILDER.build(claim, dt.date(2026, 11, 28)).warnings
    given = [w.split(":")[0] for w in warnings if w.startswith(("No manufacturer", "No model"))]
    assert given == ([] if warned is None else [warned])


@pytest.mark.parametrize(
    ("category", "chosen", "description", "repaired", "billed"),
    [("orthotic", "L2999", "replace thigh cuff strap, rivets on the KAFO", "L2000", "L4210"),
     ("orthotic", "L2999", "orthotist labor 30 min re-bending the AFO uprights", "L1970", "L4205"),
     ("prosthetic", "K0739", "labor 45 min realigning the BK prosthesis", "L5301", "L7520"),
     ("prosthetic", "L5999", "replace foot shell screws, leg prosthesis", "L5301", "L7510"),
     # a whole joint is an addition code, not a minor part: the NOC line and its warning stay
     ("orthotic", "L2999", "new polycentric knee joint for the KAFO, worn", "L2000", "L2999"),
     # durable medical equipment keeps K0739
     ("equipment", "K0739", "technician labor 30 min on the hospital bed motor", "E0260", "K0739")],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="category")
def test_an_orthosis_or_prosthesis_repair_bills_their_own_repair_codes(
    category: str, chosen: str, description: str, repaired: str, billed: str
) -> None:
    """The CMS file has repair codes for orthoses (L4205 labor, L4210 minor parts) and
    prostheses (L7520 labor, L7510 minor parts); K0739 is labor on durable medical equipment."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "KS"},
        "item": {"description": description, "category": category, "acquisition": "repair",
                 "repair_of_code": repaired, "labor_minutes": 30},
        "code_check": {"searched": True, "chosen_code": chosen},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == billed
    steps = {step.id: step.action for step in outcome.follow_up}
    if billed in ("L4205", "L7520"):  # this line is the labor
        assert "bill_labor" not in steps
    elif billed in ("L4210", "L7510", "K0739"):  # the labor goes on its own line, its own code
        assert ("L4205 for an orthosis" in steps["bill_labor"]) is (category != "equipment")
    else:
        assert any("may have a specific code" in w for w in outcome.warnings), outcome.warnings


@pytest.mark.parametrize(
    ("description", "billed"),
    [("standard folding cane with rubber tip", "E0100"),
     # the code's name holds what the item is for ("Platform attachment, forearm crutch")
     ("platform attachment for the pt's forearm crutch, R side only", "E0153"),
     ("weighted blanket for a child with autism", "E1399"),  # no code describes it
     ("bidet toilet seat with warm water wash", "E1399")],  # not the raised toilet seat
)  # fmt: skip
def test_a_noc_line_with_nothing_reviewed_bills_a_code_whose_descriptor_it_says(
    description: str, billed: str
) -> None:
    claim = Claim.model_validate({
        "payer": {"type": "medicaid", "state": "TN"},
        "item": {"description": description, "category": "equipment"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
    })  # fmt: skip
    assert BUILDER.build(claim, dt.date(2026, 11, 28)).code == billed


def test_a_wheelchair_part_replaced_in_a_repair_bills_its_own_code_with_rb() -> None:
    """Repair parts are billed with RB (F16.8); a part with its own code in K0108's group
    (F16.12) is billed with that code, not a NOC line."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "NJ"},
        "item": {"description": "caster pin lock x1 replaced on the pt-owned standard chair, "
                                "the pin sheared", "category": "wheelchair_part",
                 "acquisition": "repair", "repair_of_purchased": "2017-10"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == "K0073" and "RB" in outcome.modifiers


def test_codes_reviewed_beside_the_likely_one_do_not_keep_the_noc_code() -> None:
    """The biller looked at two siblings and passed them over, but never at the code the
    description says: the NOC line would be denied for a valid code all the same."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "FL"},
        "item": {"description": "segmental pneumatic compressor for lymphedema, the basic one "
                                "without calibrated gradient pressure", "category": "equipment"},
        "code_check": {"searched": True, "chosen_code": "E1399",
                       "candidates_reviewed": ["E0652", "E0650"]},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == "E0651"
    assert any("bills E0651 instead of E1399" in w for w in outcome.warnings)


@pytest.mark.parametrize(
    ("description", "billed"),
    [("shower chair", "E0240"), ("shower chair with back and padded arms", "E0240"),
     ("raised toilet seat with locking clamp", "E0244")],
)  # fmt: skip
def test_a_never_covered_code_the_search_is_sure_of_is_billed_with_gy(description, billed) -> None:
    """F16.10: an item Medicare never covers is billed with its own code and GY, not E1399
    (which would be denied because a valid code exists), though nobody reviewed the code."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "MN"},
        "item": {"description": description, "category": "equipment"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == billed and "GY" in outcome.modifiers


@pytest.mark.sweep(n=3, by="billed")
@pytest.mark.parametrize(
    ("description", "billed"),
    [("cushioned headrest for the tilt-in-space wheelchair", "E0955"),
     ("anti-tippers x2 for manual wheelchair", "E0971"),
     ("cup holder for wheelchair", "K0108"),  # no code of its own
     # siblings read alike (general-use E2601 and powered E2610; three power seating codes)
     ("gel seat cushion for wheelchair", "K0108"),
     ("power tilt and recline for power chair", "K0108"),
     # E1008 says "power" twice (power seating, power shear reduction): the item says mechanical
     ("tilt and recline combo w/ mechanical shear reduction", "E1007")],
)  # fmt: skip
def test_k0108_with_nothing_reviewed_bills_the_wheelchair_code_the_search_is_sure_of(
    description: str, billed: str
) -> None:
    """The biller's K0108 and the search agree the item is a wheelchair accessory, and one
    with its own code is billed with it (F11.3: a NOC line is denied when a code exists)."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": description, "category": "wheelchair_part",
                 "acquisition": "new_purchase"},
        "code_check": {"searched": True, "chosen_code": "K0108", "candidates_reviewed": ["K0108"]},
    })  # fmt: skip
    assert BUILDER.build(claim, dt.date(2026, 11, 28)).code == billed


@pytest.mark.parametrize(
    ("description", "chosen", "billed"),
    [# the tire, its tube and its insert read alike; the item says no tube and no insert
     ("pneumatic drive wheel tires x2 for the power chair, both bald", "K0108", "E2381"),
     ("inner tube for the pneumatic drive wheel tire, power chair", "K0108", "E2382"),
     # seat or back upholstery: the item says the seat
     ("seat sling upholstery ripped, replacing sling only", "K0108", "E0981"),
     # E1399 on a wheelchair's repair is a wheelchair part first (F16.12), then its own code
     ("handrims w/ vertical projections, pair", "E1399", "E0967"),
     # a propulsion tire's tube or a caster tire's: the item does not say which
     ("inner tubes for the pneumatic tires x2", "K0108", "K0108")],
)  # fmt: skip
def test_a_wheelchair_repair_part_bills_the_sibling_code_its_words_say(
    description: str, chosen: str, billed: str
) -> None:
    """Codes of K0108's group that the search scores alike are told apart by the words each
    adds ("tube", "insert", "back"): the part is billed with the one whose words are all said,
    and stays K0108 when the words settle nothing."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "OH"},
        "item": {"description": description, "category": "wheelchair_part",
                 "acquisition": "repair", "repair_of_code": "K0823",
                 "repair_of_purchased": "2021-05"},
        "code_check": {"searched": True, "chosen_code": chosen},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == billed
    assert "RB" in outcome.modifiers


@pytest.mark.parametrize(
    ("description", "reviewed", "billed"),
    [("Hospital-grade multi-user electric breast pump, NICU baby, mom home",
      ["E0604", "E0603"], "E0604"),
     ("prefab hard-shell protective helmet w/ face bar, falls daily at home",
      ["A8000", "A8001"], "A8001"),
     # the search reads the commode with a seat lift first, not the commode reviewed
     ("bedside commode with a built-in ELECTRIC lift seat that raises pt up to standing",
      ["E0163", "E0627"], "E1399"),
     # an extension of the lift covers too little of the lift's descriptor to be it
     ("6 ft track EXTENSION for the pt's existing overhead ceiling lift", ["E0640"], "E1399")],
)  # fmt: skip
def test_a_reviewed_code_the_search_reads_first_by_far_is_billed(
    description: str, reviewed: list[str], billed: str
) -> None:
    """F11.3: the biller's review and the search agree on one code, ahead of every other code
    the search shows, so the NOC line would be denied; a code the search does not read first,
    or reads with little of the description covered, stays the biller's call."""
    claim = Claim.model_validate({
        "payer": {"type": "medicaid", "state": "ID"},
        "item": {"description": description, "category": "equipment",
                 "acquisition": "new_purchase"},
        "code_check": {"searched": True, "chosen_code": "E1399", "candidates_reviewed": reviewed},
    })  # fmt: skip
    assert BUILDER.build(claim, dt.date(2026, 11, 28)).code == billed


@pytest.mark.parametrize(
    ("repaired", "billed"), [("E0627", "E1399"), ("E1038", "K0108"), ("K0823", "K0108")]
)
def test_a_part_reading_as_a_wheelchair_part_follows_the_item_it_repairs(
    repaired: str, billed: str
) -> None:
    """F16.12: a seat lift mechanism's actuator motor is no wheelchair part whatever its words
    share with a power chair's; a transport chair's or a power chair's is."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "CT"},
        "item": {"description": "actuator motor replaced", "category": "equipment",
                 "acquisition": "repair", "repair_of_code": repaired,
                 "repair_of_purchased": "2021-09"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
    })  # fmt: skip
    outcome = BUILDER.build(claim, dt.date(2026, 11, 28))
    assert outcome.code == billed
    assert "RB" in outcome.modifiers
