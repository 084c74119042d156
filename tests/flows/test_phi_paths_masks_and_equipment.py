"""A patient named in a portal's breadcrumb or a drive's folder path, an MBI masked all but its
last four, a bare ten-digit phone after a person's word or in a signature, a street named with
a particle, an SSN after a plural "SSNs" and an account before a "Last, First" are refused; an
equipment record's serial number (a model, a recent date, then the serial), a shared sheet's
author, a path with no patient in it, a masked card number and a business's bare line pass; a
long run of one mark (a rule line of dashes, a masked field) is read at once."""

from __future__ import annotations

import time

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a portal's breadcrumb: the step after "Patients" is the patient, the numbers further on
        # hers, whatever software the first step names
        ("Kareo > Patients > HOLLOWAY, MARGUERITE > Billing > Medicaid 8812047739",
         {"name", "member_id"}),
        # a folder path with a patients' folder, and a folder or a sheet named for a person
        ("S:/Intake/Patients/Okafor_Ngozi/AOB.pdf", {"name"}),
        ("saved it to /Residents/Pettigrew_Lorraine/ on the shared drive", {"name"}),
        ("Sheet: RECERT_Theodora_Mavros (do not share)", {"name"}),
        # an MBI masked all but its last four, in one run or in the card's groups, with no cue
        ("*******QE17 on the 835 we got today", {"mbi"}),
        ("the letter shows •••• ••• WN38 and then her name", {"mbi"}),
        ("XXXX-XXX-GK27 on the returned letter", {"mbi"}),
        # a phone with no dashes after a person's word, or alone in a signature's cell
        ("home 7405550188 per the intake sheet", {"phone"}),
        ("pt's daughter 7405550188 can sign", {"phone"}),
        ("-- LUCILLE PERRAULT, retired teacher | 7405550166", {"phone"}),
        # a claim's row keeps its MBI: a HCPCS code (with modifiers) is no model number, and a
        # birth date is no date a unit was made or shipped
        ("E0260 2026-02-11 4HN7JK2PQ18", {"mbi"}),
        ("K0823-RR 02/11/2026 4HN7JK2PQ18", {"mbi"}),
        ("PRX-220-B 03/04/1948 4HN7JK2PQ18", {"mbi", "dob"}),
        # a street name with a French particle, after a driver's chat name
        ("[9:05] Marcel Guidroz: at 4410 E Bayou du Large Rd, gate's locked", {"address"}),
        # an SSN in a message that warns about SSNs, after a "Last, First"
        ("please no SSNs in chat (removed: THIBODEAUX, NOLA 412667309)", {"ssn", "name"}),
        # an account number right before a patient's "Last, First", whatever the opening says
        ("photo from the Houma office: acct 7730021458 Landry,Odile past due", {"mrn", "name"}),
        # the patient named before the tech's number
        ("POD signed by Mavis Thibodaux, the pt, tech #12 delivered", {"name"}),
        # a sheet's author is a colleague, the patient in the comment is not
        ("Smartsheet comment by Delphine Arkwright: pt Harold Jenkins needs the walker", {"name"}),
    ],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="kinds")
def test_paths_masks_and_bare_phones_are_refused(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        # paths with no patient's step
        "Brightree > Reports > Aging > Medicare",
        "Brightree > Patients > Search",
        "OneDrive > Warehouse > RMA > 1WQ9-FC5-KM11 > photos.zip",
        "is it Mr./Mrs./Ms. on the form",
        "/templates/NOC_Narrative/E1399.docx",
        "C:/Users/Public/Billing_Reports/aging.xlsx",
        # masked numbers that are no MBI's
        "card ending **** **** **** 4421",
        "XXXXXXXXXXX is the sample on the form",
        # an equipment record: a model number, a recent date, the unit's serial
        "warehouse log: PRX-220-B 03/04/2026 4HN7JK2PQ18",
        "repair ticket: KX-400T, 11/30/2025, 6RT2WW8JD13",
        "model TR-88, ser no 7KD3JX5MN20, shipped last week",
        # a business's account, and SSNs talked about with no number of one
        "our acct with Medline is 4471902",
        "do SSNs ever go on the CMN? no, only the MBI",
        # a business's line and a provider's number with no dashes
        "Lakeside Home 7405550188 is the branch line",
        "NPI 1234567893 on the order",
        # a card sample's and a companion guide's placeholder people; an ambulance company's line
        "sample card in the Humana packet: Member: JANE Q PUBLIC ID: XXXXXXXXX",
        "companion guide page 41: NM1*IL*1*DOE*JANE****MI*XXXXXXXXXXX~",
        "Pelican Ambulance 985-555-0142 does the stretcher runs",
        # a staff member with the job's own number after the name
        "swapped the concentrator: Lionel Guidry, driver #3, at 9:40",
        # a shared sheet's or a tracker's author
        "Smartsheet comment by Delphine Arkwright: recert packet went out for the Medline order",
        "edited by Kyle Napier - fee schedule tab",
    ],
)
@pytest.mark.sweep(n=3)
def test_look_alikes_of_those_forms_pass(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "-" * 2000,  # a pasted rule line, an e-mail's separator
        "x" * 2000,  # a masked field
        "*" * 2000,
        "Home > Patients > " * 200,
        "/Patients/a_b" * 300,
    ],
)
def test_a_long_run_of_one_mark_is_read_at_once(text: str) -> None:
    """The bot answers at once: no shape of the guard retries a run of dashes or masks every way."""
    start = time.process_time()
    scan(text)
    assert time.process_time() - start < 1.0
