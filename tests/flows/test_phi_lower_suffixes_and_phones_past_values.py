"""An old Medicare number (HICN) whose suffix is typed in lower case on the number, or whose
suffix is a disabled worker's HA, HB or HC, is named as one without a label; a phone after a
patient's name is named as the patient's also past that person's e-mail, birth date or MBI."""

from __future__ import annotations

from flows.phi import scan

LOWER_OR_DISABILITY_SUFFIXES = (
    "pt ruben okoro 402318765b1 needs a new cushion, who calls him?",
    "the card says 318-44-7065c1 for tomasz wilk. still good for anything?",
    "Odette Vance, 411205378HA, is she still on the old card?",
    "red white and blue card: Wendell Fry 524 81 3307 HB, the wife's number?",
    "fwd from intake: greta lindqvist, 233419087d, wants the E1399 quote",
)

NO_HICN = (
    "the nightly job took 120394857ms, someone look at the batch server",
    "provider id 551203948a on the remit, is that ours?",
)

PHONES_PAST_VALUES = (
    "Rosalind Achebe, rachebe@example.net, 3175550148 — can she pick up the walker?",
    "KOVAC, MILAN (dob 3/14/1941, 219 555 0107) wants the loaner back",
    "Tomasz Wilk, 2HK5-TR4-MW81, (812) 555-0139. is the PA on file?",
)

STAFF_CONTACTS = ("Dr. Ama Boateng, aboateng@clinic.example.org, 317-555-0100",)


def test_an_hicn_with_a_lower_case_or_disability_suffix_is_named() -> None:
    missed = [text for text in LOWER_OR_DISABILITY_SUFFIXES if "hicn" not in scan(text).kinds]
    assert missed == []


def test_a_unit_or_a_labelled_billing_number_is_no_hicn() -> None:
    assert [text for text in NO_HICN if "hicn" in scan(text).kinds] == []


def test_a_phone_past_the_patients_other_values_is_named() -> None:
    missed = [text for text in PHONES_PAST_VALUES if {"name", "phone"} - set(scan(text).kinds)]
    assert missed == []


def test_a_doctors_contact_line_still_passes() -> None:
    assert [text for text in STAFF_CONTACTS if scan(text)] == []
