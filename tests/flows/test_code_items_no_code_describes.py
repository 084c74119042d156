"""Items no specific code describes get no far-fetched candidates and the right NOC advice: a
ceiling lift is no bathroom lift, car hand controls are no wheelchair or feeding part, small
parts are paid with their accessory, and a shower commode with tilt is no power wheelchair."""

from __future__ import annotations

import pytest

from tests.flows.code_book import BOOK


def codes(item: str) -> list[str]:
    return [c.code for c in BOOK.search(item, limit=5)]


def test_a_ceiling_track_lift_is_offered_the_lift_codes_and_never_the_bathroom_lift() -> None:
    item = "portable ceiling track lift motor unit"
    assert codes(item)[:2] == ["E0640", "E0639"]
    assert BOOK.noc_for(item).code == "E1399"
    assert BOOK.noc_for("bath lift that lowers her into the tub").code == "E0625"


@pytest.mark.parametrize(
    "item", ["hand-controlled driving kit for car", "hand controls for driving his van"]
)
def test_car_hand_controls_get_no_candidates_and_say_medicare_has_no_benefit(item: str) -> None:
    advice = BOOK.noc_for(item)
    assert codes(item) == [] and BOOK.likely_specific(item) is None
    assert advice.code == "E1399" and "GY" in advice.why and "414.202" in advice.why


def test_a_power_wheelchair_hand_control_keeps_its_code() -> None:
    assert "E2373" in codes("hand control interface, compact remote joystick, proportional, pwc")


def test_small_parts_advice_says_a_line_of_their_own_is_denied() -> None:
    advice = BOOK.noc_for("nuts bolts screws for wheelchair")
    assert advice.code == "K0108" and "CO-97" in advice.why
    assert "CO-97" not in BOOK.noc_for("cup holder for power chair").why


@pytest.mark.parametrize(
    ("item", "far_fetched"),
    [("pediatric adaptive car seat", "E1358"),
     ("folding portable wheelchair ramp 6 ft", "E0693"),
     ("bariatric rollator 500 lb", "A4217"),
     ("rehab shower commode chair with tilt", "K0856")],
)  # fmt: skip
def test_no_candidate_that_shares_only_a_stem_or_a_number(item: str, far_fetched: str) -> None:
    assert far_fetched not in codes(item)


def test_a_transfer_board_to_a_car_seat_keeps_its_code() -> None:
    assert codes("slides from chair to car seat - one transfer board")[0] == "E0705"
