"""The PHI guard on places named like people: a bay, an island or a shore by its head word after
"the" and before a place's word ("the Coral Bay route"); on a count before "for the ... route"
(a name after "at", even past a hospital's or a clinic's word, stays a name: "dropped the bed
at Nilda Reyes"); on a practice's line after its clinician is named by job ("the ortho surgeon's
office in Estate Thomas ... call them at"). A patient named or reached in the same shapes is still
refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "the Mango Bay store is out of E0143 walkers",
        "6 cylinders for the Magens Bay route on Monday",
        "the Sunny Isle plaza lot floods when it rains",
        "drivers avoid the Smith Bay side after 4",
        "the Honey Bay dock takes the barge at 7",
        "the Cane Bay store opens at 9",
        "the Great Pond side is muddy, use the truck",
        "the Coki Point route has 3 stops today",
        "the Frenchman Bay store needs a new printer",
        "deliveries to the Water Island ferry dock run Tuesdays",
        "the Sapphire Beach route is done",
        "the Secret Harbor store called about the invoice",
        "the Teague Bay route is cancelled for the storm",
        "a man walked into the Sunny Isle store asking about rollators",
        "6 for the Coral Bay route, 4 for town",
        "3 to the Smith Bay store, 2 to town",
        "2 at the Red Hook dock, 5 at the warehouse",
        "12 of the Cane Bay road walkers are back",
    ],
)
def test_a_bay_an_island_or_a_count_for_a_route_passes(text: str) -> None:
    assert not scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Ivan Bay DOB 4/5/1944 wants the store to call",
        "pt Sunny Point, MBI 5RE3KN7PW22, on the route Monday",
        "the Jasmine Key chart: MRN 4418823",
        "Felix Shore, SSN 512-44-9081, moved to the Cane Bay side",
        "Nadia Beach at 14 Coral Rd, St. Thomas VI 00802",
        "Sunny Isle called about her walker",
        "Ivan Bay DOB 3/4/1950 needs oxygen",
        "Gertrude Lake called, her concentrator alarms",
        "Jasmine Key wants her refund",
        "Tobias Cove, MBI 4TC9DX2HN81",
        "pt Felix Shore wants the store to call",
        "Ana Pond route delivery, pt needs her tank",
        "Coral Simmons called about her mask",
        "the hospice nurse at Ana Ruiz's house says the concentrator alarms",
        "pt at Ana Ruiz's home, the hospital bed is in",
        "pt Ana Ruiz at the hospital wants a walker",
        "the hospital sent pt Dwayne Benjamin home",
        "patient at Marisol Ortiz's place needs oxygen",
        "her daughter at Aisha Hamdan's house called",
        "the hospital social worker called about Ana Ruiz, DOB 3/4/1950",
        "the Rosa Cove side of the family wants the bed moved",
        "dropped the hospital bed at Nilda Reyes today",
        "the hospice aide at Marta Lopez says oxygen is low",
        "rehab tech at Carlos Mendez house fitted the chair",
        "SNF discharge at Maria Gonzalez needs a walker",
    ],
)
def test_a_patient_named_with_a_place_word_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "pt Ana Ruiz lives at 6 Coral Bay Road, St. John VI 00830",
        "deliver to 12 Cane Bay Road for Dwayne Benjamin",
        "Marisol Ortiz, 3 Smith Bay Rd, St. Thomas",
        "her address is 14 Centerline Road, Kingshill",
        "pt moved to 7 Veterans Drive, St. Thomas VI 00802",
        "home: 9 Mandahl Road, St. Thomas 00802",
        "ship to 20 Crown Bay Road for pt Sami Yusuf",
        "new addr 11 Raphune Hill Road, St. Thomas",
        "pt address: 2 Contant Road, St. Thomas",
        "Claude Greaux at 4 Northside Road, Frederiksted",
        "lives at 6 King Street, Christiansted VI 00820",
        "address 5 Queen Mary Highway, Kingshill VI 00850",
        "deliver to 8 Lovenlund Road for Aisha Hamdan",
        "Ravi Mahtani 10 Frederiksted Road",
        "her home is 1 Bovoni Road, St. Thomas",
        "pt lives on 3 Hospital Ground Street",
        "Lucinda Petrus, 15 Company Street, Christiansted",
        "mailing address 22 Estate Glynn Road, Kingshill 00850",
        "pt Odessa Liburd, 6 for the Coral Bay Road, St. John VI 00830",
        "4 cases to 18 at oak ridge rd",
        "pt is 5 of 9 on cedar ln",
        "deliver to 4 Estate Tutu Road, apt 2, St. Thomas",
    ],
)
def test_a_patients_street_address_is_still_named(text: str) -> None:
    assert "address" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "the ortho surgeon's office in Estate Bovoni faxes orders with no ICD-10."
        " call them at 340 555-0157.",
        "the pulmonologist's office in Estate Thomas moved, their line is 340-555-0133",
        "the OT at the rehab center sends evals late; her desk line is 340 555-0188",
        "the surgeon's office in Estate Tutu wants the DWO back, call them at 340-555-0144",
        "the podiatrist's office in Estate Lovenlund is closed Fridays, 340.555.0109",
        "the neurologist at the clinic signs on Tuesdays, his office line 340-555-0192",
        "the cardiologist's office changed fax to 340-555-0129",
        "the NP at the clinic wants the CMN, her office line is 340-555-0171",
        "the surgeon's office in Estate Nazareth: fax 340-555-0125",
        "the pulmonologist changed his office line to 340-555-0166",
        "the doctor in Estate Sion Farm wants the form, call 340-555-0104",
        "the OT at Estate Glynn clinic: 340-555-0119, she wants the eval form",
        "the doctor's office in Estate Contant never signs page 2, 340 555 0117",
        "the orthopedist's office in Estate Hospital Ground: 340-555-0162",
        "Brent is the new account manager from the vendor. his email is brent.ops@example.com.",
        "Dana is the new billing specialist. her email is dana.k@example.net",
    ],
)
def test_a_practices_or_a_staff_members_line_passes(text: str) -> None:
    assert not scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "the ortho surgeon's office says the pt moved, call her at 340 555-0157.",
        "the surgeon's office called about Ana Ruiz, her cell 340-555-0111",
        "the OT at the rehab center saw Marisol Ortiz, her home 340-555-0123",
        "the doctor's office says the patient's number is 340-555-0141",
        "the pulmonologist wants us to call the pt's daughter at 340-555-0165",
        "the OT says Mr. Greaux is home now, 340-555-0127",
        "the NP at the clinic: pt Aisha Hamdan 340-555-0182",
        "the surgeon's office in Estate Thomas gave the pt's cell 340-555-0134",
        "the physician says Mrs. Petrus, 340-555-0190, needs oxygen",
        "the therapist said call the patient at home 340-555-0147",
        "the doctor's office has Ravi Mahtani at 340-555-0110",
        "the PT at the rehab center says Odessa Liburd 340-555-0173 wants a walker",
        "the surgeon's office: Hector Velazquez DOB 1/1/1950 cell 340-555-0138",
        "the neurologist's office says his wife's number is 340-555-0151",
        "the OT visited the pt, 82 y/o, her cell 340-555-0169",
        "the cardiologist referred Sami Yusuf, phone 340-555-0186",
        "the physician's office gave us the pt's home line, 340-555-0195",
        "the therapist's patient Yolanda Christopher: 340-555-0115",
        "the doctor's nurse says call Lucinda at 340-555-0177 about her tank",
        "the OT at the clinic says the pt's son Omar is at 340-555-0106",
    ],
)
def test_a_patients_or_a_relatives_phone_past_a_clinician_is_still_refused(text: str) -> None:
    assert "phone" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Brent Ruiz is the new patient. his email is brent.r@example.com",
        "Ana Ruiz is the new pt, her email is ana.ruiz@example.org",
        "Omar is the pt's son, his email is omar.h@example.net",
    ],
)
def test_a_patients_email_after_is_the_is_still_refused(text: str) -> None:
    assert "email" in scan(text).kinds
