"""A specific code whose descriptor the item's own words contradict (half length for "full
length rails", quad for "single tip"): the outcome names both codes and the detail, and bills
the other code only when the search also reads the item first as it or the biller tells of
keying the code; a code the item agrees with is left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.models import Claim
from tests.conftest import repository_content

BUILDER = repository_content().outcome
TODAY = dt.date(2026, 11, 28)


def chosen(description: str, code: str, status: str = "not_submitted") -> Claim:
    return Claim.model_validate({
        "payer": {"type": "commercial", "state": "MA"},
        "date_of_service": "2026-11-20",
        "item": {"description": description, "category": "equipment",
                 "acquisition": "new_purchase"},
        "code_check": {"searched": True, "chosen_code": code, "candidates_reviewed": []},
        "claim": {"status": status},
    })  # fmt: skip


def contradicted(warnings: list[str]) -> list[str]:
    return [w for w in warnings if "but the item says" in w]


RAILS = "full length bed rails to go with the hosp bed, purchase"


@pytest.mark.parametrize(
    ("description", "code", "better", "detail"),
    [
        (RAILS, "E0305", "E0310", "full length"),
        ("sitz bath that sits in the toilet, bag w/ tubing (no faucet hookup)", "E0161", "E0160",
         "no faucet attachment"),
        ("CPM shoulder after rotator cuff repair, 3 wks rental", "E0935", "E0936",
         "a joint other than the knee"),
        ("drop-arm commode chair, arms fold down", "E0163", "E0165", "detachable arms"),
        ("commode chair with detachable arms", "E0163", "E0165", "detachable arms"),
        # a code the biller tells of keying, wherever the search reads the other code
        ("drop-arm bedside commode for slide board transfers; intake keyed E0163", "E0163",
         "E0165", "detachable arms"),
        # the code's gloss in brackets is the code's words, not the item's
        ("keyed E0163 (fixed arm one) but the arms come off for transfers", "E0163", "E0165",
         "detachable arms"),
        ("inflatable heel elevator, we billed E0191 (heel protector) last time", "E0191",
         "E0370", "an air pressure elevator"),
        ("bench that straddles the tub wall, E0245 from the old template", "E0245", "E0247",
         "a transfer bench"),
    ],
)  # fmt: skip
def test_a_code_the_item_contradicts_read_second_or_keyed_is_replaced(
    description: str, code: str, better: str, detail: str
) -> None:
    outcome = BUILDER.build(chosen(description, code), TODAY)
    assert outcome.code == better
    (warning,) = contradicted(outcome.warnings)
    assert f"{code} (" in warning and f"{better} (" in warning
    assert f"the item says {detail}" in warning
    assert "put it back" in warning  # the way back is said


@pytest.mark.parametrize(
    ("description", "code", "better", "detail"),
    [
        ("offset cane aluminum, single tip", "E0105", "E0100", "a single tip"),
        ("folding walker without wheels, adult", "E0130", "E0135", "a folding frame"),
    ],
)
def test_a_contradicted_code_the_search_does_not_read_first_is_warned_and_kept(
    description: str, code: str, better: str, detail: str
) -> None:
    outcome = BUILDER.build(chosen(description, code), TODAY)
    assert outcome.code == code
    (warning,) = contradicted(outcome.warnings)
    assert f"{code} (" in warning and f"{better} (" in warning
    assert f"the item says {detail}" in warning


def test_a_line_already_sent_is_warned_not_recoded() -> None:
    outcome = BUILDER.build(chosen(RAILS, "E0305", status="submitted"), TODAY)
    assert outcome.code == "E0305"
    assert len(contradicted(outcome.warnings)) == 1


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("half length bed rails for the hosp bed", "E0305"),
        ("quad cane, small base, aluminum", "E0105"),
        ("sitz bath w/ faucet attachment", "E0161"),
        ("CPM knee after TKA, 3 wks rental", "E0935"),
        ("standing frame for home (not mobile, fixed)", "E0638"),
        ("urostomy pouch w/ faucet? no - closed pouch w/o barrier x 20", "A5052"),
        # "bariatric" reads heavy duty, but no positioning cushion code says it: a commode
        # chair's E0168 is never named for a cushion
        ('positioning seat cushion 24" wide for bariatric chair', "E2606"),
        # an item saying both values says neither
        ("bed rails, half length on one side and full length on the other", "E0305"),
        # a code the biller tells of keying, the item agreeing with it
        ("foam heel protector boot, intake keyed E0191", "E0191"),
        ("bedside commode, fixed arms, keyed E0163", "E0163"),
        ("commode w/ detachable arms, coded E0165 (detachable arms)", "E0165"),
        ("non-folding pickup walker, adult", "E0130"),
        ("folding walker without wheels, adult", "E0135"),
        # E0148 and E0168 say either value: any frame or arms fit them
        ("heavy duty walker, rigid frame, no wheels", "E0148"),
        ("bariatric drop-arm commode, extra wide", "E0168"),
    ],
)
def test_a_code_the_item_agrees_with_is_left_alone(description: str, code: str) -> None:
    outcome = BUILDER.build(chosen(description, code), TODAY)
    assert outcome.code == code
    assert contradicted(outcome.warnings) == []


@pytest.mark.parametrize(
    ("description", "code", "billed", "better", "item_says"),
    [
        # every figure read, 310-390 too; each code's bounds from its own descriptor
        ("transport chair, 350 lb capacity", "E1038", "E1039", "E1039", "350 pounds"),
        ("transport chair 300 lb", "E1039", "E1038", "E1038", "300 pounds"),
        ("commode chair rated 350 lb", "E0163", "E0163", "E0168", "350 pounds"),
        # the heavy-duty walker without wheels, as E0135 is, never the wheeled E0149
        ("heavy duty folding walker 400 lb", "E0135", "E0135", "E0148", "400 pounds"),
        # E0168 is "with or without arms": a heavy drop-arm commode is still E0168
        ("1000 lb heavy duty drop-arm commode", "E0165", "E0168", "E0168", "1000 pounds"),
        # E0303 is heavy duty but says no electric adjustment: named, never billed
        ("full electric bed 450 lb", "E0265", "E0265", "E0303", "450 pounds"),
    ],
)  # fmt: skip
def test_a_weight_over_the_chosen_codes_capacity_names_the_code_for_it(
    description: str, code: str, billed: str, better: str, item_says: str
) -> None:
    outcome = BUILDER.build(chosen(description, code), TODAY)
    assert outcome.code == billed
    (warning,) = contradicted(outcome.warnings)
    assert f"{better} (" in warning and f"the item says {item_says}" in warning


def test_a_weight_over_the_heavy_duty_trapezes_250_pounds_bills_it() -> None:
    outcome = BUILDER.build(chosen("trapeze bar attached to bed, 275 lb patient", "E0910"), TODAY)
    assert outcome.code == "E0911"


@pytest.mark.parametrize(
    ("description", "code"),
    [
        # the heavy-duty bed is for over 350 pounds
        ("semi-electric hospital bed, 325 lbs", "E0260"),
        ("trapeze bar attached to bed, 250 lb patient", "E0910"),
        # a meter that beeps or alarms does not speak its results
        ("blood glucose meter with audible alarm beep", "E0607"),
    ],
)
def test_a_weight_or_sound_the_chosen_code_allows_is_left_alone(
    description: str, code: str
) -> None:
    outcome = BUILDER.build(chosen(description, code), TODAY)
    assert outcome.code == code
    assert contradicted(outcome.warnings) == []
