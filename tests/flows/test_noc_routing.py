"""Which NOC code an item with no specific code goes to, read as `codes "ITEM"` reads it (no
category): the group of CMS codes it is described like, and whole items apart from parts."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.parametrize(
    ("item", "noc"),
    [("pressure garment for burn scars on the upper arm only, custom", "A6512"),
     ("gradient compression bike shorts for leg lymphedema, worn in the day", "A6549"),
     ("padded compression garment worn overnight for the abdomen", "A6519"),
     ("velcro compression wrap for the fingers and hand", "A6584"),
     ("foam padding under lymphedema compression bandages", "A6609"),
     ("knit cover that goes over an ostomy pouch", "A4421"),
     ("hook to hang a urinary leg bag on the bed", "A4335"),
     ("carrying pouch for peritoneal dialysis supplies", "A4913"),
     ("carry bag for an enteral feeding pump", "B9998"),
     ("custom hip orthosis with rotation control only, no spinal section", "L2999"),
     ("powered elbow joint for a myoelectric arm", "L7499"),
     ("motorized ankle for a below knee prosthesis, no L code fits", "L5999")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_an_item_goes_to_the_noc_code_of_the_group_it_is_described_like(item, noc) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("travel case for the patient's nebulizer compressor", "A9900"),
     ("replacement remote for the patient's hospital bed", "A9900"),
     ("storage cart for the patient's oxygen concentrator tanks", "A9900"),
     ("replacement knob for a power wheelchair joystick", "K0108"),
     ("carrying case for the speech generating device", "E2599"),
     ("extra pad added onto the patient's LSO", "L0999")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_part_goes_by_what_it_belongs_to(item, noc) -> None:
    advice = BOOK.noc_for(item)
    assert advice.code == noc
    if noc == "A9900":
        assert "base item's code" in advice.why


def test_an_accessory_tied_to_no_coded_item_is_a_supply_not_a_component() -> None:
    assert BOOK.noc_for("universal carrying case, not tied to any one coded item").code == "A9999"


def test_a_case_for_a_tens_unit_is_not_the_functional_stimulator_noc() -> None:
    assert BOOK.noc_for("travel case for the pts TENS unit").code == "A9900"


@pytest.mark.parametrize(
    "item",
    ["motorized stabilizing spoon for tremor", "robotic self-feeding arm on the table"],
)
def test_equipment_that_only_shares_a_word_with_a_group_stays_general_dme(item: str) -> None:
    assert BOOK.noc_for(item).code == "E1399"


def test_a_biller_saying_no_code_fits_gets_no_specific_code_warning() -> None:
    item = "pediatric power wheelchair for a 6 year old"
    said = f"{item}, no pediatric power code fits"
    assert BOOK.likely_specific(said) is None
    assert BOOK.noc_for(said).code == "E1239"


@pytest.mark.parametrize(
    ("code", "is_noc"),
    [
        ("A6593", True),
        ("L9900", True),
        ("L8048", True),
        ("A6544", False),
        ("A9900", True),
        ("K0900", True),
    ],
)
@pytest.mark.sweep(n=3, by="is_noc")
def test_every_not_otherwise_specified_descriptor_reads_as_a_noc_code(code, is_noc) -> None:
    assert BOOK.table[code].is_noc is is_noc
    assert (code in [c.code for c in BOOK.search(BOOK.table[code].long_description, 5)]) != is_noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("bell for a manual wheelchair", "K0108"),
     ("replacement seat rail brace for a power wheelchair", "K0108"),
     ("tilt bar for the hoyer lift", "A9900"),
     ("clip-on cup holder for the rollator", "A9900")],
)  # fmt: skip
def test_anything_for_a_named_coded_item_is_a_part_of_it(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    ["wheelchair ramp for the garage step", "motorized stabilizing spoon for tremor",
     "motorized jar opener"],
)  # fmt: skip
def test_a_whole_item_for_a_place_or_a_condition_stays_equipment(item: str) -> None:
    assert BOOK.noc_for(item).code == "E1399"


@pytest.mark.parametrize(
    ("item", "noc"),
    [("bottle opener for a pt with arthritis", "A9999"),
     ("smart water bottle that tracks how much the pt drinks", "A9279"),
     ("wristband that alerts the nurse when the pt gets up", "A9280"),
     ("carrying bag for a below knee prosthesis", "L9900"),
     ("prosthetist visit to adjust the socket fit", "L9900"),
     ("delivery and setup charge for the hospital bed", "A9901")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_what_the_item_does_or_is_places_it_in_its_noc_family(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("power wheelchair joystick", "K0108"),
     ("replacement remote for the pts seat lift chair", "A9900"),
     ("toe box stretch on a diabetic depth shoe", "A5507")],
)  # fmt: skip
def test_a_part_named_after_its_base_is_no_whole_base(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("curly no-tie laces for a pt after a stroke", "A9999"),
     ("pendant that auto dials 911 when the pt falls", "A9280"),
     ("surgical curette for home wound care", "A4649"),
     ("prosthetist training session on using a new arm prosthesis", "L8499"),
     ("implanted magnetic ring for acid reflux", "L8699")],
)  # fmt: skip
def test_how_billers_name_an_item_places_it_in_its_noc_family(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("umbrella holder that clips onto the power chair", "K0108"),
     ("small trailer that hitches to the power chair", "K0108"),
     ("padded carry bag for the pts CPM machine for travel", "A9900"),
     ("wheeled cart for the home hemodialysis machine", "E1699")],
)  # fmt: skip
def test_a_part_fixed_to_or_carried_with_a_coded_item_goes_by_it(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("anti-slip strip glued onto the compression stocking top", "A6593"),
     ("zip pocket added to the pts TLSO", "L0999")],
)  # fmt: skip
def test_a_strip_or_pocket_on_an_item_is_a_part_of_it(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("pressure relief cushion for a power wheelchair, no PDAC coding verification", "K0669"),
     ("gel wheelchair seat cushion that is not on the PDAC list", "K0669"),
     ("diabetic depth shoe, widen the toe box, per shoe", "A5507")],
)  # fmt: skip
def test_an_item_without_pdac_verification_or_a_change_to_a_shoe_gets_no_warning(
    item: str, noc: str
) -> None:
    assert BOOK.likely_specific(item) is None
    assert BOOK.noc_for(item).code == noc


def test_the_coded_shoe_itself_still_gets_the_warning() -> None:
    likely = BOOK.likely_specific("depth shoe for a diabetic, off the shelf, per shoe")
    assert likely is not None and likely.code == "A5500"


@pytest.mark.parametrize(
    ("item", "noc"),
    [("power scooter for a 400 lb pt, not on the PDAC product list", "K0899"),
     ("power scooter for a 650 lb patient", "K0812"),
     ("group 3 very heavy duty power wheelchair with captains seat and single power option, 500 lb",
      "K0898"),
     ("pediatric power mobility device for a 3 year old", "E1239"),
     ("POV with a 700 lb capacity", "K0812")],
)  # fmt: skip
def test_a_power_mobility_device_without_pdac_verification_is_k0899_and_others_their_kind(
    item: str, noc: str
) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    ["hand controls so a paraplegic can drive his van", "seat belt extender for the car"],
)
def test_a_whole_item_that_names_no_wheelchair_is_no_wheelchair_accessory(item: str) -> None:
    assert BOOK.noc_for(item).code == "E1399"


@pytest.mark.parametrize(
    ("item", "noc"),
    [("prosthetic swim leg for the beach", "L5999"),
     ("prosthetic bath leg for night trips to the bathroom", "L5999"),
     ("hip abduction derotation strap system, custom", "L2999"),
     ("liner lotion for a below knee prosthesis", "L9900")],
)  # fmt: skip
def test_a_prosthesis_or_orthosis_keeps_to_its_l_code_families(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("extension tube that fits the ostomy pouch spout so a pt in a wheelchair can drain it",
      "A4421"),
     ("bluetooth module so pt can run the phone from the power chair joystick", "K0108"),
     ("trunk lymphedema: off the shelf strap compression wrap", "A6584")],
)  # fmt: skip
def test_who_uses_an_item_and_a_context_prefix_do_not_name_it(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("customized standing frame uniquely constructed for one pt", "K0900"),
     ("large grip utensil", "A9999"),
     ("PET tracer for amyloid imaging, no specific code", "A9598"),
     ("daily multivitamin tablet, oral, per dose", "A9153"),
     ("oral iron tablet, per dose", "A9152"),
     ("delivery and setup of a rented oxygen concentrator", "A9901"),
     ("watch that texts caregivers when the pt falls", "A9280"),
     ("anaplastologist sculpted a silicone cheek piece after a cancer resection", "L8048"),
     ("foot/calf pump for clot prevention after knee surgery, no code", "E0676")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_the_rarer_noc_families_of_the_cms_file_take_their_items(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("height adjustable standing desk so pt can work from his power chair", "E1399"),
     ("hands free page turner, electric, for quad pt", "E1399"),
     ("burn scar compression collar for the neck only, custom", "A6512"),
     ("gadolinium MRI contrast, per ml", "A9579"),
     ("door chime that alerts caregiver when pt opens the door", "A9280"),
     ("weighted spoon for tremor, not powered", "A9999")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_whole_item_is_named_by_its_own_words_not_by_who_uses_it(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("rain cape that covers pt and the power chair", "K0108"),
     ("carrying vest for pts total artificial heart driver", "L8698")],
)  # fmt: skip
def test_an_item_that_covers_or_carries_a_coded_item_is_its_accessory(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("medication dispenser that locks and beeps", "A9280"),
     ("replacement cosmesis cover for BK leg", "L5999"),
     ("lymphedema night garment for the arm, custom, with foam chips", "A6519")],
)  # fmt: skip
def test_a_dispenser_a_bk_leg_and_a_night_garment_go_to_their_own_families(
    item: str, noc: str
) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize("item", ["custom bed", "adjustable bed for an 800 lb pt", "bed"])
def test_a_bed_is_no_bed_alarm(item: str) -> None:
    assert BOOK.noc_for(item).code == "E1399"
    assert BOOK.noc_for("bed exit alarm").code == "A9280"


@pytest.mark.parametrize("item", ["transport chair", "wheelchair", "bariatric wheelchair"])
def test_a_whole_chair_is_never_the_wheelchair_parts_code(item: str) -> None:
    assert BOOK.noc_for(item).code != "K0108"
    assert BOOK.noc_for("joystick").code == "K0108"


@pytest.mark.parametrize(
    ("item", "noc"),
    [("hospital bed crank is missing, need the crank only", "A9900"),
     ("pendant on pts semi electric bed broke", "A9900"),
     ("axle plate for pts rigid chair", "K0108"),
     ("adjustable compression wrap with velcro for the forearm", "A6584"),
     ("nosey cup for pt with neck fusion", "A9999"),
     ("stander built from scratch for this patient", "K0900"),
     ("under-seat storage pouch fastened to the wheelchair frame", "K0108"),
     ("power chair from an overseas maker: PDAC says it meets no code's criteria", "K0899")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_broken_piece_a_chair_by_its_frame_and_a_close_group_are_read(item, noc) -> None:
    """A piece the biller says broke or went missing is a part of the item the search finds; a
    "rigid chair" is a wheelchair; a whole item close to one code goes to that code's group."""
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    ["replacement wheels (casters) for pts IV pole",
     "spare battery charger for the patient lift",
     "replacement hand control for pts seat lift mechanism",
     "clip-on cord organizer for the bed rail"],
)  # fmt: skip
def test_no_specific_code_is_warned_for_an_accessory_of_another_device(item: str) -> None:
    """The codes the search finds are made for another device (a wheelchair, a ventilator)."""
    assert BOOK.likely_specific(item) is None


def test_an_accessory_of_the_device_its_code_is_made_for_is_still_warned() -> None:
    assert BOOK.likely_specific("replacement casters for pts manual wheelchair") is not None


@pytest.mark.parametrize(
    ("item", "noc"),
    [("replaced two stripped screws on the patient's elbow orthosis", "L4210"),
     ("broken rivet on the BK prosthesis socket, minor parts", "L7510"),
     ("replaced a worn rivet on her KAFO at the repair visit", "L4210"),
     ("prosthetist swapped a bumper on his own BK leg", "L7510"),
     ("new velcro strap for the patient's ankle brace", "L9900")],
)  # fmt: skip
def test_replacing_minor_parts_of_an_orthosis_or_prosthesis_is_a_repair(item, noc) -> None:
    """L4210/L7510 repair or replace minor parts; a new strap with no repair is a supply."""
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("hospital bed: pendant cord chewed by the cat", "A9900"),
     ("seat lift chair quit working, replace the hand control only", "A9900"),
     ("wall-mounted stair glide chair for the split level house", "E1399")],
)  # fmt: skip
def test_a_piece_of_a_coded_item_is_told_from_a_whole_item(item, noc) -> None:
    """What broke belongs to the item named before the colon or before the breakage; a
    "wall-mounted" item is no mount."""
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("custom silicone prosthetic toe for a partial foot amputee", "L5999"),
     ("resorbable implant for the knee, no L code fits", "L8699"),
     ("backpack so the tube feeds can run while he is at school", "B9998"),
     ("swab sticks, sterile, for packing a wound tunnel", "A4649")],
)  # fmt: skip
def test_region_implant_and_supply_family_words_route_the_item(item, noc) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("extra wide manual wheelchair for a 650 lb patient, no catalog base fits", "E1220"),
     ("4 wheel scooter w basket, rated 500 lb", "K0812"),
     ("height adjustable toilet frame for a wheelchair user", "E1399"),
     ("wire frame to help pull on stockings each morning", "A6593")],
)  # fmt: skip
def test_whole_items_go_to_the_family_of_their_own_words(item, noc) -> None:
    """A word only one family uses ("wide") decides between families sharing the rest; a
    wheelchair user is a person, not a wheelchair; a frame is no part by its noun alone."""
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("right angle extension set for the patient's balloon button", "B9998"),
     ("elastic barrier strips around the edge of the wafer", "A4421"),
     ("penile sheath holder strap, not a catheter", "A4335")],
)  # fmt: skip
def test_supply_family_words_billers_use_route_to_the_supply_noc(item, noc) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("old AFO broke, needs a new custom AFO", "L2999"),
     ("pt's knee brace is worn out, needs a new one", "L2999"),
     ("prosthetic leg broke, needs a new socket", "L5999"),
     ("replacement strap for afo, worn out", "L9900")],
)  # fmt: skip
def test_a_broken_or_worn_out_item_is_no_repair_unless_a_minor_part_is_named(item, noc) -> None:
    """L4210/L7510 need a minor part or a repair named; a new item asked for keeps its NOC."""
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    ["install the grab bars in the shower", "set up the cpap machine",
     "pt needs help setting up the nebulizer", "pt needs a grab bar, we will install the bar"],
)  # fmt: skip
def test_setting_up_an_item_is_no_set_up_charge_unless_the_line_is_the_service(item) -> None:
    assert BOOK.noc_for(item).code != "A9901"
    assert BOOK.noc_for("labor to set up the hospital bed").code == "A9901"


@pytest.mark.parametrize(
    "item",
    ["hospital bed: hand control cord chewed by the dog",
     "walker wheels broke, replace wheels only", "walker: wheel broke", "cpap: power cord chewed",
     "recliner quit working, replace remote only"],
)  # fmt: skip
def test_a_piece_of_a_named_item_goes_with_that_item_not_a_wheelchair_or_supply(item) -> None:
    """A piece of a named item other than a wheelchair is a component of another code (A9900),
    never K0108 nor a supply family its piece's words suggest (a remote: dialysis wiring)."""
    assert BOOK.noc_for(item).code == "A9900"


@pytest.mark.parametrize(
    "item",
    [
        "low vision at dusk, asking for a reflector flag on the power wheelchair",
        "cup holder clipped on the armrest of the wheelchair",
    ],
)
def test_a_chair_accessory_after_the_patients_story_is_a_wheelchair_part(item: str) -> None:
    assert BOOK.noc_for(item).code == "K0108"


@pytest.mark.parametrize(
    ("item", "noc"),
    [("seat belt buckle screws, washers and spacer kit for his manual chair", "K0108"),
     ("rollator: brake cable frayed, cable only", "A9900"),
     ("seat lift chair: the hand pendant cord frayed, cord only", "A9900"),
     ("transport chair: the push handle grip foam wore off", "K0108"),
     ("pt's own walker - the glide cap wore through", "A9900"),
     ("lift chair seat mechanism only", "E1399")],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="noc")
def test_a_piece_of_a_coded_item_goes_to_its_components_code(item: str, noc: str) -> None:
    # A kit a part word names, for a chair, is a wheelchair component; a piece "only" (or worn
    # off, frayed) of an item named before it is a component of that item's code; an item
    # "only" with nothing named before it is that whole item.
    assert BOOK.noc_for(item).code == noc
