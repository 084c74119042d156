"""The device a biller names, not its disposable, its probe or what it serves: a stander by the
positions it takes, a pump by the drug it runs, oxygen refills as the month's contents, a
technician's labor on oxygen equipment (a concentrator named beside the labor too), a pulse
oximeter, one crutch of a pair, a shower stool, a multiple post collar and a wound pump's pad
by its area."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


def first(typed: str) -> str:
    return BOOK.search(typed, limit=1)[0].code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("pediatric stander, adjusts between supine and prone", "E0641"),
     ("standing frame for a teen with CP: face down, face up and upright", "E0641"),
     ("prone stander for a 5 year old", "E0638"),
     ("supine standing frame, child size", "E0638")],
)  # fmt: skip
def test_a_stander_is_read_by_how_many_positions_it_takes(typed: str, code: str) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    "typed",
    ["infusion pump for his IV treprostinil",
     "pump for his Veletri infusion, pulmonary hypertension",
     "prostacyclin infusion pump, uninterrupted"],
)  # fmt: skip
def test_a_pump_named_by_its_drug_is_the_uninterrupted_infusion_pump(typed: str) -> None:
    assert first(typed) == "K0455"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("portable gaseous oxygen refills for the month, patient owns the tanks", "E0443"),
     ("liquid o2 refills for the portable, this month", "E0444")],
)  # fmt: skip
def test_oxygen_refills_are_the_months_contents(typed: str, code: str) -> None:
    assert first(typed) == code


def test_a_refill_kit_elsewhere_stays_what_it_is() -> None:
    assert first("refill kit for her implanted infusion pump") == "A4220"


def test_labor_on_oxygen_equipment_is_the_oxygen_repair_code() -> None:
    assert first("technician labor, repairing an oxygen concentrator, 2 units of 15 min") == "K0740"
    assert first("wheelchair repair labor, 15 minute units") == "K0739"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("field technician labor on a home oxygen concentrator that keeps alarming, 1 hour", "K0740"),
     ("concentrator keeps shutting off; technician labor to diagnose it, 30 min", "K0740"),
     ("labour for servicing the patient's own concentrator, 2 x 15 minutes", "K0740"),
     ("oxygen concentrator for a copd patient, 2 lpm continuous", "E1390")],
)  # fmt: skip
def test_a_technicians_time_on_a_concentrator_is_the_labor_not_the_concentrator(
    typed: str, code: str
) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("fingertip pulse oximeter for checking spo2 at home", "E0445"),
     ("replacement finger probe for the pulse oximeter", "A4606")],
)  # fmt: skip
def test_an_oximeter_is_the_device_and_a_probe_its_part(typed: str, code: str) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("one aluminum underarm crutch, the other is fine", "E0116"),
     ("qty 1 wooden axillary crutch", "E0113"),
     ("aluminum underarm crutches for a sprained ankle", "E0114")],
)  # fmt: skip
def test_one_crutch_is_the_each_code_and_crutches_the_pair(typed: str, code: str) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("backless stool for sitting in the shower", "E0245"),
     ("shower chair with a back and arms", "E0240")],
)  # fmt: skip
def test_a_shower_stool_is_the_tub_stool_and_a_shower_chair_the_bath_chair(
    typed: str, code: str
) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("adjustable multi-post collar, chin and back-of-head supports", "L0180"),
     ("multiple post collar with adjustable cervical bars, taylor type", "L0190"),
     ("multiple post collar with adjustable bars and a thoracic extension", "L0200")],
)  # fmt: skip
def test_a_multiple_post_collar_is_told_by_its_bars_and_extension(typed: str, code: str) -> None:
    assert first(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("three absorbent pads of 40 square inches for the patient's wound vac", "K0745"),
     ("npwt pad, 70 sq in, for the belly wound", "K0746"),
     ("wound vac canister and dressing kit, monthly", "A6550"),
     ("wound vac pump rental, month 3", "E2402")],
)  # fmt: skip
def test_a_wound_pump_pad_typed_by_its_area_is_the_sized_dressing(typed: str, code: str) -> None:
    assert first(typed) == code
