"""The team's own mail and chat lines, a supplier's own pages and credentials pass the PHI guard;
patients' addresses on rural routes, masked Medicare numbers and birth dates as programs store
them are still refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        # a colleague's or a rep's mailbox on an organisation's domain
        "From: Tamsin Holloway <tholloway@bluegrasshme.example>\nSent: Friday\n"
        "Subject: E1399 narrative cut off again\n\nsee the 835 below",
        "-----Original Message-----\nFrom: Rodney Pruitt [mailto:rpruitt@lakeviewseating.example]"
        "\nSubject: backorder\n\nthe cushions ship Tuesday",
        "add jkessler@appalachiahm.example and mbright@appalachiahm.example to the portal",
        # the names on a mail's header lines, and a quoted reply's writer
        "From: Corinne Talbott\nTo: Wendell Oakes\nSubject: fee schedule\n\nnew rates attached",
        "On Wed, Corinne Talbott wrote:\n> does E1399 need a KX?\nnot on NOC unless the LCD says",
        # a chat export's and a call transcript's speakers
        "[10:02 AM] Wendell Oakes: is Availity down for anyone else?",
        "[3/2/26, 4:15:09 PM] Corinne Talbott: pallets came in",
        "call transcript\nCorinne Talbott 0:02: ok next is the vendor invoice\n"
        "Wendell Oakes 0:07: the one billed twice?",
        "Google Chat: Wendell Oakes (IT): printer is fixed",
        # a chat tool's own lines about the workspace's members
        "Wendell Oakes has joined #billing-east",
        "Corinne Talbott reacted 👍 to 'ERA posted'",
        "Corinne Talbott changed the channel topic: 'send the invoice with every E1399'",
        # staff named with their job
        "Lamar Pennington (driver) has the Thursday route",
        "Lamar Pennington is training in the Ashland branch",
    ],
)
@pytest.mark.sweep(n=3)
def test_the_team_s_own_mail_and_chat_lines_pass(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # anyone's mailbox at a mail provider is still a person's
        ("From: Orla Devereux <odevereux@gmail.com>\nSubject: my walker bill", "email"),
        ("To: Orla Devereux <orla.d@example.net>\nRe: your chair", "email"),
        # a header name in a family's mail about a patient's case stays
        ("From: Misty Arbuckle\nTo: Intake\nSubject: mom\n\nher medicare card is lost", "name"),
        ("Mary Jones 9:30: walker delivery", "name"),  # a schedule, not a transcript
        ("[9:14 AM] Patient Orla Devereux: checking in", "name"),
        ("walker for Harold Jenkins - billing question", "name"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_patients_in_mail_and_chat_shapes_are_still_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "screenshot: 'Supplier Name: APPALACHIA HOME MEDICAL  PTAN: KY0441234'",
        "portal (Humana):\nProvider Name: APPALACHIA HOME MEDICAL\nProvider ID: 00412277",
        "WV Medicaid provider page:\nProvider: Appalachia Home Medical\nMedicaid ID: 7100112233",
        "box 33: Appalachia Home Medical, 210 S Main St, Pikeville KY 41501, (606) 555-0142",
        "facility ID 5521 on the nursing home's portal",
    ],
)
def test_a_supplier_s_own_pages_pass(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "Patient Name: ORLA DEVEREUX",
        "Provider: Dr. Haddad\nPatient: Orla Devereux\nMedicaid ID: 7100112233",
        "Orla Devereux, 12 Oak St, Pikeville KY 41501, 606-555-0142",
    ],
)
def test_a_patient_on_a_form_is_still_refused(text: str) -> None:
    assert scan(text).kinds != ()


@pytest.mark.parametrize(
    "text",
    [
        "guest Wi-Fi password at the Ashland store is 4KR7TV2WQ18",
        "product key for the label printer: 7HX2-KD4-RT55",
        "tracking # on the Cumberland carton: 2WN5PD8XK31",
        "inventory count: 3TD8KW2XH15 ok 8QP3RN6UJ72 missing",
        "pallet ID 6RM2UP9DW44 from the vendor",
        "Dana uploaded 5QC3TK8NP22_spec_sheet.pdf to Shared",
    ],
)
@pytest.mark.sweep(n=3)
def test_credentials_and_stock_numbers_shaped_like_a_medicare_id_pass(text: str) -> None:
    assert "mbi" not in scan(text).kinds and "member_id" not in scan(text).kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("need the manufacturer spec for 1EG4TE5MK73 before we bill E1399", "mbi"),
        ("tracking the walker for 1EG4TE5MK73, pt called", "mbi"),
        ("mbi 7K•••••AP21 off the portal print", "mbi"),  # bullets of a redacted PDF
        ("Medicare number 1EG4•••••••", "mbi"),
        ("DOB julian 1940213", "dob"),  # the year and the day of the year
        ("birth_epoch: -938736000", "dob"),  # a Unix time, seconds before 1970
        ("dob_ms = -938736000000", "dob"),  # and in milliseconds
        ("Rt 4 Box 212, Hazard KY", "address"),
        ("route 2, box 18-B, Vicco", "address"),
        ("6120 KY-80 W, Hindman, KY", "address"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_masked_ids_stored_dates_and_rural_addresses_are_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "PATIENT NAME ........ see the order",  # a dot leader is still a colon
        "Total......42.00 for the cushion",
        "DOS 2026078 in the ordinal format the MAC wants",  # no birth word
        "claim 1941078 for the DOB mismatch",  # a billing number, not the date
        "ship 2 PA-12 forms by Tuesday",  # no house number on a state highway
        "the Route 66 sign in the break room",
    ],
)
@pytest.mark.sweep(n=3)
def test_look_alikes_of_those_forms_pass(text: str) -> None:
    found = scan(text).kinds
    assert "dob" not in found and "address" not in found and "mbi" not in found


@pytest.mark.parametrize(
    "text",
    [
        "ticket: 'Balance transfer - PRUITT DELPHA - $18.20'",  # surname first, between dashes
        "queue item 'Stacy Verna' - POD missing",
        "Slone Lorene / Slone Arnetta - both on the tray recall",
        "thread: 'Slone Arvel Jr - CO-16'",  # a generational suffix
        "Garnet Hensley Sr. called about the lift chair",
        "file: slone_lorene_cmn.pdf",  # a file named in lower case, surname first
        "last name spelled S-L-O-N-E, first name A-R-V-E-L",
        "Verna Slone (first name Verna, not Vernon) - CMN unsigned",  # a name part said so
        "Thi Lan Pham (the pt in Hazard, not the interpreter)",  # the patient word in an aside
        "OBX|2|TX|NOTE||Pt Delpha Pruitt lives alone now||||||F",  # a result's free-text note
        "papaw Orville Slone called about the bed",  # a grandparent as families call him
        "re-bill the Pruitt tray",  # the patient's item after the surname
    ],
)
@pytest.mark.sweep(n=3)
def test_names_in_headings_suffixes_spellings_and_notes_are_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Martin Luther King Jr. Day - office closed",  # a day, not a person
        "Martin Luther King Jr Blvd warehouse",
        "NOC spelled N-O-C on the claim",  # a word of the bot's, spelled out
        "first name, last name, middle initial: which order on the POD?",
        "Hi [First Name], your order is ready",  # a template's field
        "walker_invoice_march.pdf",  # no name in the file's name
        "Mamaw's chair? which one, check Brightree",  # a grandparent's word, no surname
        "---------- Forwarded message ---------\nFrom: orders@vendor.example\nDate: Thu\n"
        "Subject: backorder notice\n\nthe pads ship 11/18",  # the mail's own date
        "OBX|1|NM|WT||182|lb|||||F",
        "the Pride ramp is back-ordered",  # a maker before the item
    ],
)
@pytest.mark.sweep(n=3)
def test_look_alikes_of_those_names_pass(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "marisela.ochoa@bluegrasshme.example - add her to the CMN distribution list",
        "Pine Mountain: 606 555 0110",  # a place named for a tree and a mountain
        "First Methodist Church lends wheelchairs, not our pts",
    ],
)
def test_a_workplace_mailbox_and_places_named_like_people_pass(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("marisela.ochoa@gmail.com - the pt's email for statements", "email"),
        ("Mary Church walker denied", "name"),  # Church is a surname too
        ("Mrs. Temple from Temple TX, the patient", "name"),
    ],
)
def test_a_patient_s_mailbox_and_surnames_like_places_are_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


def test_a_parcel_s_tracking_number_is_no_social_security_number() -> None:
    assert scan("UPS 1Z 7RT 604 03 5512 9917 is the return label for the cushion").kinds == ()
    assert "ssn" in scan("1Z999AA10123456784 was her box, ssn 219-04-7731").kinds


def test_a_regional_medicaid_plan_s_card_number_is_refused() -> None:
    assert "member_id" in scan("BlueCare Tennessee QRT551927304").kinds


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pruitt, Delpha - Intake - x214", False),  # a staff directory's entry
        ("Lamar Pennington | AR | ext. 118", False),
        ("pt Delpha Pruitt ext 12", True),  # a patient's word first
        ("pt Pruitt, Delpha - walker - x12", True),
    ],
)
def test_a_desk_s_extension_after_a_name_s_cell_marks_the_team_s_directory(
    text: str, found: bool
) -> None:
    assert ("name" in scan(text).kinds) is found
