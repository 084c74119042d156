"""Team talk the PHI guard leaves alone: a colleague named with their desk work ("on the phones",
an extension after a comma), a town opening the note before the store's or desk's word, a
clinician's practice phone right after "Dr." and a name or a credential, and a colleague's
birthday by a given name alone with no year. The same shapes beside a patient's word, a title,
a relative or a full name stay refused."""

from __future__ import annotations

from flows.phi import scan

TEAM_TALK = (
    "Bernadette Okoye on the phones till 2. can someone take the Availity queue?",
    "UPS 1Z9W8E71A0312345677 | Kareem Haddad, ext 218 | RMA 55812 for the tilt kit",
    "Florence Park desk: credit memo for PO 55812 came back, is it posted?",
    "from the Stanley Park desk: is the KX needed on the E1399 line?",
    "Dr. Harriet Osei 856-555-0147 wants the narrative rewritten before Friday",
    "Lionel Baptiste APN signed the SWO. does the ordering NPI have to match?",
    "Wren Castillo PT (732) 555-0163 sent the seating eval notes",
    "ICN 7712094451032\nDolores's birthday is October 9\nPTAN 447281DME",
    "quick q - fatima's birthday is june 30; who covers the remits that day?",
)

PATIENT_TALK = (
    ("pt Harriet Osei on the phones with us now, DOB 3/2/1941", "name"),
    ("Mrs. Osei on the phones, she says her walker broke", "name"),
    ("pt Vera Lindqvist, ext 12 is her desk at work", "name"),
    ("Florence Park desk: pt Vera Lindqvist 856-555-0173 wants a callback", "phone"),
    ("Florence Park desk: Vera Lindqvist DOB 5/4/1938 wants a callback", "name"),
    ("Vera Lindqvist office: 856-555-0190, cell 856-555-0191", "name"),
    ("Vera Lindqvist desk - she wants the walker picked up", "name"),
    ("patient Dr. Harriet Osei 856-555-0147 needs a new CPAP mask", "phone"),
    ("Harriet Osei PT 856-555-0147 wants her walker fixed", "phone"),
    ("Mr. Lindqvist's birthday is May 4, is that on the CMN?", "dob"),
    ("Vera Lindqvist's birthday is May 4 and the CMN says May 14", "dob"),
    ("her mom's birthday is June 12, the walker order has it wrong", "dob"),
)


def test_desk_staff_towns_office_phones_and_team_birthdays_pass() -> None:
    assert [text for text in TEAM_TALK if scan(text)] == []


def test_the_same_shapes_beside_a_patient_are_refused() -> None:
    assert [text for text, kind in PATIENT_TALK if kind not in scan(text).kinds] == []
