"""What a biller says of their own line reaches the NOC routing: a word taken back while
typing, a code looked for and not found, a garment worn at night, an aid for daily living."""

from __future__ import annotations

import pytest

from flows.item_corrections import without_taken_back
from tests.conftest import repository_content

BOOK = repository_content().codes


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("bed alarm pad? no - reusable pull-up underwear", "reusable pull-up underwear"),
        ("power chair: seat belt bracket... no, the plate", "power chair: the plate"),
        ("flush for the PEG... wait no, for home IV push", "flush for home IV push"),
        ("hospital bed, no mattress", "hospital bed, no mattress"),
        ("side rails? no", "side rails? no"),
    ],
)
def test_what_the_biller_takes_back_is_not_read(typed: str, meant: str) -> None:
    assert without_taken_back(typed) == meant


def test_an_item_taken_back_does_not_route_the_line() -> None:
    said = "door alarm? no - washable pull-up underwear with a built-in pad"
    assert BOOK.noc_for(said).code == "A4335"


def test_a_biller_who_found_nothing_in_the_codes_gets_no_warning() -> None:
    said = "KAFO addition: a custom thigh pad the orthotist made, nothing in the L2 codes matches"
    assert BOOK.likely_specific(said) is None
    assert BOOK.noc_for(said).code == "L2999"  # a knee orthosis's addition, not a spinal one


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [
        ("night compression sleeve for the forearm and hand", "A6519"),
        ("buttoning aid with a zipper hook, fat handle", "A9999"),
        ("long handled back scrubber for a pt who can't reach", "A9999"),
        ("emergency alert button (pendant) for a pt who lives alone", "A9280"),
        ("FES cycle for home use, T10 paraplegic", "E0770"),
        ("antimicrobial wound powder for a venous ulcer, per gram", "A6262"),
        ("home hemodialysis equipment no code describes", "E1699"),
        ("bath frame built for one patient, not a wheelchair", "K0900"),
        ("manual wheelchair base that fits none of K0001-K0007", "K0009"),
        # made for a patient's body: customized, not a part of an upper limb prosthesis
        ("custom-built bath/commode chair made for one patient's body, not a wheelchair", "K0900"),
        # a keyguard is a speech generating device's accessory, named or described
        ("keyguard for pts talker", "E2599"),
        (
            "speech device user: the clear acrylic guard with finger holes over the tablet screen",
            "E2599",
        ),
        # a strip or strap that lengthens a compression wrap is the wrap's accessory
        (
            "hook-and-loop extension strips that lengthen her leg wrap as the swelling goes down - "
            "accessory only",
            "A6593",
        ),
    ],
)
def test_the_family_billers_name_the_item_by(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [
        # the patient's story before a semicolon is context: the item follows it
        ("her fingers are too stiff to pull up the 20-30s; stocking butler to help put them on",
         "A6593"),
        # a whole chair named first, then the piece that broke: the chair's part
        ("power wheelchair: the controller-to-motor wiring harness was chewed, harness only",
         "K0108"),
        ("mobility scooter: the throttle lever cracked off, lever only", "K0108"),
        ("manual tilt-in-space chair: the gas spring that holds the tilt leaks down, spring only",
         "K0108"),
    ],
)  # fmt: skip
def test_the_item_after_a_story_or_the_piece_after_its_item_is_routed(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


def test_dialysis_equipment_is_named_by_the_noun_the_cms_file_names_equipment_by() -> None:
    # "pump" names infusion and breast pumps (E codes) more than supplies, though supply
    # descriptors mention pumps more often
    assert BOOK.noc_for("booster pump for the home hemo RO water system").code == "E1699"
    assert BOOK.noc_for("tape strips for home hemodialysis").code == "A4913"


def test_a_claim_or_code_the_biller_is_asked_for_names_no_item() -> None:
    said = "battery toilet lift that raises pt to standing, knee OA, member wants a GY claim"
    assert BOOK.noc_for(said).code == "E0625"


@pytest.mark.parametrize(
    ("item", "noc"),
    [("tilt frame the DME PDAC coded as K0009 on its coding letter", "K0009"),
     ("power base, per the PDAC verification letter it is K0014", "K0014"),
     ("power base the PDAC says is not K0014, it meets no group's criteria", "K0899")],
)  # fmt: skip
def test_a_noc_code_the_pdac_gave_the_product_is_billed_as_coded(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    ("item", "noc"),
    [("tilt base: our PDAC letter calls it other manual wheelchair/base", "K0009"),
     ("per the PDAC coding letter this rehab chair is power wheelchair, not otherwise classified",
      "K0898"),
     ("scooter listed by the PDAC as power operated vehicle NOC", "K0812"),
     ("old-style power base, PDAC verification letter says other motorized base", "K0014"),
     ("rough-terrain power chair that has not been coded by the PDAC (power wheelchair noc?)",
      "K0899")],
)  # fmt: skip
def test_a_noc_code_the_pdac_letter_names_in_words_is_billed_as_named(item: str, noc: str) -> None:
    assert BOOK.noc_for(item).code == noc


@pytest.mark.parametrize(
    "item",
    ["power standing wheelchair that the PDAC verified as power wheelchair NOC",
     "power tilt wheelchair, PDAC verification letter says K0898",
     "rehab tilt chair our PDAC coding letter names other manual wheelchair/base"],
)  # fmt: skip
def test_a_product_the_pdac_coded_as_a_noc_code_is_warned_of_no_specific_code(item: str) -> None:
    # the standing or tilt system alone has its own accessory code; the whole chair the PDAC
    # coded is billed as coded, with no "a specific code likely exists" warning beside it
    assert BOOK.noc_for(item).code in ("K0898", "K0009")
    assert BOOK.likely_specific(item) is None


def test_a_power_mobility_device_for_no_child_is_no_pediatric_power_wheelchair() -> None:
    adult_device = "self-balancing standing power mobility device for an adult"
    assert BOOK.noc_for(adult_device).code != "E1239"
    assert BOOK.noc_for("power mobility device for a 3 yo, ride-on style").code == "E1239"


@pytest.mark.sweep(n=3, by="noc")
@pytest.mark.parametrize(
    ("item", "noc"),
    [("labour for the hospital bed motor swap, 1.5 hours, owned bed", "K0739"),
     ("our tech spent 2 hrs rewiring her power chair joystick, bill the labor", "K0739"),
     ("labor 45 min to replace the valve on a pt-owned oxygen concentrator", "K0740"),
     ("orthotist labor, 1 hour, replacing the uprights on an old KAFO", "L4205"),
     ("labor 30 minutes rebuilding the socket on a below knee prosthesis", "L7520"),
     ("replaced two stripped screws on the elbow orthosis, labor to follow", "L4210")],
)  # fmt: skip
def test_repair_labor_billed_by_time_is_the_labor_code_of_what_was_repaired(item, noc) -> None:
    """K0739, K0740, L4205 and L7520 are the labor lines of a repair, per 15 minutes; a minor
    part named goes on its own repair line (L4210)."""
    advice = BOOK.noc_for(item)
    assert advice.code == noc
    assert "15 minutes" in advice.why
