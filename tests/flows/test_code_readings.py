"""How the code search reads sizes, packing, extents and "not included" as billers type them."""

from __future__ import annotations

import pytest

from flows.item_sizes import pad_areas, without_packing
from flows.models import CARC_IN_TEXT
from tests.flows.test_codes import BOOK


@pytest.mark.parametrize(
    ("typed", "area"),
    [("pad 4x4", "16 sqin"), ("absorbent pad 3.5 x 10 in", "35 sqin"),
     ("film 4 x 4.75", "19 sqin"), ("wafer 6 in square", "36 sqin"),
     ("foam 10 x 10 cm", "15.5 sqin")],
)  # fmt: skip
def test_a_pad_size_reads_as_square_inches(typed: str, area: str) -> None:
    assert area in " ".join(pad_areas(typed).split())


@pytest.mark.parametrize(
    ("typed", "code"),
    [("medium collagen dressing", "A6022"), ("large bordered foam dressing", "A6214"),
     ("bordered foam, medium", "A6213"), ("small alginate dressing", "A6196"),
     ("large foam dressing 4x4, bordered", "A6212")],
)  # fmt: skip
def test_a_dressing_size_said_in_words_picks_its_area_tier(typed: str, code: str) -> None:
    assert [c.code for c in BOOK.search(typed, 1)] == [code]  # a typed size wins over the word


def test_a_size_word_does_not_move_items_priced_by_square_feet() -> None:
    assert BOOK.search("small UV phototherapy unit treating 2 sq ft or less", 1)[0].code == "E0691"


def test_a_cushion_size_is_no_pad_size() -> None:
    assert "sqin" not in pad_areas("cushion 18 x 16")


@pytest.mark.parametrize("typed", ["nitrile gloves 100/box", "lancets, box of 100", "20 count"])
def test_how_an_item_is_packed_says_nothing_of_it(typed: str) -> None:
    assert "box" not in without_packing(typed) and "count" not in without_packing(typed)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("post-op abdominal incision: composite bordered dressing, absorbent pad 3.5 x 10 in",
      "A6204"),  # 35 sq in, not the over-48 A6205
     ("clear film dressing 4 x 4.75", "A6258"),  # 19 sq in, not 16 or less
     ("nitrile non sterile gloves 100/box for home dialysis", "A4927"),  # gloves, not lancets
     ("custom burn stocking foot to thigh", "A6508"),  # a burn garment, named by the stocking
     ("power w/c drive wheel, tire not included, replacement", "E2394"),  # "excludes tire"
     ("extended wear flange barrier, no convexity, 4 x 4 or less", "A4409"),
     ("flat flanged barrier larger than 4x4 in, not extended wear", "A4415")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_sizes_packing_extents_and_exclusions_pick_the_code(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_what_is_not_included_reads_as_without_it() -> None:
    first = BOOK.search("manual fixed height bed w/ rails, mattress not included", limit=1)[0]
    assert first.code == "E0251"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("foam wound filler, sterile, per gram", "A6215"),  # not the collagen filler A6010
     ("silicone gel sheet for scars, each", "A6025")],  # not a compression foam sheet
)  # fmt: skip
def test_a_code_covering_more_of_the_item_name_comes_first(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("si belt, custom fabricated", "L0622"),  # "si belt" is listed under the OTS L0621
     ("shoulder orthosis without joints, prefab, fitted by the orthotist", "L3677"),
     ("shoulder orthosis without joints, prefab, off the shelf", "L3678")],
)  # fmt: skip
def test_a_street_name_and_how_an_orthosis_is_made_pick_the_variant(typed, code) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("patient refuses side rails, total electric hospital bed with mattress", "E0296"),
     ("total electric bed frame only", "E0266"),  # with rails, without mattress
     ("general use wheelchair seat cushion narrower than 22 in", "E2601"),
     ("skin protection seat cushion wider than 22 inches", "E2604")],
)  # fmt: skip
def test_refusals_frames_and_comparisons_read_as_the_descriptors_say(typed, code) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("total electric hospital bed, side rails refused, with mattress", "E0296"),
     ("full electric hospital bed, no rails, no mattress", "E0297"),  # full is total electric
     ("semi electric hospital bed, rails yes, mattress no", "E0261"),
     ("fixed height hospital bed; side rails: half; mattress: not needed", "E0251"),
     ("variable height hospital bed, with rails, mattressless", "E0256"),
     ("one piece drainable pouch, barrierless", "A5062")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_part_refused_after_its_name_or_said_less_is_left_out(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("hospital bed, height stays the same, with rails, skip the mattress", "E0251"),
     ("manual bed, no height change, rails declined, with mattress", "E0290"),
     ("hi-lo bed with mattress, rails omitted because she climbs out", "E0292"),
     ("2-way foley catheter for a patient with a latex allergy", "A4344"),  # not the latex A4338
     ("latex-free foley insertion tray with drainage bag", "A4315")],
)  # fmt: skip
def test_a_part_left_out_a_fixed_height_or_an_allergy_picks_the_variant(typed, code) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_a_patient_over_300_lb_gets_the_heavy_duty_walker() -> None:
    """The walker policy's weight limit, which the descriptors never state."""
    assert BOOK.search("wheeled walker for a 320 lb patient", limit=1)[0].code == "E0149"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("portable liquid oxygen contents, monthly, rx 3 lpm at rest", "E0444"),
     ("lox contents for portables, prescription is 6 liters at rest, monthly", "E0447")],
)  # fmt: skip
def test_an_oxygen_flow_is_compared_with_the_over_4_lpm_code(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_no_before_a_hyphened_word_negates_only_that_word() -> None:
    first = BOOK.search("trach change: no-cuff trach tube, pvc", limit=1)[0]
    assert first.code == "A7520"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("thigh length compression stocking 40+ custom", "A6558"),  # 40 or more, unit unsaid
     ("flanged ostomy barrier, extended wear, no convexity, larger than 4 in", "A4410"),  # 4 x 4
     ("2 piece closed pouch for locking flange, filter none", "A4420"),  # without filter
     ("cpap full face mask complete", "A7030")],  # the mask, not a replacement part
)  # fmt: skip
def test_sizes_pressures_and_parts_typed_short_pick_the_code(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_a_pressure_in_mmhg_names_a_compression_stocking_not_a_prosthesis() -> None:
    first = BOOK.search("knee high 30-40 mmhg", limit=1)[0]
    assert "30-40 mmhg" in first.description.lower()


def test_a_word_is_not_corrected_into_one_with_another_first_letter() -> None:
    found = BOOK.search("holster for portable oxygen concentrator", limit=3)
    assert not any("bolster" in c.description.lower() for c in found)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("hospital bed only, no trapeze, mattress included", "E0250"),  # with mattress
     ("ortho shoe for diabetic pt", "A5500"),
     ("si belt", "L0621")],  # the flexible off-the-shelf belt, not the custom ones
)  # fmt: skip
def test_street_words_do_not_override_what_the_text_says(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=3)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("semi electric hospital bed with rails, patient already has a mattress", "E0261"),
     ("gp27 sealed battery for the power chair", "E2371"),  # "gp27" is group 27
     ("portable LOX system, rental", "E0434"),  # liquid oxygen
     ("TH compression stocking 30-40 custom", "A6557"),  # thigh length, 30-40 mmHg
     ("adult transport chair, >300 lb capacity", "E1039"),  # ">" is "greater than"
     ("4-point cane, small base", "E0105")],  # a quad cane
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_shorthand_and_what_the_patient_already_has_pick_the_code(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("semi-electric hospital bed, no side rails or mattress", "E0295"),
     ("total electric bed w/out rails or mattress", "E0297")],
)  # fmt: skip
def test_every_part_a_no_or_without_lists_is_left_out(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("semi-electric bed, side rails crossed off the order, mattress included", "E0294"),
     ("hi-lo hospital bed; the rails and the mattress were deleted from the order", "E0293"),
     ("full electric bed, rails: declined on the CMN, mattress declined also", "E0297"),
     ("manual crank fixed-height bed with rails, they are keeping their mattress", "E0251"),
     ("total electric bed with rails, leave the mattress off", "E0266")],
)  # fmt: skip
def test_a_part_struck_from_the_order_or_kept_by_the_family_is_left_out(
    typed: str, code: str
) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(("typed", "code"), [("it doesn't have a mattress", "E0251"),
                                             ("it has a mattress", "E0250")])  # fmt: skip
def test_a_verb_said_with_not_reads_as_a_negation(typed: str, code: str) -> None:
    found = BOOK.search(f"fixed height hospital bed with side rails, {typed}", limit=1)
    assert found[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("chair, detachable desk arms, swing away elevating legrests", "E1150"),
     ("HSL base, fixed full length arms, swing away elevating legrests", "E1087")],
)  # fmt: skip
def test_a_chair_with_its_front_rigging_or_hsl_is_a_wheelchair(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code  # not a commode chair (E0165)


def test_a_commode_chair_with_footrests_stays_a_commode_chair() -> None:
    assert BOOK.search("commode chair with detachable arms and footrests", 1)[0].code == "E0165"


def test_a_chair_typed_for_a_wheelchair_finds_the_wheelchair_code() -> None:
    first = BOOK.search("amputee chair with fixed arms and no footrests", limit=1)[0]
    assert first.code == "E1171"  # not a commode chair, not a wheelchair with footrests


def test_a_descriptor_negates_only_what_its_without_names() -> None:
    # "Walker, heavy duty, without wheels, rigid or folding": folding is said, not negated
    assert BOOK.search("folding heavy duty walker, no wheels", limit=1)[0].code == "E0148"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("manual wheelchair seat 26 inches across", "E2202"),  # width 24-27, "across" no noun
     ("manual wheelchair needs a 23 in deep seat frame", "E2204"),  # depth 22-25, not width
     ("power wheelchair seat frame 21 inches deep", "E2342"),  # depth 20 or 21
     ("wheelchair back cushion for positioning, 24 or wider", "E2614")],  # 22 or greater
)  # fmt: skip
def test_a_length_is_compared_with_the_same_measure_of_the_code(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("trial socket for an above-knee amputee", "L5624"),  # a trial socket is the test socket
     ("mens high top orthopedic shoe with extra depth", "L3222"),  # hightop, depth inlay
     ("one-sided pelvic band and belt for a hip orthosis", "L2630"),  # unilateral
     ("myoelectric elbow for an adolescent, variety village type", "L7190"),  # myoelectronically
     ("urinary pouch, plastic, faceplate molded on", "A4379"),  # with faceplate attached
     # a piece of a device is its supplies code, not the device nor another item
     ("new vaginal probe for her kegel pelvic floor exerciser device", "E0716"),
     ("replacement wrist bands for the upper limb tremor stimulator", "A4542"),
     # an oral appliance's hinge is no orthosis joint
     ("custom oral appliance for sleep apnea with a fixed mechanical hinge, adjustable", "E0486")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_biller_words_read_as_the_cms_descriptors_say_them(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("mechanical reusable ambulatory infusion pump, 10 hr infusions", "E0779"),
     ("mechanical reusable ambulatory infusion pump, 4 hour infusions", "E0780"),
     ("sgd with digitized speech, 15 minutes of recording", "E2502"),
     ("sgd with digitized speech, 30 min recording", "E2504")],
)  # fmt: skip
def test_a_time_in_hours_or_minutes_is_compared_with_the_descriptors_range(typed, code) -> None:
    assert [c.code for c in BOOK.search(typed, 1)] == [code]


def test_a_word_typed_with_another_ending_reads_as_the_descriptors_word() -> None:
    assert [c.code for c in BOOK.search("midface prosthesis", 1)] == ["L8041"]  # "midfacial"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("peristeen", "A4459"), ("gammacore", "E0735"), ("provent", "A7049"),
     ("laser lancet", "E0620")],
)  # fmt: skip
def test_a_product_type_name_finds_a_code_known_only_by_its_descriptor(typed, code) -> None:
    assert [c.code for c in BOOK.search(typed, 1)] == [code]


@pytest.mark.parametrize(
    ("typed", "likely"),
    [("REPAIR - std proportional remote joystick (not controller) on pt-owned grp 2 chair",
      "E2374"),  # the part repaired, not K0462's "equipment being repaired"
     ("CO-50 on the remit, home powered lateral-trunk support recliner frame", None),
     # "CO-50" is a denial reason, not the cobalt Co-57 of a radiopharmaceutical
     ("oa18 on the 2nd submission: powered lateral transfer board", None),
     ("remit shows CO-16 on the folding wheeled walker", "E0143"),  # the item after the remit
     ("OA-18 duplicate on the seat lift mechanism", "E0627"),
     # what happened to the part says nothing of which part it is
     ("drive belt snapped on pt-owned power chair, replaced belt", "K0098"),
     ("seat sling upholstery ripped on standard manual wheelchair", "E0981")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_what_happened_to_an_item_names_no_item(typed: str, likely: str | None) -> None:
    found = BOOK.likely_specific(typed)
    assert (found.code if found else None) == likely
    assert all(not c.code.startswith("A95") for c in BOOK.search(typed, limit=5))


@pytest.mark.parametrize(
    ("typed", "carc"),
    [("CO-50 on the remit", True), ("co16 ma130", True), ("OA 18 again", True),
     ("co2 absorbent", False), ("pr 2 pads", False)],
)  # fmt: skip
def test_a_denial_reason_in_running_text_is_told_from_other_words(typed: str, carc: bool) -> None:
    assert bool(CARC_IN_TEXT.search(typed)) is carc


def test_a_code_saying_the_rival_of_a_typed_word_ranks_lower() -> None:
    assert BOOK.search("stationary compressed gas O2 system, PURCHASE", limit=1)[0].code == "E0425"
    rented = [c.code for c in BOOK.search("portable O2 cylinders rental", limit=2)]
    assert "E0431" in rented and "E0425" not in rented  # E0425 is bought, not rented
    bought = BOOK.search("stationary liquid oxygen reservoir bought outright", limit=1)[0]
    assert bought.code == "E0440"  # the purchase, not the E0439 rental


@pytest.mark.parametrize(
    ("typed", "code"),
    [("concentrator with two outlets so husband and wife both on O2 can share", "E1391"),
     ("hydrogel sheet 4 x 4, no border", "A6242"),
     ("silicone gel sheet for scars, each", "A6025"),
     ("CPAP head strap replacement", "A7035"),
     ("solid drive tire for the manual wheelchair, worn bald", "E2220"),  # a propulsion tire
     ("ORDER LINE 1: STRAIGHT CANE, ALUMINUM, ADJUSTABLE", "E0100"),
     ("inversion table for back pain", "E0941")],  # the line names no item
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_what_billers_call_everyday_supplies_finds_their_code(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("replacement drive wheel tire for power chair, per the owner's manual", "E2381"),
     ("drive wheel tire, power wheelchair, manual says 14 inch", "E2381"),
     ("drive tire for power chair with manual recline", "E2381"),
     ("solid drive tire for the manual wheelchair, worn bald", "E2220"),
     ("pneumatic drive tire for pt's manual w/c, flat", "E2211")],
)  # fmt: skip
def test_manual_names_the_chair_only_when_it_says_manual_wheelchair(typed: str, code: str) -> None:
    """An owner's manual or a manual recline leaves a power chair's drive tire its own code."""
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("seat height 16in on an ultralightweight chair", "K0056"),  # under 17 fits "or" range
     ("seat height 21 inches or higher on the lightweight chair", "K0056"),
     ("LW wheelchair (34-36 lb class)", "K0003"),  # LW, HSLW: the manual classes
     ("HSLW manual chair w/ adjustable back angle", "K0004"),
     ("extra heavy duty manual wheelchair", "K0007"),  # the base, not its shock absorber E1017
     ("oversize footplate each", "K0041")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_manual_wheelchair_classes_and_their_options(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("modular spinal brace, 4 rigid shells, triplanar, front to the sternal notch", "L0464"),
     ("three-shell modular TLSO with sagittal and coronal control, anterior to xiphoid", "L0492"),
     ("TLSO, 3 hard plastic modules, triplanar control, sternal notch", "L0462")],
)  # fmt: skip
def test_a_modular_spinal_orthosis_counted_in_digits_finds_its_shell_count(
    typed: str, code: str
) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("child's complete tube formula, intact nutrients, billed per 100 calories", "B4158"),
     ("complete enteral formula with intact nutrients, 1.0 cal/ml, 100 kcal = 1 unit", "B4150")],
)  # fmt: skip
def test_calories_counted_for_billing_say_nothing_of_a_formulas_density(
    typed: str, code: str
) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("soluble fiber additive, mixed in her tube feeding formula", "B4104"),  # not the formula
     ("additives for the g-tube formula, 30 packets", "B4104"),
     ("powdered additive packets for peritoneal dialysate", "A4765")],
)  # fmt: skip
def test_an_additive_is_the_item_not_the_formula_it_goes_into(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("met pad arch support, premolded, removable", "L3050"),  # metatarsal, not metal
     ("long and met arch support, premolded, pt can remove it", "L3060"),
     ("met dome arch support glued into the shoe, non-removable", "L3080")],
)  # fmt: skip
def test_met_beside_a_foot_word_is_metatarsal(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("met w/ the pt today: premolded longitudinal arch support, removable", "L3040"),
     ("met with his wife, removable premolded longitudinal arch support for the foot", "L3040")],
)  # fmt: skip
def test_met_as_a_verb_is_a_visit_not_metatarsal(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code
