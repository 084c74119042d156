"""Billers' talk the PHI guard leaves alone: a file room named for a town ("the Fairbury file
room") and a clinic or a plan named by its specialty ("Tulsa Peds", "Ozark Choice PPO"). A word
beside the patient's word stays a name even after a state's name ("Ohio pt, Garcia"), and a
town-like word before a case's word stays a surname ("the Hillsboro pt")."""

from __future__ import annotations

from flows.phi import scan

BILLING_TALK = (
    "shredding the Fairbury file room: 2018 delivery tickets, how long must we keep them?",
    "Tulsa Peds faxed a new SWO for the stander",
    "Ozark Choice PPO wants an invoice with the E1399 line",
    "Prairie Adaptive quoted the tilt kit at cost",
)

PATIENT_TALK = (
    ("Nebraska bene, Kearney, Ruth wants her walker back", "name"),
    ("Nebraska bene Ruth Kearney called about the walker", "name"),
    ("Iowa pt (Ames, Dolores) called about the claim", "name"),
    ("pt Kearney called about her walker", "name"),
    ("Mr. Kearney's walker came back, did the claim pay?", "name"),
    ("Kearney, Ruth DOB 4/2/1940 needs the claim refiled", "name"),
    ("the Okonkwo file is missing the SWO", "name"),
    ("Ruth Kearney's hospital bed claim was denied", "name"),
    ("Ohio pt, Garcia - which DME MAC?", "name"),
    ("Texas pt (Nguyen) DOB 4/4/1944 needs a new CMN", "name"),
    ("Florida bene, Smith: MBI 1EG4-TE5-MK73, claim rejected", "name"),
    ("Colorado pt, Ruiz ok", "name"),
    ("the Hillsboro pt wants the E1399 invoice", "name"),
    ("pt Lymph called about her compression garment", "name"),
)


def test_file_rooms_and_specialty_clinics_pass() -> None:
    assert [text for text in BILLING_TALK if scan(text)] == []


def test_the_same_words_as_a_patients_name_are_refused() -> None:
    missed = [text for text, kind in PATIENT_TALK if kind not in scan(text).kinds]
    assert missed == []
