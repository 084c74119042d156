"""'Is there a more specific code than E1399?': search, look-ups and NOC routing."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.code_questions import item_in_question
from tests.conftest import repository_content

BOOK = repository_content().codes


def test_the_whole_cms_dmepos_table_ships_with_the_product() -> None:
    assert len(BOOK.table) == 2605
    assert sum(1 for c in BOOK.table.values() if c.termination_date) == 54
    assert BOOK.table["E1399"].long_description == "Durable medical equipment, miscellaneous"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("knee scooter", "E0118"), ("hoyer lift", "E0630"), ("bili light", "E0202"),
     ("bipap w/o backup", "E0470"), ("rollator", "E0143"), ("3 in 1 commode", "E0163"),
     ("Semi-Electric Hosp Bed", "E0260")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_what_billers_type_finds_the_specific_code(typed: str, code: str) -> None:
    assert code in [c.code for c in BOOK.search(typed, limit=3)]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("huber needle", "A4212"), ("punctal plug, permanent", "A4263"),
     ("scale for home dialysis", "E1639"), ("ae ultralight material addition", "L7401"),
     ("box of exam gloves", "A4927")],
)  # fmt: skip
def test_everyday_names_and_ranges_find_codes_whose_descriptors_say_otherwise(
    typed: str, code: str
) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize("typed", ["1", "42", "12.50", "  "])
def test_a_bare_number_names_no_item_and_gets_no_candidates(typed: str) -> None:
    assert BOOK.search(typed, limit=3) == []


@pytest.mark.parametrize(
    ("typed", "code"),
    [("bariatric hospital bed with mattress for a 700 lb patient", "E0304"),
     ("bariatric hospital bed with mattress for a 450 lb patient", "E0303"),
     ("transport chair for a 350 lb patient", "E1039"),
     ("general use wheelchair seat cushion 24 inches wide", "E2602"),
     ("group 2 scooter for a 500 lb patient", "K0808")],
)  # fmt: skip
def test_a_weight_or_width_picks_the_code_whose_range_holds_it(typed: str, code: str) -> None:
    assert [c.code for c in BOOK.search(typed, limit=1)] == [code]


@pytest.mark.parametrize(
    ("typed", "code", "not_first"),
    [("non pneumatic walking boot", "L4387", "L4361"),
     ("bone growth stimulator other than spinal", "E0747", "E0748"),
     ("hospital bed, total electric, no mattress", "E0266", "E0265"),
     ("standard walker no wheels folding", "E0135", "E0148"),
     ("apnea monitor with recording", "E0619", "E0618")],
)  # fmt: skip
def test_negations_pick_the_code_that_says_the_same(typed: str, code: str, not_first: str) -> None:
    found = [c.code for c in BOOK.search(typed, limit=3)]
    assert found[0] == code and not_first != found[0]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("cpap headgear", "A7035"), ("headgear for a bipap", "A7035"), ("poc battery", "E1356"),
     ("replacement batteries for a tens unit", "A4630"), ("neb kit", "A7003"),
     ("sling for a hoyer lift", "E0621"), ("full face mask for bipap", "A7030"),
     ("caster fork for a power chair", "E2396"),  # not the manual wheelchair's E2226
     ("replacement nasal pillows for cpap mask, pair", "A7033")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_an_accessory_finds_the_accessory_code_not_its_base_device(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("short", "long", "code"),
    [("bariatric shower chair",
      "bariatric shower chair, heavy duty, 600 lb capacity, with back and arms", "E0240"),
     ("knee scooter",
      "knee scooter with basket and hand brake, for non weight bearing after surgery", "E0118")],
)  # fmt: skip
def test_a_long_intake_description_is_as_sure_as_its_short_form(short, long, code) -> None:
    brief, full = BOOK.likely_specific(short), BOOK.likely_specific(long)
    assert brief is not None and full is not None and brief.code == full.code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("bedside commode, drop arm, padded seat, with pail and lid", "E0165"),  # not E0163 fixed
     ("bedside commode with arms that come off for transfers", "E0165"),
     ("bariatric hospital bed for a 650 lb patient, mattress ordered separately", "E0302"),
     ("rolling walker for a 450 lb patient", "E0149"),  # heavy duty, not E0143
     ("cpap humidifier without heater", "E0561"),  # not E0562 heated
     ("one piece drainable ostomy pouch with barrier", "A5061"),
     ("sterile gauze 4x4 no border", "A6402"),  # 16 sq in, not impregnated (A6228)
     ("dual channel tens unit for low back pain", "E0730"),  # four leads, not E0720
     ("semi-electric hospital bed with half rails, for head elevation over 30 degrees", "E0260"),
     ("drainable pouch, plastic, for a faceplate", "A4377"),  # not A4375, faceplate attached
     ("plastic drainable pouch with faceplate attached", "A4375"),
     ("12 volt battery for a prosthesis", "L7364"),  # not the six volt L7360
     ("charger for 6 volt prosthetic batteries", "L7362"),
     # one noun, names differing by one detail: thigh length, not above knee length
     ("thigh length surg stocking", "A4495")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_the_detail_the_biller_typed_decides_between_sibling_codes(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_a_code_named_for_another_body_region_is_not_first() -> None:
    assert BOOK.search("elbow brace with locking hinge, off the shelf", limit=1)[0].code == "L3761"


def test_a_code_made_for_another_device_ranks_low() -> None:
    assert "A4282" not in [c.code for c in BOOK.search("adapter for nebulizer", limit=3)]
    assert BOOK.search("adapter for breast pump", limit=1)[0].code == "A4282"


@pytest.mark.parametrize("typed", ["stair lift", "hearing aid"])
def test_one_shared_word_of_a_two_word_name_offers_no_candidate(typed: str) -> None:
    assert BOOK.search(typed, limit=3) == []
    assert BOOK.noc_for(typed, "equipment").code == "E1399"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("karaya powder", "A4371"),  # the ostomy skin barrier powder; no code says karaya
     ("IPA wipes, box", "A4245")],  # alcohol wipes
)  # fmt: skip
def test_a_code_saying_the_items_noun_is_offered_though_a_word_is_unknown(
    typed: str, code: str
) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_the_rankers_first_code_stays_first_though_an_unknown_word_shrinks_its_share() -> None:
    # "pressurized" is no descriptor's word: the metered-dose can covers less than the 500 ml
    # bottle, which says nothing of a can
    assert BOOK.search("sterile saline in a pressurized can, 10 ml", limit=1)[0].code == "A4218"


def test_an_ostomy_bag_is_read_as_a_pouch_and_a_urine_bag_stays_a_bag() -> None:
    first = BOOK.search("closed colostomy bag with filter, 2pc", limit=1)[0]
    assert first.description.startswith("Ostomy pouch, closed")
    assert BOOK.search("leg bag for urine", limit=1)[0].code == "A4358"


def test_the_item_named_after_a_colon_is_the_item_not_the_patients_story() -> None:
    assert BOOK.search("hip fracture: raised toilet seat", limit=1)[0].code == "E0244"
    assert (
        BOOK.search("knee replacement last week: cold therapy pad with pump", limit=1)[0].code
        == "E0218"
    )


def test_a_body_region_beside_the_item_name_still_finds_its_code() -> None:
    assert BOOK.search("arm sling", limit=1)[0].code == "A4565"
    assert BOOK.search("heel lift, per inch", limit=1)[0].code == "L3334"


def test_shorthand_and_misspellings_are_read_as_meant() -> None:
    assert BOOK.search("semi electirc hosp bed", limit=1)[0].code == "E0260"
    assert BOOK.search("w/c lap tray", limit=1)[0].code == "E0950"
    assert BOOK.search("glucose test strips box of 50", limit=1)[0].code == "A4253"  # not A4255
    assert BOOK.search("swing away footrests, replacement", limit=1)[0].code == "K0052"
    assert BOOK.search("urostomy pouch, one piece, with barrier", limit=1)[0].code == "A5071"
    assert BOOK.search("bunion night splint", limit=1)[0].code == "L3100"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("hip strap for wheelchair", "E0978"), ("damp heating pad", "E0215"),
     ("warm humidifier for bipap", "E0562"), ("slipper bedpan", "E0276"),
     ("lipus unit", "E0760"), ("nasal prongs for o2", "A4615"),
     ("bk hose for varicose veins", "A6530"), ("cpap hose", "A7037")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_intake_shorthand_reads_as_the_descriptors_words(typed: str, code: str) -> None:
    # A compression "hose" is a stocking, while a PAP "hose" stays its tubing.
    assert BOOK.search(typed, limit=1)[0].code == code


def test_terminated_codes_are_never_offered() -> None:
    terminated = {c.code for c in BOOK.table.values() if c.termination_date}
    for typed in ["power seat elevation system wheelchair", "garment belt sleeve elastic"]:
        assert not terminated & {c.code for c in BOOK.search(typed, limit=10)}


def test_noc_codes_are_not_offered_as_specific_codes() -> None:
    found = {c.code for c in BOOK.search("durable medical equipment miscellaneous", limit=10)}
    assert "E1399" not in found and "K0108" not in found


def test_lookup_says_when_a_code_was_terminated() -> None:
    code = BOOK.lookup("e2300")
    assert code is not None and code.termination_date == dt.date(2024, 3, 31)
    assert not code.is_valid_on(dt.date(2026, 1, 1))
    assert BOOK.lookup("Z9999") is None


@pytest.mark.parametrize(
    ("question", "item"),
    [("is there a code for a knee scooter?", "knee scooter"),
     ("what's the hcpcs code for a hoyer lift", "hoyer lift"),
     ("what goes in the narrative for e1399?", None),
     ("is there a specific code for a transport chair", "transport chair"),
     # Another code set or a service: not a DME item, so the knowledge base reads the question.
     ("what is the cpt code for knee replacement surgery", None),
     ("what is the icd-10 code for diabetes", None),
     ("whats the dental code for a crown", None),
     ("msp type code for workers comp", None),
     ("what code for an MRI with contrast", None),
     # What a document holds: the knowledge base's documentation entries answer it.
     ("diag code on swo required?", None),
     ("does the hcpcs code on the order have to match", None),
     ("is there a code for an order holder bag", "order holder bag"),
     # Typed as billers type: the item, then "code".
     ("knee walker code", "knee walker"), ("hospital bed hcpcs?", "hospital bed"),
     ("reason code", None), ("zip code", None), ("E1399 code", None),
     # A code asked after another question is one part of it, answered part by part.
     ("we billed a repair part on E1399 - NU or RB? and what code for the labor", None),
     ("pt needs one, is there a code for a knee scooter?", "knee scooter")],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="item")
def test_questions_naming_an_item_are_recognised(question: str, item: str | None) -> None:
    assert item_in_question(question) == item


@pytest.mark.parametrize(
    ("typed", "code"),
    [("knee high compression stockings 40-50 mmhg, off the shelf", "A6554"),  # not 30-40
     ("below knee compression stocking 18-30 mmhg", "A6530"),
     ("thigh high compression stockings 30-40", "A6534"),  # a typed range without its unit
     ("waist high compression stocking 40+ mmhg", "A6541"),  # not the 30-40 one ending at 40
     ("TPN premix 80 grams protein", "B4197"),  # 74 to 100 grams, not 52 to 73
     ("peritoneal dialysate 2500 ml", "A4722"),  # 2000 to 2999 cc
     ("1.5 kcal/ml tube feeding formula", "B4152")],  # calorically dense
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_pressure_protein_and_volume_pick_the_code_whose_range_holds_them(typed, code) -> None:
    assert [c.code for c in BOOK.search(typed, limit=1)] == [code]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("swedish knee cage", "L1850"), ("non sterile gauze sponges", "A6216")],
)
def test_a_nickname_beside_a_word_codes_use_still_gets_candidates(typed: str, code: str) -> None:
    assert code in [c.code for c in BOOK.search(typed, limit=3)]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("wrist hand orthosis with joints, off the shelf", "L3916"),
     ("wrist hand orthosis with joints, custom fitted", "L3915"),  # trimmed/bent to fit
     ("wrist hand orthosis with joints, custom fabricated", "L3905"),
     ("carbon fiber afo custom fitted", "L1932"),
     ("carbon fiber afo off the shelf", "L1933")],
)  # fmt: skip
def test_off_the_shelf_custom_fitted_and_custom_fabricated_are_told_apart(typed, code) -> None:
    assert [c.code for c in BOOK.search(typed, limit=1)] == [code]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("passy muir valve", "L8501"), ("transfill", "K0738"), ("unna boot", "A6456"),
     ("boxers fracture splint, OTS", "L3918"), ("3 way foley for CBI", "A4346"),
     ("washable underpads", "A4553"), ("uncuffed trach tube", "A7520"),
     ("grp 3 power wheelchair, single power option, sling seat", "K0856"),
     ("pd cycler", "E1594"), ("incentive spirometer", "A9284")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_nicknames_and_shorthand_billers_use_find_the_code(typed: str, code: str) -> None:
    assert [c.code for c in BOOK.search(typed, limit=1)] == [code]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("below knee compression stocking 30-40 mmHg, off the shelf, not used as a surgical dressing",
      "A6552"),
     ("below knee compression stocking 30-40 mmhg used as a surgical dressing", "A6531"),
     ("non-electric (spring loaded) seat lift mechanism for a recliner, mechanism only", "E0629")],
)  # fmt: skip
def test_a_negated_use_and_an_aside_in_brackets_are_read_as_meant(typed: str, code: str) -> None:
    assert [c.code for c in BOOK.search(typed, limit=1)] == [code]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("bed board to firm up the mattress", "E0273"), ("skin barrier wipes ostomy, each", "A5120")],
)
def test_the_plain_word_match_is_among_the_first_three_candidates(typed: str, code: str) -> None:
    assert code in [c.code for c in BOOK.search(typed, limit=3)]


def test_a_description_the_reading_misses_still_gets_the_code_sharing_its_words() -> None:
    found = BOOK.search("bed cradle to keep the sheets off pts feet", limit=3)
    assert found[0].code == "E0280" and found[0].score < 0.3  # shown as a weak match


@pytest.mark.parametrize(
    ("typed", "code"),
    [("hkafo with bilateral rotation straps and pelvic band, custom", "L2040"),
     ("canadian hip disartic prosthesis, constant friction knee, sach foot", "L5250"),
     ("hydrocolld drsg 4x4 w/o bdr", "A6234")],
)  # fmt: skip
def test_abbreviations_the_cms_short_descriptors_use_are_read_as_meant(typed, code) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_abbreviations_are_learnt_where_codes_agree_and_plain_words_stay_plain() -> None:
    from flows.code_spelling import learn_abbreviations

    learnt = learn_abbreviations(
        [("Hip knee ankle foot orthosis, torsion control", "Hkafo torsion"),
         ("Hip knee ankle foot orthosis, double bar", "Hkafo dbl bar"),
         ("Walker, double wheel", "Walker dbl whl"),
         ("Cane, wheel tip", "Cane whl tip")]
    )  # fmt: skip
    assert learnt == {"hkafo": "hip knee ankle foot orthosis", "dbl": "double", "whl": "wheel"}
    found = BOOK.search("quad cane for pt who has poor balance", limit=1)
    assert found[0].code == "E0105"  # "who" is not read as a wrist hand orthosis


@pytest.mark.parametrize(
    ("typed", "code"),
    [("cpap machine for sleep apnea, heated humidifier ordered separately", "E0601"),
     ("surgical shoe after bunion surgery", "L3260"),  # the story, not the bunion splint L3100
     ("bariatric commode", "E0168"),  # the heavy-duty commode, not the standard E0163
     ("gauze 4x4 sterile", "A6402"),  # plain gauze, not the hydrogel-impregnated A6231
     ("1.5 cal tube feeding formula", "B4152"),  # calorically dense, 1.5 kcal/ml or more
     ("fiber additive for tube feeding", "B4104")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_the_whole_description_is_read_as_a_biller_means_it(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("ace wrap", "A6449"), ("ace wrap 2 inch", "A6448"), ("ace wrap 6 inch", "A6450"),
     ("kerlix 2 inch", "A6445"), ("collagen dressing 6 x 6", "A6022")],
)  # fmt: skip
def test_a_street_name_for_one_size_finds_every_size_by_the_size_typed(typed, code) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("general use back cushion 16 wide", "E2611"),  # 16 inches: under 22, a back cushion
     ("peds folding tilt-in-space chair, adjustable, WITHOUT seating system", "E1234")],
)  # fmt: skip
def test_a_bare_width_and_a_half_compound_still_read_as_meant(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    "item",
    ["adjustable strap compression wrap for the trunk and abdomen",  # not the foot wrap A6587
     "powered knee orthosis, motor at the knee joint only",  # not a manual knee orthosis
     "pediatric power wheelchair base with no power seating options"],  # not a manual chair
)  # fmt: skip
def test_no_specific_code_warning_for_another_body_part_or_an_unpowered_code(item: str) -> None:
    assert BOOK.likely_specific(item) is None


@pytest.mark.parametrize(
    ("item", "code"),
    [("powered toilet seat lifter that sits on top of the toilet", "E0172"),  # "any type"
     ("fixed vent tray for power chair", "E1029"),  # the power chair is the base
     # the item's own code typed in its name is the item's, not a base (F11.3)
     ("folding walker with wheels E0143, adjustable height", "E0143"),
     ("heavy duty extra wide commode chair E0168, 650 lb capacity", "E0168"),
     ("bath chair E0240 with back, pt wants it for secondary", "E0240"),
     ("seat lift mechanism E0627 for the recliner", "E0627")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_the_specific_code_warning_still_names_a_code_that_covers_the_item(
    item: str, code: str
) -> None:
    likely = BOOK.likely_specific(item)
    assert likely is not None and likely.code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("peritoneal dialysis solution, 4.5 liter bag", "A4724"),
     ("parenteral nutrition amino acid 6%, home mix", "B4172"),
     ("below knee prosthesis, molded socket, shin, sach foot", "L5100")],
)  # fmt: skip
def test_litres_percentages_and_unsaid_prosthesis_are_read(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_no_specific_code_warning_for_a_code_saying_the_rival_detail() -> None:
    typed = "group 4 very heavy duty power wheelchair, multiple power options, sling seat, 500 lb"
    assert BOOK.likely_specific(typed) is None  # K0880 is the single power option chair


def test_aliases_learned_from_an_item_set_are_listed_and_can_be_left_out() -> None:
    from flows.codes import AliasesFile

    aliases = AliasesFile(
        version=1,
        aliases={"E0240": ["shower chair", "bath chair"], "E0100": ["walking cane"]},
        learned_from={"codes_heldout9": {"E0240": ["bath chair"], "E0100": ["walking cane"]}},
    )
    assert aliases.leaving_out("codes_heldout9").aliases == {"E0240": ["shower chair"]}
    assert aliases.leaving_out("codes_other").aliases == aliases.aliases
    with pytest.raises(ValueError, match="no alias 'tub seat'"):
        AliasesFile(version=1, aliases={"E0240": ["shower chair"]},
                    learned_from={"codes_heldout9": {"E0240": ["tub seat"]}})  # fmt: skip


def test_a_seat_size_typed_width_by_depth_is_compared_with_the_cushion_widths() -> None:
    """ "24 x 20" is a 24-inch-wide seat: the cushion of 22 inches or wider, not under 22."""
    assert BOOK.search("adjustable skin protection and positioning cushion 24 x 20", 1)[0].code == (
        "E2625"
    )
    assert BOOK.search("adjustable skin protection and positioning cushion 18 x 16", 1)[0].code == (
        "E2624"
    )


def test_no_specific_code_is_warned_for_a_product_without_pdac_coding_verification() -> None:
    typed = "gel seat cushion 18 x 16, maker never got PDAC coding verification"
    assert BOOK.likely_specific(typed) is None
    assert BOOK.noc_for(typed).code == "K0669"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("C5 tetraplegic, 155 lb, group 3 with power tilt as the only seat function", "K0856"),
     ("fake-fleece (synthetic sheepskin) pad under the hips of a bedbound pt", "E0188")],
)  # fmt: skip
def test_a_long_note_whose_story_holds_most_words_still_offers_the_clear_first_code(
    typed: str, code: str
) -> None:
    assert BOOK.search(typed, limit=3)[0].code == code
