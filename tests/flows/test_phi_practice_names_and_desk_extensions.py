"""A doctor's office phone passes when the practice's own name (words such as "Health Center",
"Family Medicine", "Orthopedics") stands between the doctor and the number, while a person
named there, or any patient's word in the message, keeps the number a patient's. A colleague's
desk extension passes, but a name with an item right before it ("walker for ... ext 30") is the
patient's, however the extension is typed."""

from __future__ import annotations

from flows.phi import scan

PRACTICE_PHONES = (
    "Dr. Imogen Farrow practices at Birchwood Valley Family Medicine. her fax: 614-555-0148.",
    "Dr. Casimir Lund at North Shore Orthopedics wants his office fax on the order: 503-555-0116",
    "Dr. Tolu Adebayo works out of Prairie View Health Center Eastgate now, fax 402-555-0171",
    "Dr. Renata Solis moved to Lakeshore Pulmonary Associates. her office line is 312-555-0139.",
)

# The same doctors and practices, with a patient in the message.
PATIENT_PHONES = (
    "Dr. Imogen Farrow at Birchwood Valley Family Medicine sent Rosa Diaz, her cell 614-555-0100",
    "Dr. Imogen Farrow at Birchwood Valley Family Medicine referred Rosa Diaz 614-555-0100",
    "Dr. Lee from Mercy Health Center says call Harold Finch at 317-555-0142",
    "Dr. Patel at Riverside Medical Group sent the order for mrs ortiz, 317-555-0142",
    "Dr. Okoye at Lakeview Rehab Center: pt Nadia Kell needs a call at 614-555-0177",
    "Dr. Okoye at Lakeview Rehab Center says the patient's number is 614-555-0177",
    "Dr. Okoye at Lakeview Rehab Center says her daughter's number is 614-555-0177",
    "Dr. Okoye at Lakeview Rehab Center ordered a walker for Nadia Kell 614-555-0177",
    "Dr. Okoye at Lakeview Rehab Center ordered a walker, her home phone is 614-555-0177",
    "Dr. Okoye at Lakeview Rehab Center ordered the bed; Kell, Nadia 614-555-0177",
    "Dr. Brandt of Prairie View Health Clinic: Gunnar Wiik, DOB 3/4/1941, cell 402-555-0190",
    "Dr. Brandt of Prairie View Health Clinic wants us to call the patient at 402-555-0190",
    "Dr. Brandt of Prairie View Health Clinic: the member Gunnar Wiik 402-555-0190",
    "Dr. Brandt of Prairie View Health Clinic says Mr. Wiik's wife can be reached at 402-555-0190",
    "Dr. Vance at Cedar Hills Orthopedics: Edna Pruitt 541-555-0133",
    "Dr. Vance at Cedar Hills Orthopedics re Edna Pruitt, home 541-555-0133",
    "dr. vance at cedar hills orthopedics: edna pruitt 541-555-0133",
    "Dr. Lucia Brandt at North Shore Orthopedics: Tomas Reyes needs a call back, 503-555-0116",
    "Dr. Lucia Brandt at North Shore Orthopedics, pt cell 503-555-0116",
    "Dr. Lucia Brandt at North Shore Orthopedics says his son's number is 503-555-0116",
)

DESK_EXTENSIONS = (
    "Marisol Quintero, ext 218 - can you check the Availity login?",
    "Osric Bellamy ext 562 has the fee schedule update",
)

# A name with an extension, in the shapes a patient or a resident is named.
PATIENTS_WITH_EXTENSIONS = (
    "walker for Ruth Imhoff ext 30",
    "ROLLATOR FOR DOROTHEA KALB EXT 44",
    "wheelchair for Ruth Imhoff, ext 30 at Sunrise Manor",
    "hospital bed for Tobias Renner extension 771",
    "patient Harold Finch ext 12 at Sunrise Manor needs a walker",
    "pt Mary Jones, ext 214, wants her chair delivered Tuesday",
    "the patient is Oksana Bilyk ext 3301 at Cedar Crest, rollator approved?",
    "Harold Finch ext 12 at Sunrise Manor wants his walker",
    "Mary Jones ext 214 needs her chair delivered Tuesday",
    "Mrs. Mary Jones ext 214 called about her chair",
    "Jones, Mary ext 214 called about her wheelchair",
    "Mary Jones ext 214, DOB 03/14/1950, needs a walker",
    "Mary Jones ext 214 MBI 1EG4-TE5-MK73",
    "resident Alma Vukovic, ext 118, her rollator brake is stuck",
    "call the member back: Dorothea Quist ext 45, she wants the hospital bed picked up",
    "Tobias Renner ext 771 says his oxygen concentrator is loud, the rental started 3/2",
    "Tobias Renner ext 771 lives at 42 Elm St, needs a concentrator",
    "Dorothy Williams, Room 12, ext 44, needs the tub bench",
    "her daughter Aaliyah Breckenridge ext 9 called about mom's chair",
    "Mr. Okafor ext 201 wants the lift chair returned",
    "client Priyanka Desai ext 88 denied for the scooter",
    "Kowalski, Anna ext 12 - bed",
)


def test_a_doctors_office_phone_past_the_practices_name_passes() -> None:
    assert [text for text in PRACTICE_PHONES if scan(text)] == []


def test_a_patient_beside_a_practice_is_still_refused() -> None:
    assert [text for text in PATIENT_PHONES if not scan(text)] == []


def test_a_colleagues_desk_extension_passes() -> None:
    assert [text for text in DESK_EXTENSIONS if scan(text)] == []


def test_a_patient_named_with_an_extension_is_refused() -> None:
    assert [text for text in PATIENTS_WITH_EXTENSIONS if "name" not in scan(text).kinds] == []
