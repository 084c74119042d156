"""A NOC code the biller keyed and doubts ("E1399 ok?"), where the search is sure of one
specific code, or of the one sibling by a feature the item says: the code the outcome bills."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.models import Claim
from tests.conftest import repository_content

BUILDER = repository_content().outcome
TODAY = dt.date(2026, 11, 28)
WRIST = "dynamic wrist splint, adjustable, does extension AND flexion, soft liner included"


def noc_claim(description: str, status: str = "not_submitted") -> Claim:
    return Claim.model_validate({
        "payer": {"type": "medicare", "state": "UT"},
        "date_of_service": "2026-11-20",
        "item": {"description": description, "category": "equipment", "acquisition": "rental",
                 "rental_month": 1},
        "code_check": {"searched": True, "chosen_code": "E1399", "candidates_reviewed": []},
        "claim": {"status": status},
    })  # fmt: skip


CAPPED_MONTH_ONE = {"RR", "KH"}  # a capped rental's month 1


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    ("description", "billed", "modifiers"),
    [(f"{WRIST}. rental month one. E1399 ok?", "E1805", CAPPED_MONTH_ONE),  # not E1807/E1808
     ("ankle dynamic splint, extension only direction, includes the padding. E1399??", "E1822",
      CAPPED_MONTH_ONE),
     ("static progressive finger splint (ROM adjustable). we've been billing E1399", "E1832",
      CAPPED_MONTH_ONE),
     # E0936 is "for use other than knee": a knee CPM is never it, however close it scores
     ("CPM for the knee after total knee replacement. I typed E1399, ok?", "E0935", set()),
     # the item says the short form the descriptor gives in brackets: "Electromyography (EMG)"
     ("EMG biofeedback device for pelvic floor, home use, keyed E1399", "E0746", set()),
     # "peds" is the descriptor's "pediatric size"; E1233 is "without seating system"
     ("Peds tilt-in-space RIGID adjustable w/ seating system. we were going to do E1399",
      "E1231", set()),
     ("static progressive finger splint, ROM adjustable. we've been sending E1399", "E1832",
      set()),
     # no likely code, but the search reads the item far ahead of any other code it shows
     ("ambulatory traction unit for the spine, he wears it while walking. went with E1399",
      "E0830", set()),
     ("bubble humidifier bottle for the oxygen regulator. E1399?", "E0555", set()),
     # the likely code adds nothing to its sibling's words, and the sibling's feature is unsaid
     ("portable sitz bath for post-op hemorrhoids, E1399 ok?", "E0160", set()),
     ("portable sitz bath w/ faucet attachment tubing. E1399?", "E0161", set()),
     # the item says E0118's street name, not its descriptor's "Crutch substitute"
     ("knee scooter, steerable, for a foot fracture. we've been sending E1399", "E0118",
      set())],
)  # fmt: skip
def test_a_doubted_noc_code_gives_way_to_the_code_the_item_reads_as(
    description: str, billed: str, modifiers: set[str]
) -> None:
    outcome = BUILDER.build(noc_claim(description), TODAY)
    assert outcome.code == billed
    assert any(f"bills {billed} instead of E1399" in w for w in outcome.warnings)
    assert modifiers <= set(outcome.modifiers)


@pytest.mark.parametrize(
    "description",
    [WRIST,  # no word on how the NOC code was chosen
     "toe device dynamic, goes both ext and flex, month 1 rental. E1399??",  # three siblings
     "EXTRA heavy duty bed, 750 lb capacity, rails. we've been using E1399"],  # no "trapeze"
)  # fmt: skip
def test_a_noc_code_stays_when_nothing_settles_the_code(description: str) -> None:
    assert BUILDER.build(noc_claim(description), TODAY).code == "E1399"


def test_a_noc_line_already_sent_keeps_its_code() -> None:
    claim = noc_claim(f"{WRIST}. E1399 ok?", status="submitted")
    assert BUILDER.build(claim, TODAY).code == "E1399"


def keyed_specific(description: str, code: str, base: str | None) -> Claim:
    claim = noc_claim(description).model_dump()
    claim["item"].update(acquisition="new_purchase", rental_month=None, base_item_code=base)
    claim["code_check"]["chosen_code"] = code
    return Claim.model_validate(claim)


@pytest.mark.parametrize(
    ("description", "keyed", "base", "billed"),
    [("cranial electrotherapy (CES) ear clip electrodes + solution, monthly. keyed A4595 (tens "
      "supplies) - ok?", "A4595", "E0732", "A4596"),
     # A sibling by a feature (width for depth) is not replaced on the search's word alone.
     ('manual w/c nonstandard seat frame 26" wide. coded E2201 but thats 20-23 right?', "E2201",
      "K0006", "E2201")],
)  # fmt: skip
def test_a_keyed_code_gives_way_to_a_code_the_search_reads_far_ahead(
    description: str, keyed: str, base: str, billed: str
) -> None:
    assert BUILDER.build(keyed_specific(description, keyed, base), TODAY).code == billed


def test_a_paid_rental_sent_with_the_wrong_month_modifier_is_reopened() -> None:
    claim = keyed_specific("knee device month 2 PAID but we sent KH instead of KI on it. fix?",
                           "E1813", None).model_dump()  # fmt: skip
    claim["item"].update(acquisition="rental", rental_month=2)
    claim["claim"].update(status="paid", submitted_on="2026-11-21", determination_date="2026-11-27")
    outcome = BUILDER.build(Claim.model_validate(claim), TODAY)
    assert "reopening" in {step.id for step in outcome.follow_up}


def supply(description: str, base: str) -> Claim:
    claim = noc_claim(description).model_dump()
    claim["item"].update(category="supply_accessory", acquisition="new_purchase",
                         rental_month=None, base_item_code=base)  # fmt: skip
    return Claim.model_validate(claim)


@pytest.mark.parametrize(
    ("description", "base", "billed"),
    [("new handgrip for her quad cane. E1399 is what we normally do", "E0105", "A4636"),
     ("cpap humidifier tub replacement. coded misc", "E0601", "A7046"),
     ("new handgrip for her quad cane", "E0105", "E1399")],  # nothing said of the NOC code
)  # fmt: skip
def test_a_noc_code_keyed_from_habit_gives_way_to_the_supply_code(
    description: str, base: str, billed: str
) -> None:
    assert BUILDER.build(supply(description, base), TODAY).code == billed


def test_a_paid_line_billed_with_fewer_units_than_delivered_is_reopened() -> None:
    claim = keyed_specific("PAID, but we billed 1 unit instead of 2 on the battery line",
                           "E2361", "K0823").model_dump()  # fmt: skip
    claim["claim"].update(status="paid", submitted_on="2026-11-21", determination_date="2026-11-27")
    outcome = BUILDER.build(Claim.model_validate(claim), TODAY)
    assert "reopening" in {step.id for step in outcome.follow_up}


def prosthesis(description: str, reviewed: tuple[str, ...] = ()) -> Claim:
    claim = noc_claim(description).model_dump()
    claim["item"].update(category="prosthetic", acquisition="new_purchase", rental_month=None)
    claim["code_check"].update(chosen_code="L8039", candidates_reviewed=list(reviewed))
    return Claim.model_validate(claim)


@pytest.mark.parametrize(
    ("description", "billed"),
    # a feature said absent rules out the sibling that has it, not the one "without" it
    [("silicone breast form, no adhesive on the back. L8039 ok?", "L8030"),
     ("breast form, silicone, non adhesive - we keyed L8039", "L8030"),
     ("silicone breast prosthesis with integral adhesive. L8039 ok?", "L8031")],
)  # fmt: skip
def test_a_feature_the_item_says_it_lacks_settles_the_sibling(
    description: str, billed: str
) -> None:
    assert BUILDER.build(prosthesis(description), TODAY).code == billed


def walker(description: str, reviewed: list[str]) -> Claim:
    claim = noc_claim(description).model_dump()
    claim["item"].update(acquisition="new_purchase", rental_month=None)
    claim["code_check"]["candidates_reviewed"] = reviewed
    return Claim.model_validate(claim)


@pytest.mark.sweep(n=3, by="billed")
@pytest.mark.parametrize(
    ("description", "billed"),
    [("knee walker", "E0118"),  # reviewed and passed over with no word: the search's code
     ("knee walker - looked at E0118 but it isn't right for this one", "E1399"),
     ("knee walker. E0118 is not it", "E1399"),
     # a judgment of something else in the sentence, or of the NOC code, turns no code down
     ("knee walker. E0118, not right now, the pt wants the delivery next week", "E0118"),
     ("knee walker, reviewed E0118 - the patient is not the same size as the demo", "E0118"),
     ("knee walker, looked at E0118. the payer says E1399 is the wrong code", "E0118")],
)  # fmt: skip
def test_a_reviewed_code_the_biller_says_is_not_the_item_is_not_billed(
    description: str, billed: str
) -> None:
    outcome = BUILDER.build(walker(description, ["E0118"]), TODAY)
    assert outcome.code == billed
    assert any("E0118" in w for w in outcome.warnings)  # still named, with the way to bill it


def test_an_excluded_item_billed_e1399_with_gy_is_told_of_its_own_code() -> None:
    """F16.10: a non-covered item with its own code is billed with that code and GY, not E1399;
    a whirlpool insert (E1300/E1301, coverage M) is a whole item, never A9900's component."""
    claim = Claim.model_validate({
        "payer": {"type": "medicare", "state": "WA"},
        "date_of_service": "2026-10-05",
        "item": {"description": "whirlpool bath insert", "category": "equipment",
                 "manufacturer": "Aquatic", "model": "X1", "quantity": 1,
                 "unit_price": "700.00", "acquisition": "new_purchase"},
        "code_check": {"searched": True, "chosen_code": "E1399"},
        "expect_medicare_denial": True, "denial_reason": "statutory_exclusion",
    })  # fmt: skip
    outcome = BUILDER.build(claim, TODAY)
    assert "GY" in outcome.modifiers
    assert any("specific code likely exists" in w and "E1301" in w for w in outcome.warnings)
    assert not any("A9900" in w for w in outcome.warnings), outcome.warnings
