"""The descriptor detail that tells sibling codes apart, said in a biller's words: how far a
compression pump's garment reaches, a chair's own weight, a mattress billed on another line or
not sent, crutches bought as a set, a surface's pump alone."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK

READER = BOOK.reader  # the code book's own: built with the content, not again here


@pytest.mark.parametrize(
    ("typed", "code"),
    [("knee-down single-chamber boot for the non-segmental compressor", "E0666"),  # half leg
     ("below the knee gradient pressure segmental boot, one leg, pump already owned", "E0673"),
     ("calf-length garment for the non pneumatic sequential compression unit", "E0679"),
     ("replacement sleeve shoulder-to-fingers, single chamber (not segmental)", "E0665"),
     ("garment for her single-chamber compressor, only covers hand to elbow", "E0655")],
)  # fmt: skip
def test_how_far_a_pump_garment_reaches_picks_half_or_full_limb(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "own", "patient"),
    [("lightweight manual wc, pt weighs 110, 34 lb chair", 34.0, 110.0),
     ("the chair has to weigh less than 36 pounds, pt 105 lb", 36.0, 105.0),
     ("titanium rigid ultralight, 19 lb frame", 19.0, None),
     ("heavy duty manual wheelchair for pt weighing 285 lb", None, 285.0),
     ("power wheelchair up to 300 lb", None, 300.0)],
)  # fmt: skip
def test_a_chairs_own_weight_is_not_the_patients(
    typed: str, own: float | None, patient: float | None
) -> None:
    read = {q.unit: q for q in READER.read(typed, True).quantities}
    assert (read["pounds_own"].high if "pounds_own" in read else None) == own
    assert (read["pounds"].high if "pounds" in read else None) == patient


@pytest.mark.parametrize(
    ("typed", "code"),
    [("wheelchair under 34 lb", "K0004"),  # high strength lightweight
     ("lightweight manual chair under 36 lbs for an 82 y/o, order reads LW wc", "K0003"),
     ("titanium rigid ultralight, 19 lb frame, adjustable rear axle", "K0005"),
     # a chair with its own weight typed is a wheelchair base, not a bath or transport chair
     ("she can't self-propel the 50-lb standard chair; the lightweight model (under 36 lb)",
      "K0003")],
)  # fmt: skip
def test_a_manual_chairs_own_weight_picks_its_class(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("fixed-ht frame, no rails and they already own a mattress, so not included", "E0291"),
     ("we deliver the semi-elec base only: rails were declined, mattress is the pt's own",
      "E0295"),
     ("bariatric bed w/ rails, rated above 350 but not over 600, mattress not on this line",
      "E0301"),
     ("rated over 600 lbs, extra wide, side rails - mattress will be billed on its own line",
      "E0302")],
)  # fmt: skip
def test_a_mattress_billed_elsewhere_picks_the_bed_without_one(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("total electric bed, rails included, we're not supplying any mattress", "E0266"),
     ("hi-lo bed, full rails, not providing any mattress - she keeps her memory foam", "E0256"),
     ("fixed-height hospital bed, neither side rails nor mattress from us", "E0291")],
)  # fmt: skip
def test_a_part_the_supplier_does_not_send_picks_the_bed_without_it(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    "typed",
    ["variable height hospital bed with rails and mattress",
     "total electric bed, full rails, with mattress"],
)  # fmt: skip
def test_an_old_item_sent_back_is_not_a_part_left_out(typed: str) -> None:
    """The bed sent back is the one being replaced: the new one keeps its code and its score."""
    alone = BOOK.search(typed, limit=1)[0]
    assert BOOK.search(f"{typed}, we're not sending the old bed back", limit=1)[0] == alone


@pytest.mark.parametrize(
    ("typed", "code"),
    [("thickener additive for thin liquids, per ounce", "B4100"),
     ("alt pressure pump, replacement only", "E0182")],
)  # fmt: skip
def test_a_thickener_and_an_alt_pressure_pump_are_what_billers_mean(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("non-pneumatic walking boot, prefab, not just off the shelf", "L4386"),
     ("TLSO, rigid posterior frame with soft apron, sagittal control, not simply off the shelf",
      "L0466")],
)  # fmt: skip
def test_an_orthosis_said_not_off_the_shelf_is_not_the_off_the_shelf_code(typed, code) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("ready made hard helmet, pt falls with seizures", "A8001"),
     ("ready-made oral appliance for sleep apnea (boil and bite)", "E0485")],
)  # fmt: skip
def test_ready_made_is_prefabricated_not_a_word_to_match(typed: str, code: str) -> None:
    """A "ready made" item is prefabricated: its own words make the code sure."""
    likely = BOOK.likely_specific(typed)
    assert likely is not None and likely.code == code


def test_a_crutch_set_is_the_pair() -> None:
    typed = "wood underarm crutch set with pads, tips and grips"
    assert BOOK.search(typed, limit=1)[0].code == "E0112"


def test_the_blower_of_an_alternating_pad_is_its_pump() -> None:
    typed = "replacement blower for the alternating pressure pad, the pad itself is fine"
    assert BOOK.search(typed, limit=1)[0].code == "E0182"


def test_several_chambers_is_the_segmental_appliance() -> None:
    typed = "sleeve from foot to knee, multiple chambers, goes with pneumatic pump"
    assert BOOK.search(typed, limit=1)[0].code == "E0669"


@pytest.mark.parametrize(
    ("typed", "units"),
    [("pediatric tube feeding formula, 1.0 kcal/ml, intact protein", {"kcal_per_ml"}),
     ("tube feeds 1800 kcal per day, standard formula", {"kcal"}),
     ("calorie dense formula 2.0 cal/ml, 1200 cal daily", {"kcal_per_ml", "kcal"})],
)  # fmt: skip
def test_a_daily_calorie_total_is_no_formula_density(typed: str, units: set[str]) -> None:
    assert {q.unit for q in READER.read(typed, True).quantities} == units


@pytest.mark.parametrize(
    ("typed", "code"),
    [("knee brace not off the shelf custom fitted", "L1843"),
     ("lumbosacral orthosis not OTS", "L0631"),
     ("lumbar sacral orthosis, sagittal control, not ots custom fitted", "L0631"),
     ("hand/wrist splint, not off-the-shelf", "L3807"),
     ("elbow brace not off the shelf custom fitted", "L3760")],
)  # fmt: skip
def test_not_off_the_shelf_leaves_the_words_after_it_said(typed: str, code: str) -> None:
    """A "not OTS" rules out the off-the-shelf code only: "custom fitted" still counts."""
    assert BOOK.search(typed, limit=1)[0].code == code


def test_not_ready_made_is_neither_off_the_shelf_nor_custom_fabricated() -> None:
    """Billers say "not ready-made" of a brace fitted to the patient, not one made from a cast."""
    first = BOOK.search("knee orthosis w/ joints not ready-made", limit=1)[0]
    said = BOOK.table[first.code].long_description.lower()
    assert "off-the-shelf" not in said and "custom fabricated" not in said


@pytest.mark.parametrize(
    "typed",
    ["thickening gel packets, simply thick",
     "thickener gel stick packs for dysphagia diet",
     "food thickener packets x 100"],
)  # fmt: skip
def test_a_thickener_in_packets_is_the_food_thickener(typed: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == "B4100"


def test_ones_is_a_pronoun_not_a_count_of_one() -> None:
    """ "the ones with the arm cuff" says which crutches, not that only one is wanted: a pair of
    forearm crutches stays the pair."""
    typed = "pair of lofstrand crutches, the ones with the arm cuff, for a teen"
    assert BOOK.search(typed, limit=1)[0].code == "E0110"


@pytest.mark.parametrize(
    ("typed", "unit", "value"),
    [("coin cell, 3-volt, for her pump", "volts", 3.0),
     ("an 18-inch wide seat cushion", "inches", 18.0),
     ("bed for a 640-lb man", "pounds", 640.0)],
)  # fmt: skip
def test_a_number_joined_to_its_unit_by_a_hyphen_is_a_quantity(
    typed: str, unit: str, value: float
) -> None:
    read = {q.unit: q for q in READER.read(typed, True).quantities}
    assert read[unit].low == read[unit].high == value


@pytest.mark.parametrize(
    ("typed", "code"),
    [("patient owns the infusion pump; it needs a new 3-volt silver oxide battery", "K0602"),
     ("4.5-volt lithium battery for the infusion pump the patient owns", "K0605")],
)  # fmt: skip
def test_a_hyphenated_voltage_picks_the_battery_of_that_voltage(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "unit", "bound"),
    [("the 48-lb chair she has is too heavy to push, she needs a lightweight model under 34 lb",
      "pounds_own", 34.0),
     ("cushion under 18 inches wide, the 20 inch one did not fit", "inches", 18.0)],
)  # fmt: skip
def test_a_bound_wins_over_a_value_it_leaves_out(typed: str, unit: str, bound: float) -> None:
    read = {q.unit: q for q in READER.read(typed, True).quantities}
    assert read[unit].high == bound
    assert read[unit].low < bound


@pytest.mark.parametrize(
    ("typed", "unit", "value"),
    [("seat cushion 26 inches wide; K0669 was billed, the E2607 is under 22 inches", "inches", 26),
     ("speech device, 15 min of recorded messages, billed E2500 (8 min or less)", "minutes", 15)],
)  # fmt: skip
def test_a_bound_said_of_a_typed_code_leaves_the_items_value(
    typed: str, unit: str, value: float
) -> None:
    """A biller explaining why the typed code is wrong states that code's range, not the item's."""
    read = {q.unit: q for q in READER.read(typed, True).quantities}
    assert read[unit].low == value
