"""Four readings a biller notices: a firm named like a person in the office's dealings with it
passes, and the same name as a patient is refused; a colleague asking about the office's books
passes, a patient asking about her own bill is refused; a doctor's "call her office" number is
the practice's; a price after a quantity is no birth year; and a lone given name in lower case
is named in a message refused for another identifier."""

from __future__ import annotations

import pytest

from flows.phi import scan

FIRMS_AT_THE_OFFICE = (
    "Edward Jones mailed the 401k rollover forms to HR",
    "our retirement plan moved to Charles Schwab, enroll by the 30th",
    "Hunter Douglas invoice for the conference room blinds is in AP",
    "the Morgan Stanley rep wants to set up a lunch and learn",
    "Harper Collins sent the coding book invoice twice",
    "is Mayo Clinic in network for the sleep referrals?",
    "Ethan Allen backordered the lobby sofas again",
    "Sherwin Williams invoice for the hallway paint came in",
    "Eddie Bauer updated their portal, the uniform order is in",
    "got a remit from Cleveland Clinic for the rental, EFT posted",
    "Raymond James broker called about the owner's 1099",
    "Johnson & Johnson catalog came, the gauze moved pages",
)

FIRM_NAMES_AS_PATIENTS = (
    "patient Edward Jones needs a walker",
    "Jones, Edward dob 3/4/1941",
    "Edward Jones 1EG4-TE5-MK72",
    "Edward Jones called about his CPAP",
    "Mr. Edward Jones asked about the invoice for the bed",
    "Charles Schwab called, he wants the oxygen picked up",
    "Hunter Douglas needs a new walker",
    "Morgan Stanley needs the oxygen tubing refilled",
    "Eddie Bauer owes $45 on the commode",
    "Hunter Douglas passed away last week, family wants the bed gone",
    "Raymond James is asking for a loaner chair",
    "Calvin Klein's walker is on backorder",
    "Kate Spade needs a new cushion for the chair",
    "Edward Jones wants to know why he got a bill",
    "Ralph Lauren's daughter called about the lift",
    "Dean Witter fell and needs a wheelchair",
    "Edward Jones balance is $212 past due",
    "Morgan Stanley is requesting the delivery ticket for his records",
    "Ethan Allen, 82, asked about the invoice",
    "the Hunter Douglas invoice, dob 6/2/1939",
    "Charles Schwab, member ID W229103884, broker says he moved",
)

COLLEAGUES_ON_THE_BOOKS = (
    "Lindgren was asking about the remit from Tuesday",
    "Abernathy mentioned the clearinghouse batch failed overnight",
    "Osei is working the 277CA rejects this afternoon",
    "Petrakis asked about the ERA that posted short",
    "Valdez wants to know whether the lockbox deposit cleared",
    "Quintero is reworking the denial queue",
    "Stanek said the 835 never loaded",
    "Moreno Hale was asking about the month-end aging report",
    "Takeda emailed about the EFT enrollment",
    "Gallagher has been asking about the cash posting backlog",
)

PATIENTS_ASKING = (
    "Lindgren was asking about her walker, wants it today",
    "Lindgren asked about the remit on his oxygen claim",
    "Mrs. Abernathy was asking about the remit",
    "Osei was asking about the bill, she is 84",
    "Petrakis was asking about the rollator delivery",
    "Valdez asked about his statement balance",
    "Quintero was asking about the EOB she got",
    "Stanek said the cpap is broken",
    "Moreno was asking about the deposit for the chair, he lives alone",
    "Takeda asked about the batch of supplies he never got",
    "Gallagher was asking about the posting of her payment",
    "Lindgren wants to know why her claim denied",
    "Mr. Osei asked about the 835",
    "Abernathy is asking about the remit for the hospital bed",
    "Okafor was asking about the remit, pt says never got a bill",
    "Petrakis asked about the crossover queue and his Medicaid",
    "Valdez was asking about the remit, dob 2/2/1944",
    "Stanek mentioned the clearinghouse, her cell 802-555-0164",
    "Quintero asked about the ERA, MBI 3KQ9-WD2-RT57",
    "Takeda (pt) was asking about the remit",
)


def test_a_firm_named_like_a_person_in_office_talk_passes() -> None:
    assert [text for text in FIRMS_AT_THE_OFFICE if scan(text)] == []


def test_the_same_names_as_patients_are_refused() -> None:
    assert [text for text in FIRM_NAMES_AS_PATIENTS if "name" not in scan(text).kinds] == []


def test_a_colleague_asking_about_the_books_passes() -> None:
    assert [text for text in COLLEAGUES_ON_THE_BOOKS if scan(text)] == []


def test_a_patient_asking_about_her_bill_is_refused() -> None:
    assert [text for text in PATIENTS_ASKING if not scan(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Moreau asked us to call her office at 802-555-0118 about the F2F note",
        "Dr. Haddad wants us to call his office at 503-555-0127 before 4",
        "dr. okonjo said to call her clinic at 614-555-0135 for the signed order",
    ],
)
def test_a_doctors_office_line_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Moreau's patient Ada Quist, call her at 802-555-0118",
        "Dr. Moreau said call her at home, 802-555-0118, about her walker",
        "Dr. Moreau asked us to call her office at 802-555-0118, pt is 91",
    ],
)
def test_a_patients_line_beside_a_doctor_is_refused(text: str) -> None:
    assert "phone" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "K0108\tVELOX PRIME ARMREST\t2\t1924.61",
        "E1399 | STRIDEMAX CUSHION | 1 | 1938.40",
        "line 4 walker 3 1950.25 allowed",
    ],
)
def test_a_quantity_then_a_price_is_no_birth_date(text: str) -> None:
    assert "dob" not in scan(text).kinds


def test_an_old_date_ending_a_sentence_is_still_a_birth_date() -> None:
    assert "dob" in scan("Ruth Ames 13 May 1949.").kinds


@pytest.mark.sweep(n=3, by="kinds")
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("hospital bed for makoa, dob 4/19/1947", {"name", "dob"}),
        ("is tsehay's claim still open? mrn 55201937", {"name", "mrn"}),
        ("please call oyinda back at 907-555-0148 about the lift", {"name", "phone"}),
        ("pt wiremu Tautahi, chart 7730251, bipap filters", {"name", "mrn"}),
        ("spoke with ngaire, mbi 4TR7-KD2-HW61", {"name", "mbi"}),
        ("ebere's son says the bed never came, acct 3390127", {"name", "mrn"}),
        ("for yohannes: dob 12/3/1940, mbi 2WN5-PA3-DK19", {"name", "dob", "mbi"}),
        ("denial for tamati Rewiti, her cell is 503-555-0171", {"name", "phone"}),
        ("re kahurangi - dob 8/30/1952", {"name", "dob"}),
        ("wheelchair cushion for bartholomea, 614-555-0102", {"name", "phone"}),
    ],
)
def test_a_lone_lower_case_given_name_is_named_in_a_refused_message(
    text: str, kinds: set[str]
) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "walker for medicaid, dob 9/22/1958",
        "cpap for bipap, mrn 55201937",
        "called about the rental, 503-555-0171 is her cell",
    ],
)
def test_billing_words_in_a_persons_place_are_not_named(text: str) -> None:
    found = scan(text).kinds
    assert found and "name" not in found


OFFICE_VALUES_NOT_A_PATIENT = (
    "N3*40 DEPOT SQ~N4*MONTPELIER*VT*05602~ is our billing address, not a patient",
    "N3*9 COMMERCE WAY~N4*BANGOR*ME*04401~ - the billing provider loop, not the patient",
    "802-555-0109 is our main line on the claim form, not a patient",
    "PO Box 7710, Keene NH 03431 is the pay-to address, not the pt",
)

PATIENT_VALUES_BESIDE_A_DENIAL = (
    "not our patient yet: lives at 44 Birch Rd, Rutland VT 05701, wants a walker eval",
    "she's not a patient anymore but her address 9 Hill St, Barre VT 05641 is on our list",
    "Mrs. Ortiz, 12 Oak St, Burlington VT 05401 - not the patient, our driver goes there",
    "daughter's cell 802-555-0111, she's not the patient, our pt is her mom",
    "our pt lives at 55 Maple Ave, Rutland VT, not a patient of the clinic",
    "the subscriber is not the patient, subscriber lives at 4 Pine St, Essex VT 05452",
    "802-555-0131 is not the pt's number, ours is on the form",
    "N3*88 RIVER RD~N4*STOWE*VT*05672~ our pt moved, not a patient of Dr. Lee anymore",
    "he is not a patient of ours, lives at 7 Cedar Ln, Colchester VT 05446, wants a quote",
    "not our patient, her son called from 802-555-0177 about renting a bed for her",
    "former patient, not a patient now, still at 31 Lake St, St. Albans VT 05478 per our records",
    "caller at 802-555-0190 says she's not the patient but is the wife, our payer says bill her",
    "not a patient, but the caregiver lives at 20 School St, Winooski VT 05404, per our intake",
    "the pt is not a patient at the SNF anymore, ship to 6 Bay Rd, Milton VT 05468 per our notes",
    "Mr. Dubois at 14 North Ave, Burlington VT 05401, not a patient of ours yet",
    "not the patient, our payer shows the guarantor at 2 Oak Hill Rd, Jericho VT 05465",
    "this isn't our patient's supplier, patient lives at 18 Elm St, Vergennes VT 05491",
    "not a pt, it's the patient's sister: 802-555-0148, she pays our bill",
    "not the patient's phone, the patient's daughter's: 802-555-0164, our payer wants her",
    "not our patient, her husband is; ship to 61 Hill Rd, Hinesburg VT 05461",
)


def test_a_value_said_to_be_the_offices_not_a_patients_passes() -> None:
    assert [text for text in OFFICE_VALUES_NOT_A_PATIENT if scan(text)] == []


def test_a_persons_value_beside_a_denied_patient_word_is_refused() -> None:
    assert [text for text in PATIENT_VALUES_BESIDE_A_DENIAL if not scan(text)] == []


def test_a_doctor_asking_for_a_call_back_gives_the_practices_line() -> None:
    assert not scan("Dr. Mbeki from cardiology wants a call back at 802-555-0142")


DOCTORS_BESIDE_A_PATIENTS_LINE = (
    "Dr. Lindqvist wants a call back at 802-555-0121 about Ruth Ames's walker",
    "Dr. Lindqvist wants a call back at 802-555-0122, he's 81 and the pt",
    "Dr. Okoro (our patient) wants a call back at 802-555-0123 about his CPAP",
    "Dr. Haines needs a call back at 802-555-0124 - her husband says the bed is broken",
    "Dr. Vance wants a callback at 802-555-0125, dob 4/2/1940",
    "Dr. Vance wants a call back at home, 802-555-0126",
    "Dr. Patel's pt wants a call back at 802-555-0127",
    "Dr. Patel wants a call back at 802-555-0128 for Mrs. Alvarez",
    "Dr. Brandt requested a call back at 802-555-0129; his daughter will answer",
    "Dr. Osei wants a call back at 802-555-0130 about his own oxygen, he lives alone",
    "Dr. Kim needs a call back re: Garcia, Elena 802-555-0131",
    "Dr. Moreau wants a call back at 802-555-0132 - she owes $40 on her rental",
    "Dr. Reyes asked for a call back at 802-555-0133, member ID W229103884",
    "Dr. Feld wants a call back at her home number 802-555-0134",
    "dr. ames wants a call back at 802-555-0135, pt is 77",
    "Dr. Lowe wants a call back at 802-555-0136 about his wife's wheelchair",
    "Dr. Ng requested a call back at 802-555-0137; patient Rosa Diaz",
    "Dr. Ito needs a call back at 802-555-0138, his mother is the patient",
    "Dr. Quist wants a call back at 802-555-0139 about the bill she got, past due",
    "Dr. Hale wants a call back at 802-555-0140 re Mr. Benton's CMN",
)


def test_a_patients_line_after_a_doctors_call_back_is_refused() -> None:
    assert [
        text for text in DOCTORS_BESIDE_A_PATIENTS_LINE if "phone" not in scan(text).kinds
    ] == []
