"""The PHI guard on a patient's name written "Last, First" after a patient's word, as a chart or
a Medi-Cal card prints it, also when neither word is in a name list ("Patient: MEAS,
Sokunthea"), also two spellings of it compared, or a full name after Punjabi "Sardar"; two of
the bot's own words, a payer, a clinician or a sign-off there are answered."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Patient: MEAS, Sokunthea",
        "Patient Ngov, Sreymom — the CSR spelled it differently, Brightree shows 2 charts",
        'pt name on Medi-Cal is "NOLASTNAME, SOPHAL" — really',
        "Brightree audit log: user viewed patient 667061 (ROS, SOPHEAP)",
        "member: CHHOEUN, Phalla — the auth is under her",
    ],
)
def test_a_last_first_after_a_patient_word_is_a_name(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "pt: Walker, Rollator — which one do we bill?",
        "patient: Medicare, Part B primary",
        "patient: yes, Medicare is primary",
        "Patient: Smith, MD signed the order",
    ],
)
def test_bot_words_payers_and_clinicians_after_a_patient_word_are_answered(text: str) -> None:
    assert "name" not in scan(text).kinds


def test_two_spellings_of_one_last_first_compared_are_a_name() -> None:
    assert "name" in scan("Xiong, Nhia Yer vs Xiong, Nhiayer — same person?").kinds


@pytest.mark.parametrize("text", ["Thanks, Maria vs the old form?", "Medicare, Medicaid or both?"])
def test_a_sign_off_or_two_payers_compared_are_answered(text: str) -> None:
    assert "name" not in scan(text).kinds


def test_a_punjabi_courtesy_title_before_a_full_name_is_a_name() -> None:
    text = "Sardar Kartar Singh Dhillon — yes it's the full name on the Medi-Cal card"
    assert "name" in scan(text).kinds


def test_a_place_named_after_sardar_is_answered() -> None:
    assert "name" not in scan("Sardar Patel Hospital discharge papers came by fax").kinds
