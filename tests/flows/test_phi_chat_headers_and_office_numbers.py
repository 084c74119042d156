"""Copied chat threads, a display name's pronouns, an office's dial-in and menu numbers, a
loaner's or a return's number, a town's state and ZIP, a record system's all-zero stand-in:
the look-alikes that name the team or a business, beside the patients' forms that stay
refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Marisol Quintero  10:14 AM\nanyone know if Jurisdiction D wants the KX on E1399?",
        "Tomasz Wielgus (he/him)  3:51 PM\nuploaded the ABN template, check the footer",
        "Imani Okafor  replied to a thread: CO-16 on the tray",
        "Imani Okafor (she/her) · Billing Specialist · Riverbend DME",
        "Gustavo Marchetti has joined the channel",
        "Priya Raghunathan is now in a huddle with Tomasz Wielgus",
        "Colm Breathnach set a status: at the warehouse all day",
        "COO Evangeline Torvik approved the new fee schedule",
        "hospice caseworker Babajide Olatunji faxed the packet",
        "weekly huddle bridge 1-614-555-0142, PIN 88213#",
        "Permobil service 1-614-555-0166 opt 3 for parts",
        "RMA 4HW7KT2PX19 on the cracked armrest",
        "loaner 6tr2ck8wv51 back on the shelf",
        "Riverbend DME, 40 Depot St, Pocatello ID 83201",
        "Medicaid # 00000000 until the county assigns one",
        "their base serials look like 412-77-0193, don't ask",
        "Message-ID: <20260614.0921@riverbend.example>",
        "Vendor: Tri-State Seating\nContact: Bernadette Okoro\nRe: new price list",
        "From: Lucia Ferreira <lferreira@invacare.example>\nSubject: backorder",
        "joystick controller 5MK2-TR8-UW40 per the sticker",
        "Medicaid fiscal agent: 2 Commerce Plaza, Suite 9 - mail appeals there",
        "địa chỉ kho hàng: 40 Industrial Pkwy, Fargo",
    ],
)
@pytest.mark.sweep(n=3)
def test_team_chat_and_business_numbers_pass(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a header is a colleague's name only; a patient in the message body is still refused
        ("Marisol Quintero  10:14 AM\npt Agnieszka Wrobel needs the tray", "name"),
        # a schedule's lines of names and times are patients' visits, not chat headers
        ("Agnieszka Wrobel  9:30 AM\nBartholomew Keane  10:15 AM\n", "name"),
        ("patient Jordan Ashworth (they/them) needs the walker", "name"),
        # a vendor's form with a patient in it is no vendor contact's
        ("Vendor: Tri-State Seating\nContact: Bernadette Okoro\nRe: her walker", "name"),
        # asked about the patient's own item, a name after "ask" is the patient's
        ("ask Maria Lopez her walker size", "name"),
        ("Medicaid ID: 4471900213", "member_id"),
        ("MBI 4HW7-KT2-PX19 for the armrest claim", "mbi"),
        ("address (per the face sheet):\n88 N\nCole Rd\nBoise ID\n83704", "address"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_patients_beside_those_forms_stay_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        # pronouns after a name, then the message: a display name only before a separator
        "Sam Ortega (he/him) wants to know if we take his late wife's Tricare for the stairlift",
        "Sam Ortega (he/him) - new Medicare referral for a K0108 armrest",
        # an equipment word a few words off does not make a patient's number a product's
        "need warranty repair for 1EG4TE5MK73 power chair",
        "need the manufacturer spec for 1EG4TE5MK73 before we bill E1399",
        "loaner for 518-44-0912 went out today",
        # a visit line under a list's colon, or naming a patient or a title, is no chat header
        "Patient Maria Lopez  9:30 AM\nhospital bed delivery, E0260, DOS tomorrow",
        "deliveries tomorrow:\nMaria Lopez  9:30 AM\nE0260 hospital bed, she lives alone",
        "Mr. Delgado  10:15 AM\nK0108 headrest, spec sheet on file",
        "volunteer Harold Jenkins fell and needs a new walker",
    ],
)
@pytest.mark.sweep(n=3)
def test_identifiers_near_team_chat_shapes_are_still_caught(text: str) -> None:
    assert scan(text).kinds != ()
