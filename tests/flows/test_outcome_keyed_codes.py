"""A specific code the biller keyed that is not the item, and a terminated code the item and
the code's own descriptor both read as another: the code the outcome bills instead."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.models import Claim
from tests.conftest import repository_content

BUILDER = repository_content().outcome
TODAY = dt.date(2026, 11, 28)
POWERED_LIFT = (
    "electric patient lift w/ full body sling, first month rental. we had E0630 but this one "
    "is powered not hydraulic"
)


def keyed_claim(description: str, code: str, payer: str = "medicare", status: str =
                "not_submitted", acquisition: str = "rental",
                reviewed: list[str] | None = None) -> Claim:  # fmt: skip
    return Claim.model_validate({
        "payer": {"type": payer, "state": "NJ"},
        "date_of_service": "2026-11-20",
        "item": {"description": description, "category": "equipment", "acquisition": acquisition,
                 "rental_month": 1 if acquisition == "rental" else None},
        "code_check": {"searched": True, "chosen_code": code,
                       "candidates_reviewed": reviewed or []},
        "claim": {"status": status},
    })  # fmt: skip


@pytest.mark.parametrize("payer", ["medicare", "commercial"])
def test_a_keyed_code_the_item_is_not_gives_way_to_the_code_it_reads_as(payer: str) -> None:
    outcome = BUILDER.build(keyed_claim(POWERED_LIFT, "E0630", payer), TODAY)
    assert outcome.code == "E0635"
    assert any("bills E0635 instead of E0630" in w for w in outcome.warnings)
    assert any("put it back" in w for w in outcome.warnings)  # the way back is said


def test_the_modifiers_follow_the_code_billed_instead() -> None:
    """The capped-rental month modifier is the new code's: E0635 rented in month 1 gets KH."""
    outcome = BUILDER.build(keyed_claim(POWERED_LIFT, "E0630"), TODAY)
    assert {"RR", "KH"} <= set(outcome.modifiers)


@pytest.mark.parametrize(
    "question", ["", ". do we need a CMN for E0630", ". did the E0630 get delivered"]
)
def test_a_specific_code_with_no_word_on_how_it_was_keyed_is_kept(question: str) -> None:
    """A question about the line's code says nothing of how it was keyed."""
    lift = "electric patient lift w/ full body sling, first month rental" + question
    assert BUILDER.build(keyed_claim(lift, "E0630"), TODAY).code == "E0630"


def test_a_code_named_as_the_item_itself_is_kept() -> None:
    claim = keyed_claim("O2 concentrator E1390 - billing rental month 38??", "E1390")
    assert BUILDER.build(claim, TODAY).code == "E1390"


@pytest.mark.parametrize("reviewed", [["E0912"], []])
def test_a_keyed_code_gives_way_to_the_reviewed_code_the_search_is_sure_of(
    reviewed: list[str],
) -> None:
    """The biller reviewed E0912 (heavy duty trapeze) and kept E0940: the review and the search
    agree. Not reviewed, the item's "410 lb" is over E0940's standard
    trapeze and the search reads E0912 first (code_details.yaml): E0912 again, said that way."""
    trapeze = "Heavy duty FREE-STANDING trapeze w/ grab bar, pt 410 lb (we had it as E0940)"
    outcome = BUILDER.build(keyed_claim(trapeze, "E0940", reviewed=reviewed), TODAY)
    assert outcome.code == "E0912"
    assert any("You reviewed E0912" in w for w in outcome.warnings) is bool(reviewed)
    said = any("the item says 410 pounds" in w for w in outcome.warnings)
    assert said is not bool(reviewed)


def test_a_line_already_sent_keeps_its_code() -> None:
    outcome = BUILDER.build(keyed_claim(POWERED_LIFT, "E0630", status="submitted"), TODAY)
    assert outcome.code == "E0630"


@pytest.mark.parametrize(
    ("description", "terminated", "billed", "acquisition"),
    [("electric seat lift mechanism for her own recliner (separate mechanism). EHR auto-fills "
      "E0628", "E0628", "E0627", "new_purchase"),
     ("home vent used with a mask (non-invasive), monthly rental. superbill still lists E0461",
      "E0461", "E0466", "rental")],
)  # fmt: skip
def test_a_terminated_code_moves_where_its_item_and_its_descriptor_both_read(
    description: str, terminated: str, billed: str, acquisition: str
) -> None:
    outcome = BUILDER.build(keyed_claim(description, terminated, acquisition=acquisition), TODAY)
    assert outcome.code == billed
    assert any(f"{terminated} was terminated on" in w and billed in w for w in outcome.warnings)


@pytest.mark.parametrize(
    ("description", "repaired"),
    [("hand pendant on her semi-electric hosp bed cracked, replacing pendant only. tech put "
      "K0108 (wheelchair?)", "E0260"),
     ("hand control for the seat lift mechanism (pt owns it) died, replace", "E0627")],
)  # fmt: skip
def test_k0108_on_a_part_of_an_item_that_is_not_a_wheelchair_goes_to_that_items_noc_code(
    description: str, repaired: str
) -> None:
    """K0108 is for wheelchair parts only: a bed's or a seat lift's part is DME miscellaneous,
    whatever the part's words (or the biller's "wheelchair?") suggest."""
    claim = keyed_claim(description, "K0108", acquisition="repair")
    claim = claim.model_copy(
        update={"item": claim.item.model_copy(update={"repair_of_code": repaired})}
    )
    outcome = BUILDER.build(claim, TODAY)
    assert outcome.code == "E1399"
    assert any("bills E1399, the NOC code for that kind of item" in w for w in outcome.warnings)
    assert "RB" in outcome.modifiers


@pytest.mark.parametrize(
    ("description", "keyed", "billed"),
    [("tongue NMES mouthpiece, 90-day, used w/ the HARDWARE remote control unit. we keyed E0493",
      "E0493", "E0491"),
     ("TRICARE: tongue NMES mouthpiece with hardware remote, 90 day. we coded K1029 (old)",
      "K1029", "E0491"),
     ("non segmental half-arm sleeve for the pump she already owns. is it E0665?", "E0665",
      "E0655")],
)  # fmt: skip
def test_a_code_whose_sibling_has_the_feature_the_item_says_gives_way_to_the_sibling(
    description: str, keyed: str, billed: str
) -> None:
    """E0493 and K1029 (now E0493) are the mouthpiece run by a phone app; with a hardware remote it
    is E0491. A full-arm sleeve said to be half-arm is the half-arm code, not a segmental one."""
    outcome = BUILDER.build(keyed_claim(description, keyed, acquisition="new_purchase"), TODAY)
    assert outcome.code == billed
    assert any(billed in w and keyed in w for w in outcome.warnings)


def test_the_mouthpiece_run_by_the_phone_app_keeps_its_code() -> None:
    app = "tongue stim mouthpiece that runs off the phone app (90 day supply). we keyed E0493"
    outcome = BUILDER.build(keyed_claim(app, "E0493", acquisition="new_purchase"), TODAY)
    assert outcome.code == "E0493"


@pytest.mark.parametrize(
    ("description", "keyed", "billed"),
    [("skin protection ADJUSTABLE cushion, 24 inch width. E2622 on the ticket (<22)", "E2622",
      "E2623"),
     ("scooter group 1 very heavy duty (pt 480 lb). intake used K0801", "K0801", "K0802"),
     # The 301-450 lb class's code with the keyed code's sling/solid seat (flows/power_bases.py).
     ("group 3 power chair, pt is 380 lbs -- we entered K0848 (std)", "K0848", "K0850")],
)  # fmt: skip
def test_a_keyed_code_whose_size_the_item_is_outside_gives_way_to_the_size_it_states(
    description: str, keyed: str, billed: str
) -> None:
    outcome = BUILDER.build(keyed_claim(description, keyed, acquisition="new_purchase"), TODAY)
    assert outcome.code == billed


@pytest.mark.parametrize(
    ("description", "keyed", "billed"),
    [("stationary concentrator w/ dual delivery ports for 2 cannulas, month 3 rental. billing has "
      "E1390 - that's the single port code isn't it?", "E1390", "E1391"),
     ("UV light therapy cabinet 6 ft, multidirectional, pt stands inside. we used E0693 like the "
      "6 ft panel", "E0693", "E0694"),
     # The item's own sentence says the keyed code's feature: the keyed code stays.
     ("stationary O2 concentrator w/ a single delivery port, rental month 3. we keyed E1390, not "
      "the dual one?", "E1390", "E1390")],
)  # fmt: skip
def test_words_about_the_keyed_code_do_not_count_as_the_items(
    description: str, keyed: str, billed: str
) -> None:
    """The sentence naming the keyed code says what that code is ("the single port code"), not
    what the item is: the item's own words settle the sibling."""
    outcome = BUILDER.build(keyed_claim(description, keyed), TODAY)
    assert outcome.code == billed
    assert any(f"bills {billed} instead of {keyed}" in w for w in outcome.warnings) is (
        billed != keyed
    )


@pytest.mark.parametrize(
    ("code", "description", "billed"),
    [("E0240", "bath tub wall rail, grab bar", "E0240"),  # the biller's own specific code
     ("E1399", "bath tub wall rail grab bar", "E0241")],  # a NOC line the item has a code for
)  # fmt: skip
def test_an_n350_denial_on_a_line_with_a_specific_code_bills_that_code_anew(
    code: str, description: str, billed: str
) -> None:
    claim = keyed_claim(description, code, acquisition="new_purchase")
    denied = {"status": "denied", "submitted_on": dt.date(2026, 11, 21),
              "determination_date": dt.date(2026, 11, 25),
              "denial_codes": ["CO-16", "N350", "MA130"]}  # fmt: skip
    claim.claim = claim.claim.model_copy(update=denied)
    found = BUILDER.build(claim, TODAY)
    step = next(f.action for f in found.follow_up if f.id == "new_claim")
    assert found.code == billed and "new claim with the code and modifiers" in step
    # said of the line either way: a NOC line is not resent with only a corrected narrative
    assert "If the line went out under a NOC code" in step
    assert "The NOC line was" not in step and "not the NOC code with" not in step
