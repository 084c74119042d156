"""The PHI guard on a maker named with two dictionary words and no company word ("Delta
Breeze"), in talk of its goods, and on a nursing facility or a charity by name ("Oak Grove
Post-Acute"): the message is answered; a patient's name in the same shape, or with a patient's
word beside it, is still refused, as is a dead patient's estate by name."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "serial 5TJ3X64QF69 (Summit Ridge tilt kit, box 1 of 2)",
        "MSRP letter from Delta Breeze dated 02/28/2025 — good enough for JD?",
        "Coral Harbor shipped the replacement seat pan FedEx, should land Wed",
        "RMA 27336435 for the cracked armrest, Delta Breeze says 10 business days",
    ],
)
def test_a_maker_named_by_two_dictionary_words_is_not_a_person(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "pt Delta Breeze needs the tray mount serial for her chair",
        "Rose Hill shipped her walker back to us",
        "Summer Breeze called about her bill",
    ],
)
def test_a_person_named_so_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "probate letter: Estate of Cresencia Bautista, executor is the niece, what do we send",
        "the estate of Harold Wexley wants the rental refund",
    ],
)
def test_a_patients_estate_by_name_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


def test_real_estate_talk_is_answered() -> None:
    assert scan("the real estate of the old warehouse is for sale").kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "Oak Grove Post-Acute — central supply ext. 311",
        "Willow Creek Subacute wants the loaner back",
        "Sister Mary Catherine at the Catholic Charities senior program asked about chairs",
    ],
)
def test_a_nursing_facility_or_a_charity_by_name_is_not_a_person(text: str) -> None:
    assert "name" not in scan(text).kinds


def test_a_patient_at_such_a_facility_is_still_refused() -> None:
    assert "name" in scan("pt Mary Charity at Oak Grove Post-Acute needs a walker").kinds
