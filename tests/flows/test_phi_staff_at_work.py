"""The PHI guard on staff named at their work: a driver doing the deliveries, an interpreter the
office books, a contact named with a job between commas, a schedule's shortened day before a
colleague's name, a colleague's birthday, baby or training, an interface's control ID, an X12
envelope's sender ID, a payer's payment ID and a maker's warranty claim. Each is answered with no
warning; a patient named beside the same words still gets the warning."""

from __future__ import annotations

import pytest

from flows.phi import describe, scan
from tests.conftest import repository_content

_MESSAGES = repository_content().messages  # as the run loaded it


def names(text: str) -> str:
    """What the warning says was found, or "" when the message is answered."""
    findings = scan(text)
    return describe(findings, _MESSAGES) if findings else ""


@pytest.mark.parametrize(
    "text",
    [
        "Travis Oyelowo delivered 4 beds in Moxee today, all signed",
        "Kurt Halvorsen and Dana Pruitt doing the Ellensburg deliveries tomorrow",
        "interpreter Ludmila Sorokina is booked for Thursday's fitting",
        "Tagalog interpreter Rowena Bautista sent her invoice",
        "Mr. Ekwueme, the county benefits coordinator, returned my call",
        "Kelsey Dominguez (billing lead) out Tues, Ramon covers AR",
        "interface keeps rejecting, control id 55120934, resend tonight",
        "Humana payment ID 7730145528 posted today",
        "our ISA sender qualifier changed from ZZ to 30 with ID 662091457",
        "Mirela Dumitru (compliance) birthday is May 2 - card in the break room",
        "Tavita Lealaiauloto's baby girl arrived 03/02/2026, 7 lb!",
        "Odessa Whitlock's HIPAA training is overdue",
        "Bayside Mobility warranty claim # 4HK2TR7WN55",
        "Mrs. Vang, the county Hmong interpreter, called back",
        "road closed in Selah, Kurt's doing deliveries from the Union Gap side",
    ],
)
@pytest.mark.sweep(n=3)
def test_staff_named_at_their_work_get_no_warning(text: str) -> None:
    assert names(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "pt Ludmila Sorokina, Russian interpreter needed for the fitting",
        "Travis Oyelowo needs his bed delivered Friday",
        "Humana member ID 7730145528 for the walker",
        "Baby Boy Hernandez-Ruiz (NICU grad) - apnea monitor order",
        "his bday is 12/25 and he's 84, per the son",
        "Mrs. Vang, Hmong interpreter needed",
        "landline 5095550167 just rings, no machine",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patient_beside_the_same_words_still_gets_the_warning(text: str) -> None:
    assert names(text) != ""


@pytest.mark.parametrize(
    "text",
    [
        "St. Elias Medical Center patient financial services (907) 555-0144",
        "Waystar client services (417) 555-0109",
        "Brookhaven Rehab central supply phone is 417-555-0133",
        "the MAC's contact center at 417-555-0121 put me on hold",
        "fax numbers: billing (417) 555-0148, intake 417-555-0199",
        "Aetna, 2230 Commerce Pkwy, Blue Ash OH 45242 - for paper appeals",
        "the bank: Ozark Federal, 118 E Walnut St",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_business_desk_or_payer_before_its_number_or_address_gets_no_warning(text: str) -> None:
    assert names(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "office 417-555-0110, daughter 417-555-0100",
        "pt's patient portal lists 417-555-0166 as home",
        "address on the Medicaid card: 12 Cobble Hill Way, Apt 3F, Springfield MO",
    ],
)
def test_a_patients_number_or_address_beside_business_words_still_gets_the_warning(
    text: str,
) -> None:
    assert names(text) != ""
