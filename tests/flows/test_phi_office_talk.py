"""The PHI guard on the office's own talk: a colleague named in a message about the premises, the
office's money or its tools, a name the message says is not a patient's, a business's number or
address named by its trade, a colleague's birthday or baby, a return's number spelled in the
phonetic alphabet. Each is answered with no warning; the same words about a patient still get the
warning that names what was found."""

from __future__ import annotations

import pytest

from flows.phi import describe, scan
from tests.conftest import repository_content

_MESSAGES = repository_content().messages  # as the run loaded it


def warning(text: str) -> str | None:
    """The warning a user sees for `text`, or None when the message is answered."""
    findings = scan(text)
    return _MESSAGES.text("phi_warning", found=describe(findings, _MESSAGES)) if findings else None


def names(text: str) -> str:
    """What the warning says was found."""
    return describe(scan(text), _MESSAGES)


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Salo (Pekka's wife) will run the open house table",
        "Lauri Niemi at the Hancock store needs the credit memo for PO 44120",
        "[Calumet] Raili Aho: who has the Availity login token fob?",
        "Mr. Rautio (Jukka) needs the van keys back by 5",
        "Mr. Lahti fixed the loading dock door, thanks!",
    ],
)
def test_a_colleague_named_in_talk_about_the_office_gets_no_warning(text: str) -> None:
    assert warning(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "pt Mary Koski left her keys in the van",
        "Mary Koski's walker is backordered",
    ],
)
def test_a_patient_named_beside_an_office_word_still_gets_the_name_warning(text: str) -> None:
    assert names(text) == "a patient's name"


@pytest.mark.parametrize(
    "text",
    [
        "Gail Runnels is not the patient, she is our new biller",
        "Pirkko Lahti isn't our pt, she runs the front desk",
    ],
)
def test_a_name_the_message_says_is_not_a_patients_gets_no_warning(text: str) -> None:
    assert warning(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Jones is not a pt anymore, she moved",  # a former patient
        "ms Melancon's son Darnell is the one to call, NOT the pt",  # the patient's family
    ],
)
def test_a_former_patient_or_a_patients_relative_still_gets_the_name_warning(text: str) -> None:
    assert names(text) == "a patient's name"


@pytest.mark.parametrize(
    "text",
    [
        "Hill Funeral Home main line (906) 555-0104",
        "Koski Plumbing & Heating, 139 Front St, Marquette — invoice for the warehouse",
    ],
)
def test_a_business_named_by_its_trade_keeps_its_number_and_address(text: str) -> None:
    assert warning(text) is None


def test_a_street_named_for_a_trade_is_still_an_address() -> None:
    assert names("ship to 12 Old Church Rd, Hancock MI") == "a street address"


@pytest.mark.parametrize(
    "text",
    [
        "Sokha's birthday is in June, card is going around",
        "staff birthday list: Brenda 3/19, Marco 7/14",
        "Tuomas's daughter was born 10/2/2025!",
    ],
)
def test_a_colleagues_birthday_or_baby_gets_no_warning(text: str) -> None:
    assert warning(text) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("her birthday is March 14", "a date of birth"),
        ("Hernandez's birthday is 3/4/1941", "a date of birth and a patient's name"),
    ],
)
def test_a_patients_birthday_still_gets_the_warning(text: str, found: str) -> None:
    assert names(text) == found


def test_a_return_number_spelled_in_the_phonetic_alphabet_gets_no_warning() -> None:
    spelled = "four, alpha, kilo, six, tango, hotel, two, mike, echo, one, one"
    assert warning(f"the RMA on the phone: {spelled}") is None
    assert names(f"MBI: {spelled}") == "a Medicare ID (MBI)"


@pytest.mark.parametrize(
    "text",
    [
        "From: Eino Lahti <eino.l@example.com>\nSubject: E1399 pricing update for Q3",
        "To: vendor@example.net  Cc: ar.team@example.com  Subject: RMA for the bent footplate",
    ],
)
def test_a_mail_header_about_the_teams_work_gets_no_warning(text: str) -> None:
    assert warning(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "From: Harriet Blackwood <hblackwood1947@example.com>\nSubject: my walker bill",
        "From: Cornelius Abernethy <corn.abernethy44@example.net>\nSubject: bill",
    ],
)
def test_a_patients_own_mail_still_gets_the_warning(text: str) -> None:
    assert names(text) == "a patient's name and an email address"


def test_a_makers_name_and_model_in_a_price_line_gets_no_warning() -> None:
    assert warning("NTE: 'SEAT PAN, HURON HS-220, MSRP 812.40, QTY 1'") is None


def test_a_name_said_to_be_a_doctors_staff_gets_no_warning() -> None:
    assert warning("Mrs. Rossi is Dr. Rossi's office manager, she's great") is None


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Jones is Dr. Lee's patient, needs a walker",
        "Mrs. Jones is Bob's wife, she wants the chair",
    ],
)
def test_a_name_said_to_be_a_doctors_patient_or_someones_wife_gets_the_warning(text: str) -> None:
    assert names(text) == "a patient's name"


@pytest.mark.parametrize(
    "text",
    ["Dana Koski (compliance) signed off on the audit", "Raili Aho (accounting) sent the run"],
)
def test_a_colleague_with_a_back_office_desk_in_brackets_gets_no_warning(text: str) -> None:
    assert warning(text) is None


def test_a_patient_who_needs_an_interpreter_still_gets_the_name_warning() -> None:
    assert names("bene is Kee Bitsui, Navajo interpreter needed for the delivery") == (
        "a patient's name"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Ferrante at the bank approved the line of credit",
        "Mrs. Yarrow at the corner bakery put up our flyer",
        "Tobias Renner moved the file server to the new rack",
        "Ilse Brandt and Omar Haddad are at the Noridian webinar all morning",
        "Mr. Ochs, our bookkeeper's assistant, wants the 1099s by Friday",
        "Selma Dorn (billing lead) is out Monday",
        "Reid Okon ARNP signed the SWO for the tray",
        "From: Tove Lind <tove.lind@example.org> Subject: Ellensburg inventory count",
    ],
)
@pytest.mark.sweep(n=3)
def test_staff_and_business_contacts_in_office_talk_get_no_warning(text: str) -> None:
    assert warning(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "pt Mrs. Yarrow at the bakery fell, needs a walker",
        "Mr. Ochs, our new patient, wants the walker by Friday",
        "Tobias Renner's walker is at the bank branch, pick it up",
    ],
)
def test_a_patient_at_a_business_or_beside_a_job_still_gets_the_name_warning(text: str) -> None:
    assert names(text) == "a patient's name"
