"""A run of nine digits with a lower-case letter typed on it is an old Medicare number (HICN)
only after a person's name, beside a birth date, in a message about a patient, or grouped as
an SSN; in talk of the stock, the bank or a spreadsheet it is a part, deposit or row number,
and a labelled member ID is only a member ID."""

from __future__ import annotations

from flows.phi import scan

PART_AND_LEDGER_NUMBERS = (
    "replacement battery 112093847b for the Pride Jazzy",
    "deposit 302918475d hit the bank",
    "the spreadsheet row 220918374a has a bad total",
    "pn 220391847ha is the handle assembly",
    "motor 448920117c burnt out, under warranty?",
    "rx 302918475b from the pharmacy",
)

LABELLED_MEMBER_IDS = ("member id 712093847b, anthem", "medicaid id 100293847a in ihcp")

PATIENTS_OLD_NUMBERS = (
    "pt odalys ferreira 503228417a wants to know if her oxygen is covered",
    "card reads 228-61-9043b2, mrs ines paik, still valid?",
    "Tove Marsh 302918475b called back about the refund",
)


def test_a_part_or_ledger_number_with_a_letter_passes() -> None:
    assert [text for text in PART_AND_LEDGER_NUMBERS if scan(text)] == []


def test_a_labelled_member_id_is_not_also_named_an_old_medicare_number() -> None:
    named = [scan(text).kinds for text in LABELLED_MEMBER_IDS]
    assert named == [("member_id",), ("member_id",)]


def test_a_patients_old_number_in_lower_case_is_still_named() -> None:
    missed = [text for text in PATIENTS_OLD_NUMBERS if "hicn" not in scan(text).kinds]
    assert missed == []
