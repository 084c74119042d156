"""A patient's name, phone or desk line said in the shapes the guard reads as team talk (a
colleague "on the phones" or at an extension, a town's store or desk opening the note, a
practice's phone after "Dr." or a credential) stays refused when the message goes on about that
person's own case: their item, money, home, relative or age."""

from __future__ import annotations

import pytest

from flows.phi import scan

PATIENTS = (
    # a patient at their own work extension, or on our phones, talked about as the patient
    ("Rosalind Ortega, ext 4412 at her work, wants a call", "name"),
    ("Rosalind Ortega, ext 4412, wants a call back about the rollator", "name"),
    ("call Rosalind Ortega, ext 4412, about the denied wheelchair claim", "name"),
    ("Rosalind Ortega on the phones wants a refund for the walker", "name"),
    # a person's name before "store:" or "desk:" with their own case or line after it
    ("Lionel Matz desk: he picked up the rollator", "name"),
    ("Lionel Matz shop: called about his walker", "name"),
    ("the Lionel Matz branch: he wants his oxygen refilled", "name"),
    ("Grace Lee desk: 973-555-0101", "name"),
    # a patient who is a doctor or has a credential, with their own line
    ("Dr. Anil Patel 973-555-0182 - his wife says the oxygen is empty", "phone"),
    ("Dr. Anil Patel 973-555-0182 wants his walker picked up", "phone"),
    ("Dr. Hollis Brant 973-555-0101 (home) needs a call back", "phone"),
    ("Dr. Hollis Brant 973-555-0101 owes $240 on the statement", "phone"),
    ("Dr. Anil Patel, 973-555-0182, DOB 4/4/1940", "phone"),
    ("Hollis Brant RN 973-555-0101 owes $240 on her statement", "phone"),
    ("Hollis Brant CNA 973-555-0101 balance $240 past due", "phone"),
    # a clinician's credential ending another field is not the next person's title
    ("Lionel Baptiste APN | Marta Quill 609-555-0111 owes $240", "name"),
    ("Odile Brandt NP; Tobias Wren 609-555-0142 says the chair squeaks", "name"),
)

# The same patients the guard still lets through (a clinician's credential on the line above
# clears the message; the store's note with only money words).
STILL_MISSED = (
    "Lionel Baptiste RN\nMarta Quill 609-555-0111 owes $240",
    "Gwen Harlow APN wants her oxygen delivered at home",
    "Hollis Brant store: balance $240 past due",
    "Marta Quill on the phones asking where the delivery is",
)


def test_a_patient_in_team_talk_shapes_is_refused_naming_what_was_found() -> None:
    assert [text for text, kind in PATIENTS if kind not in scan(text).kinds] == []


@pytest.mark.xfail(strict=True, reason="patients the team-talk readings still let through")
@pytest.mark.parametrize("text", STILL_MISSED)
def test_patients_the_team_talk_readings_still_let_through(text: str) -> None:
    assert scan(text)
