"""A colleague's question about billing said right after their name ("Imogen Saltash asked
whether the NOC code needs a narrative") and a colleague's birthday in a note that names a
therapist by their credential ("Corwin Hale PT signed off") are team talk; the same shapes
about a person's own case, or beside a real identifier, are still refused."""

from __future__ import annotations

from flows.phi import scan

TEAM_TALK = (
    "Imogen Saltash asked whether the NOC code needs a narrative or just the invoice",
    "Imogen Saltash asked: does the NOC invoice go out with the 837 or after it?",
    "Corwin Hale PT signed off on the eval; Bettina's birthday is October 3, cake at 2",
    "Corwin Hale PT signed the eval | Bettina's birthday is October 3",
    "Imogen Saltash asked whether the refund posts on the 835 or a separate check",
)

PATIENTS = (
    ("Imogen Saltash asked whether her rollator was shipped", "name"),
    ("Imogen Saltash asked if we got his CMN back from the doctor", "name"),
    ("Imogen Saltash asked: can she return the lift chair?", "name"),
    ("Mrs. Imogen Saltash asked whether the NOC code needs a narrative", "name"),
    (
        "Imogen Saltash asked if the NOC code needs a narrative; Odalys Pruett 757-555-0144 called",
        "phone",
    ),
    (
        "Imogen Saltash asked if the NOC code needs a narrative; Pruett, Odalys 757-555-0144",
        "phone",
    ),
    ("Imogen Saltash asked if the NOC code needs a narrative, DOB 03/04/1941", "dob"),
    ("the billing service wants to know if Hubert Mensah's balance is in dispute", "name"),
    ("the Medicaid office asked whether Gladys Pruett still lives in the county", "name"),
    ("PT Bettina Rusk's birthday is October 3", "dob"),
    ("pt Bettina's birthday is October 3", "dob"),
    ("Corwin Hale PT signed the eval; Bettina's birthday is 10/3/1938", "dob"),
    # the asker's own case: their age in a later part, "I", "mine", "they" in the question
    ("Lucinda Varga asked if we take Aetna - 79 years old", "name"),
    ("Lucinda Varga wants to know whether Humana is primary\nage 79", "name"),
    ("Lucinda Varga is asking whether the scooter was billed | born 1947", "name"),
    ("Lucinda Varga asked: may I split the copay over three months?", "name"),
    ("Lucinda Varga asked whether the loaner is mine until the repair is done", "name"),
    ("Lucinda Varga wants to know if they can return the commode", "name"),
    ("Lucinda Varga asked whether the statement can be mailed to their house", "name"),
)


def test_a_colleagues_question_or_birthday_beside_a_credential_passes() -> None:
    assert [text for text in TEAM_TALK if scan(text)] == []


def test_a_patient_in_the_same_shapes_is_refused_naming_what_was_found() -> None:
    assert [text for text, kind in PATIENTS if kind not in scan(text).kinds] == []
