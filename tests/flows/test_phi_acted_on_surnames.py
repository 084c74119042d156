"""A capitalised word that a doctor or a staff member acts on ("referred", "visited", "set up",
"tried to reach") is the patient's surname, whether or not a name list holds it, so the phone
right after it is the patient's line; a payer, a company, a town, a day or a staff member named
in the message after the same verb leaves the phone a business's or the staff member's."""

from __future__ import annotations

import pytest

from flows.phi import scan

PATIENTS_ACTED_ON = (
    "Dr. Hale referred Okonkwo - 614-555-0101",
    "the tech Brandt visited Szymanski, cell 217-555-0199",
    "dr hale saw Adebayo yesterday, 614-555-0102",
    "Dr. Moreau sent over Oyelaran: 317-555-0103",
    "our driver delivered to Wojcikowski, cell 312-555-0104",
    "the RT Harlan set up Nwachukwu (home) 502-555-0105",
    "Dr. Ferris discharged Thorvaldsen - 419-555-0106",
    "Dr. Quill evaluated Abaroa, 505-555-0107",
    "the nurse checked on Kiplagat, 414-555-0108",
    "our tech Ruiz fitted Zbikowski, 608-555-0109",
    "Dr. Amani ordered for Etxeberria, ph 303-555-0110",
    "Dr. Lin wrote an order for Mbeki-Tau 317-555-0111",
    "the rep Carla spoke with Ojukwu, number 212-555-0112",
    "Dr. Vance is seeing Przybylski 574-555-0113",
    "the delivery tech left a voicemail for Olawale: 317-555-0114",
    "Dr. Sato examined Achterberg, # 765-555-0115",
    "the therapist Joan measured Iwuchukwu - cell 260-555-0116",
    "Dr. Hale referred Okonkwo 6145550117",
    "our dispatcher could not reach Bhattarai 317-555-0118",
    "Dr Ortega admitted Kuznetsova, 614-555-0119",
    "the coordinator tried to reach Okafor-Reyes, 317 555 0120",
    "Dr. Beal treated Halvorsen (317) 555-0121",
)

BUSINESSES_PLACES_AND_STAFF = (
    "Dr. Hale referred Medicaid - 614-555-0101",
    "the tech Brandt visited Springfield, cell 217-555-0199",
    "Dr. Hale referred us - 614-555-0102",
    "Dr. Moreau sent over Humana: 317-555-0103",
    "our driver delivered to Dayton, cell 312-555-0104",
    "the tech Brandt visited Lincare, his cell 217-555-0105",
    "Dr. Ferris called about Medicare - 419-555-0106",
    "Dr. Quist spoke with Aetna, 505-555-0107",
    "the nurse checked on Monday, 414-555-0108",
    "our tech Ruiz delivered to Columbus today, 608-555-0109",
    "Dr. Amani ordered Oxygen, ph 303-555-0110",
    "the rep Carla spoke with Cigna, number 212-555-0112",
    "Dr. Vance saw Radiology 574-555-0113",
    "the delivery tech visited Houston: 317-555-0114",
    "Dr. Sato referred Medline, # 765-555-0115",
    "Dr. Hale referred Noridian 6145550117",
    "our dispatcher could not reach Apria 317-555-0118",
    "Dr Ortega admitted Tuesday, 614-555-0119",
    "the coordinator tried to reach Humana, 317 555 0120",
    "our tech Okafor is out. Dr. Hale referred Okafor - 614-555-0122",
    "Dr. Hale referred Palmetto - 614-555-0123",
    "the tech visited Boston, cell 617-555-0124",
    "Dr. Lowe saw Everyone 317-555-0125",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PATIENTS_ACTED_ON)
def test_a_surname_a_doctor_or_staff_member_acts_on_owns_the_phone(text: str) -> None:
    assert "phone" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", BUSINESSES_PLACES_AND_STAFF)
def test_a_payer_town_day_or_colleague_after_the_verb_leaves_the_phone(text: str) -> None:
    assert not scan(text)
