"""Billers' talk the PHI guard leaves alone: a town in a patient's state ("Ohio bene, Xenia"), a
town by its ending ("the Brownsburg pt"), a file room, and a clinic or a plan named by its
specialty ("Tulsa Peds", "Ozark Choice PPO"). The same words as a patient's name stay refused."""

from __future__ import annotations

from flows.phi import scan

TOWN_TALK = (
    "Nebraska bene, Kearney: which DME MAC takes the E1399 claim?",
    "Iowa pt (Ames), Wellmark secondary - does the claim cross over?",
    "indiana pt greencastle in, is that jurisdiction B?",
    "can someone call back the Brownsburg pt's daughter about the backorder",
    "did the Hendersonville bed claim get the KX?",
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
)


def test_towns_beside_patient_words_and_specialty_clinics_pass() -> None:
    assert [text for text in TOWN_TALK if scan(text)] == []


def test_the_same_words_as_a_patients_name_are_refused() -> None:
    missed = [text for text, kind in PATIENT_TALK if kind not in scan(text).kinds]
    assert missed == []
