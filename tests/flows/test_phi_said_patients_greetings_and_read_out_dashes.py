"""The PHI guard on four everyday ways a patient's name or number reaches the team: a name with
the patient said right after it ("OYELARAN TEMI as pt"), a nickname in brackets after an opening
verb ("Call Harriet (Hattie) Blankenship"), a name right after a "Hi team," greeting, and a
number read out with the word "dash" ("301 dash 555 dash 0148"). Colleagues, plans and products
said the same ways get no warning."""

from __future__ import annotations

import pytest

from flows.phi import describe, scan
from tests.conftest import repository_content

_MESSAGES = repository_content().messages  # as the run loaded it


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "the remit lists HALVERSEN INGRID as pt, is that the same person?",
        "the remit lists Halversen Ingrid as pt, is that the same person?",
        "Availity shows Rourke, Dermot as the patient on this claim",
        "eligibility came back with Ottoline Barrow as subscriber",
        "entered Kwabena Asante as the beneficiary by mistake",
        "we have PFEIFFER AUGUSTA as insured on the old policy",
        "Wanda Sokolova (patient) asked for a loaner chair",
        "Ferris Odom (pt) wants the footrests swapped",
        "spoke to Hollis Brantley (the patient) about the copay",
        "Marguerite Lanier as pt on the 837, DOS 5/4",
        "ticket has TREVINO ROSALIND as patient, please fix",
    ],
)
def test_a_name_with_the_patient_said_after_it_gets_the_name_warning(text: str) -> None:
    assert describe(scan(text), _MESSAGES) == "a patient's name"


@pytest.mark.parametrize(
    "text",
    [
        "Blue Cross as subscriber plan, Medicare as secondary",
        "Humana Gold as the insured plan",
        "she has Medicare Advantage as patient coverage",
        "listed as pt responsibility on the remit",
    ],
)
def test_a_plan_said_as_the_subscriber_gets_no_warning(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Call Harriet (Hattie) Blankenship about the delivery window",
        "Spoke with Cornelius (Neil) Abernethy about his oxygen",
        "Text from Dolores (Lola) Fairbanks: the chair squeaks",
        "Phone Theodora (Teddy) Vasquez before the driver goes",
        "Visit Augusta (Gussie) Whitcombe on Friday for the fitting",
        "Schedule Reginald (Reggie) Thistlewood for a pickup",
        "Email Margery (Madge) Pellham that the rental ends",
        "Contact Wilhelmina (Billie) Strand about her seat cushion",
        "Deliver to Josephine (Josie) Whitlock after noon",
        "Called Bernadette (Bernie) Iverson, no answer",
    ],
)
def test_a_nickname_after_an_opening_verb_is_read_inside_the_name(text: str) -> None:
    assert describe(scan(text), _MESSAGES) == "a patient's name"


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Almonte (Warehouse) Called back about the truck",
        "Ask Kathryn (Kat) in billing about the Cigna denials",
        "Thanks Kathryn (Kat) Lee for the quick turnaround",
    ],
)
def test_a_bracket_after_a_whole_name_or_a_colleague_gets_no_warning(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Hi team, Edna Pruitt called about her chair",
        "Hi team, EDNA PRUITT called about her chair",
        "Hi team, Lorraine Quimby needs a new seat cushion",
        "hey team, Ambrose Kittredge says the lift is making noise",
        "Hello team, Priscilla Dorsey wants to return the walker",
        "Morning team, Harold Ashcroft is asking about his copay",
        "hi team, Rosalind Chatterjee never got her tubing",
        "Hi team: Cyrus Adebayo's daughter called twice",
        "Hi team, Opal Hendricks moved to assisted living",
        "Hey team, Cletus Varga refused the delivery",
    ],
)
def test_a_name_after_a_greeting_to_the_team_gets_the_name_warning(text: str) -> None:
    assert describe(scan(text), _MESSAGES) == "a patient's name"


@pytest.mark.parametrize(
    "text",
    [
        "Hi team, Angela Moore here from the Columbus branch",
        "Hi team, Angela Moore is out today",
        "Thanks team, Angela Moore will cover intake",
        "great work team, Angela",
    ],
)
def test_a_colleague_after_a_greeting_to_the_team_gets_no_warning(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3, by="kind")
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Call Octavia Renwick 202 dash 555 dash 0163", "phone"),
        ("reach Mrs. Lindell at 301 dash 555 dash 0148", "phone"),
        ("pt Horace Dunmore cell 410 hyphen 555 hyphen 0177", "phone"),
        ("her ssn is 512 dash 44 dash 8890, Mrs. Farraday", "ssn"),
        ("Ned Oyler ssn 498 Dash 22 Dash 1034", "ssn"),
        ("mbi 1EG4 dash TE5 dash MK73 for Ned Oyler", "mbi"),
        ("Medicare number 7RF3 dash TG5 dash YH21, Henrietta Vold", "mbi"),
        ("Abigail Throckmorton dob 03 dash 14 dash 1941", "dob"),
        ("patient Ida Wexford born 11 dash 30 dash 1938", "dob"),
        ("Gus Petrakis phone 771 dash 555 dash 0104", "phone"),
    ],
)
def test_a_number_read_out_with_the_word_dash_is_found(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "model 5 dash 2 wheelchair, the heavy duty one",
        "bill E1399 dash KX dash 01 on line two",
        "the Quickie 2 dash 3 seat, size 18 dash 16",
    ],
)
def test_short_model_numbers_with_the_word_dash_get_no_warning(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3, by="kind")
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nguyen Thi Huong DOB 8/8/1946, the transfer bench", "dob"),
        ("Ngô Thị Hương DOB 8/8/1946 wheelchair", "dob"),
        ("NGUYEN THI HUONG 07/02/1939 oxygen recert", "dob"),
        ("Le Thi Hoa 1EG4-TE5-MK73 is that the right MBI?", "mbi"),
        ("Pham Van Duc cell 202-555-0111 wants a callback", "phone"),
        ("Phạm Văn Đức 202-555-0111 re the lift chair", "phone"),
        ("Tran Thi Ngoc MRN 00451299 needs a new cushion", "mrn"),
        ("Vo Thi Xuan ssn 512-44-8890 for the Medicaid form", "ssn"),
        ("Huynh Van Phuoc member W88213450 on the UHC plan", "member_id"),
        ("Dang Thi Kieu, 4410 Quarry Rd Apt 12B, Washington DC 20011", "address"),
    ],
)
def test_a_vietnamese_name_beside_another_identifier_is_named(text: str, kind: str) -> None:
    assert {"name", kind} <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Le Thi Hoa signed the order, NPI 1234567893",
        "Nguyen Thi Lan MD, NPI 1902837465, signed the WOPD",
    ],
)
def test_a_vietnamese_clinicians_name_gets_no_warning(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Send the form to ruthie.m at example.com - that's Ruth Mayweather",
        "Ruth Mayweather's email: ruthie at example.org",
        "pt Barnaby Kessler, write to b.kessler at example.net",
        "her daughter's email is lou_fenn at example.com (Marigold Fenn)",
        "Mr. Dunmore says use pdunmore42 at example.com",
        "email for Gladys Pickering: gladys.p at example.org",
        "Alphonse Decker wants the receipt at adecker at example.com",
        "reach Cora Linwood at cora.linwood at example.net",
        "Mrs. Achebe's son: tunde.achebe at example.com",
        "send Hubert Caldwell's copy to hcaldwell at example.org",
    ],
)
def test_a_patients_mailbox_with_the_word_at_is_named(text: str) -> None:
    assert {"name", "email"} <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "billing at example.com handles the remits",
        "send the invoices to claims at example.org",
    ],
)
def test_an_offices_mailbox_with_the_word_at_gets_no_warning(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Last: Thornbury\nFirst: Agnes\nDOB: 1943-02-27",
        "```\nLast: Thornbury\nFirst: Agnes\nDOB: 1943-02-27\n```",
        "LAST: THORNBURY\nFIRST: AGNES\nMBI: 1EG4-TE5-MK73",
        "> **First:** Agnes\n> **Last:** Thornbury\n> **DOB:** 02/27/1943",
        "Last Name: Okonkwo\nFirst Name: Chidi\nMember ID: W88213450",
        "Surname: Haldane\nGiven: Mortimer\nPhone: 202-555-0119",
        "first name = Gisela\nlast name = Achterberg\nssn = 489-22-1034",
        "Family name: Petrakis\nFirst name: Gus\nMRN: 00774123",
        "* Last: Villalobos\n* First: Esperanza\n* DOB: 12/25/1939",
        "| Last: Kowalczyk |\n| First: Beatrix |\n| MBI 1FR7-KD2-XA41 |",
    ],
)
def test_a_name_split_into_keyed_lines_beside_another_identifier_is_named(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Last: Updated\nFirst: Pass\nICN 22331400567890",
        "Last: Medicare\nFirst: Aetna\nICN 22331400567890",
    ],
)
def test_keyed_lines_holding_no_name_get_no_warning(text: str) -> None:
    assert not scan(text)
