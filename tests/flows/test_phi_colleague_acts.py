"""A colleague's work said right after their name, in a message with no patient's word: holding
a ticket, being out or covering, a portal's access, a cell on the on-call sheet, a job handled.
The same words after a patient's name (a patient word, an age, a birth date, a title, a family
word, or a date right after the name) stay refused."""

from __future__ import annotations

from flows.phi import scan

COLLEAGUES_AT_WORK = (
    "Karen Mitchell has it, the reopening form is in her queue",
    "Robert Hayes is out Tuesday; send the Keene store's calls to the main line",
    "Linda Carver out sick, Dennis Walsh covering intake till noon",
    "Susan Porter needs access to the Availity portal. who sets that up?",
    "Hollis Brandt's cell is on the on-call sheet for the weekend, 603-555-0177",
    "UPS 1Z4F20A93012345678 — Tomasz Brandt has this one, can it wait?",
)

PATIENTS = (
    "pt Karen Mitchell has it, the loaner chair from March",
    "Walter Jennings, 86, has it and wants it picked up Friday",
    "Walter Jennings is out today, his daughter wants the delivery moved, 603-555-0142",
    "Ms. Linda Carver is out today, try again tomorrow",
    "Tomasz Brandt, 03/14/2025, has it",
    "Priyanka Desai needs access to her records, born 1944",
    "member Gideon Farrow needs access to the plan's portal",
)


def test_a_colleague_at_work_with_no_patient_word_passes() -> None:
    assert [text for text in COLLEAGUES_AT_WORK if scan(text)] == []


def test_the_same_words_after_a_patients_name_are_refused() -> None:
    assert [text for text in PATIENTS if "name" not in scan(text).kinds] == []
