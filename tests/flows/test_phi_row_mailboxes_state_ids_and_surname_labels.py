"""A patient's e-mail address in a pasted row after a word such as "line" is the patient's (a
help line has a number, not a mailbox), and the name cells right before it that its mailbox
spells are the patient's name; a Medicaid or member ID with the state's code before it ("CO
A123456") is a member ID; a surname after a patient's word and right before an identifier's
label ("pt Lindqvist MBI is ...") is a name. A business's mailbox after the same words, a
state's provider number and a word that is no surname before the label stay as they were."""

from __future__ import annotations

import pytest

from flows.phi import scan

MAILBOXES_AFTER_LINE_WORDS = (
    "csv line: 'Okafor','Nneka','nokafor51@gmail.com','E0143'",
    "line 7: Ruiz, Ana, anaruiz1946@yahoo.com",
    "export line -> Brandt;Hugo;hugo.brandt@outlook.com",
    'data line: "Fenwick","Greta","gfenwick@aol.com"',
    "line 22 | Soto | Evangeline | esoto48@hotmail.com | walker",
    "the hotline lady said the pt's email is mpike40@gmail.com",
    "spreadsheet line 3 = Kowal, Agnes, agnes.kowal@comcast.net",
    "first line of the sheet: Tate, Wilbur; wtate44@icloud.com",
    "pasted line: Delacroix Juliette jdelacroix@yahoo.com",
    "helpline ticket says the member's address is dhaig1950@gmail.com",
    "line 41 Halvorsen Gus gushalvorsen@msn.com E0260",
)

NAMES_MAILBOXES_SPELL = (
    "line 7: Ruiz, Ana, anaruiz1946@yahoo.com",
    "export line -> Brandt;Hugo;hugo.brandt@outlook.com",
    'data line: "Fenwick","Greta","gfenwick@aol.com"',
    "line 22 | Soto | Evangeline | esoto48@hotmail.com | walker",
    "spreadsheet line 3 = Kowal, Agnes, agnes.kowal@comcast.net",
    "row: Okafor,Nneka,nokafor51@gmail.com,E0143",
    "Haig | Dolores | dolores.haig@gmail.com",
    "Quintero;Alma;aquintero50@yahoo.com;E0143",
    '"Mbatha","Thandiwe","thandiwe.mbatha@outlook.com"',
    "Lindqvist, Astrid, alindqvist@icloud.com, 2 walkers",
)

BUSINESS_MAILBOXES_AFTER_LINE_WORDS = (
    "support line: help@acmemedical.com",
    "our billing line is busy, email claims@ourdme.com",
    "the Medline hotline rep is jdoe@medline.com",
    "IVR down, use portal@noridian.com",
    "toll-free line or billing@brightree.com for the portal",
    "the vendor line and orders@sunrisemedical.com are both slow",
    "help line: support@availity.com",
    "the customer line is down; email cs@drivemedical.com instead",
    "Pride's order line: orders@pridemobility.com",
    "hotline for suppliers: dmeinfo@cgsadmin.com",
)

STATE_CODED_IDS = (
    "Medicaid ID CO A123456 for the bariatric chair",
    "Medicaid ID: NY AB12345C, walker denied",
    "member id TX ABC1234567 on the card",
    "recipient id AZ A12345678, is AHCCCS primary?",
    "Medicaid # WA QW12345678 came back invalid",
    "subscriber ID CA 91234567A was rejected",
    "Medicaid ID: CO B778812, the rollator was denied",
    "policy # MI XYZ123456 shows termed",
    "member ID OR AB1234567, rental month 3",
    "Medicaid ID PA MA12345 for the hospital bed",
)

NOT_MEMBER_IDS = (
    "provider ID CO A123456 on the 855 form",
    "the Medicaid ID field is 8 digits in CO",
    "Medicaid ID CO is required on the claim",
    "tax ID 84-1234567 on the W-9",
    "the NPI and the Medicaid provider ID go in 2010AA",
    "member id format in TX is 9 digits",
    "LCD L33792 applies in CO and WY",
    "Medicaid ID CO A-code list updated",
    "payer ID CO 12345 for Colorado Medicaid",
    "our TX Medicaid provider ID TX A123456 is on the 855",
)

SURNAMES_BEFORE_LABELS = (
    "pt Lindqvist MBI is 7CV5BN2MM90",
    "pt Okonkwo's MBI is 2WE7RT4YU81",
    "patient Halvorsen DOB is 04/12/1941",
    "pt Abernathy SSN is 512-38-9904",
    "pt Castellanos MRN is 3320198",
    "pt Garcia, MBI is 9RK4WE7UY32",
    "pt Haugen, DOB was 01/01/1940",
    "pt Kowalczyk HICN is 498213776A",
    "pt Tremblay MBI: 3KH7TR4WW19",
    "patient Oyelaran's DOB is 12-01-1949",
    "pt Nakamura RRB is MA123456",
)

NOT_NAMES_BEFORE_LABELS = (
    "Patient MBI is required on the claim",
    "pt deceased, DOB was on the death certificate",
    "patient unknown, MRN pending",
    "the patient's MBI is on the card",
    "Patient DOB is required on the CMN",
    "pt MBI is invalid, check the card",
    "pt transfer, MRN to follow",
    "Patient SSN is never needed for Medicare",
    "pt info, DOB and MBI go in loop 2010BA",
    "patient portal MBI lookup is down",
    "patient: null, DOB: null, MBI: null",
    "pt none, MBI pending",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", MAILBOXES_AFTER_LINE_WORDS)
def test_patient_mailbox_after_a_line_word_is_refused(text: str) -> None:
    assert "email" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", NAMES_MAILBOXES_SPELL)
def test_name_cells_the_mailbox_spells_are_named(text: str) -> None:
    assert {"name", "email"} <= set(scan(text).kinds)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", BUSINESS_MAILBOXES_AFTER_LINE_WORDS)
def test_business_mailbox_after_a_line_word_is_left_alone(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", STATE_CODED_IDS)
def test_member_id_after_a_state_code_is_refused(text: str) -> None:
    assert "member_id" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", NOT_MEMBER_IDS)
def test_state_codes_in_billing_talk_are_no_member_id(text: str) -> None:
    assert "member_id" not in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", SURNAMES_BEFORE_LABELS)
def test_surname_before_an_identifier_label_is_named(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", NOT_NAMES_BEFORE_LABELS)
def test_patient_word_before_a_label_names_no_one(text: str) -> None:
    assert "name" not in scan(text).kinds


# A fax's or a letter's subject line after the sender's clinic: the clinic's last word ("Med",
# "Surgery") is no title of the name on the next line.
SUBJECTS_AFTER_A_CLINIC_LINE = (
    "From: Aspen Family Med\nRe: KOWALCZYK, ZOFIA M.\nDOB: 5/5/1932",
    "FROM: Pine Ridge Internal Med\nRE: OYELARAN, BERTRAND\nMBI 2WE7RT4YU81",
    "Sender: Foothills Sports Med\nRe: DUNLEAVY, PATRICK J.\nDOB 01/30/1944",
    "From: Valley Family Med\nSubject: HALVORSEN, INGRID\nMRN 00412983",
    "From: North Range Med\nRe: TREMBLAY, ODILE F.\nMember ID W884120937",
    "From: Lakeside Urgent Med\nRe: ABERNATHY, LOUELLA\nDOB 02/28/1940",
    "From: Summit Family Med\nRe: CASTELLANOS, INES\nphone 720-555-0133, DOB 4/4/1944",
    "From: Front Range Geriatric Med\nRe: NAKAMURA, SHIRO T.\nHICN 523114477A",
    "From: Canyon Family Med\nRe: SZABO, LAJOS K.\nMedicare 2WE7RT4YU81",
    "From: Prairie Family Med\nRe: VELLA, ROSARIO\nDOB 9/9/1939",
)

CLINICIANS_IN_HEADERS = (
    "From: Dr. Huang\nRe: walker order, signature missing",
    "Ordering physician: Dr. Hale, Maria NPI 1457389201",
    "Re: Dr. Castellanos, Ines MD - the SWO needs a date",
    "Referring: Dr. Okafor, Nneka (pulmonology)",
    "From: Aspen Family Med\nRe: order for the hemi walker",
    "FROM: Pine Ridge Internal Med\nRE: CMN for E1399, pages 3",
    "Sender: Foothills Sports Med\nRe: prior auth status for the knee scooter",
    "From: Valley Family Med\nSubject: Q4 fee schedule",
    "Rendering provider: Smith, John A. MD",
    "From: North Range Med\nRe: Dr. Tremblay's NPI 1093847561",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", SUBJECTS_AFTER_A_CLINIC_LINE)
def test_patient_in_a_subject_after_the_clinic_line_is_named(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", CLINICIANS_IN_HEADERS)
def test_clinicians_and_subjects_with_no_patient_are_left_alone(text: str) -> None:
    assert not scan(text)


# A birth date copied from a form's boxes with the year first and spaces between.
YEAR_FIRST_SPACED_BIRTH_DATES = (
    "DOB 1939 03 03 on the face sheet",
    "the face sheet gives DOB 1939 03 03.",  # a full stop ends it
    "birthdate 1941 11 27, is the walker covered?",
    "date of birth: 1936 7 4",
    "born 1944 02 29 per the intake form",
    "D.O.B. 1950 12 31 - rental month 4",
    "dob 1947 06 21 and the CMN is unsigned",
    "Birth date 1933 01 09",
    "DOB: 1952 10 05 / pt Haugen",
    "her DOB is 1938 08 30",
    "date of birth 1945 4 15, Medicare primary",
)

SPACED_SERVICE_DATES = (
    "DOB on file, DOS 2024 03 03",
    "DOB verified; delivery 2024 10 01",
    "the DOB field format is YYYY MM DD, e.g. 2024 01 31",
    "DOB 1939 13 03 is not a date, check the form",
    "claim 2024 10 01 for E1399",
    "DOS 2024 11 04, NU KX, $845",
    "birth date box left blank; signed 2024 09 14",
    "dob missing, order dated 2024 08 02",
    "delivery ticket 2024 07 15 signed by the caregiver",
    "the 2024 03 15 remit shows CO-45",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", YEAR_FIRST_SPACED_BIRTH_DATES)
def test_year_first_birth_date_with_spaces_is_refused(text: str) -> None:
    assert "dob" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", SPACED_SERVICE_DATES)
def test_spaced_service_dates_are_no_birth_date(text: str) -> None:
    assert "dob" not in scan(text).kinds


# A plan's name in one cell of a pasted row and its member number in the next.
PLAN_NUMBERS_IN_CELLS = (
    "1 | Ada Rourke | Humana | H44218190 | E0260",
    "Rourke, Ada | Aetna | W884120937",
    "row 4: Ada Rourke, Cigna, U4821397601",
    "Ada Rourke - UnitedHealthcare - 912384756",
    "Name,Plan,Member\nAda Rourke,Aetna,W221938475",
    "Ada Rourke | Medicaid | 100293847",
    "Ada Rourke, Tricare, 1234567890",
    "Ada Rourke \u2014 Humana \u2014 H12345678",
    "Quist H. | BCBS | XOF812039475",
    "Ada Rourke; Anthem; YRK123456789",
)

PLAN_CELLS_WITH_NO_MEMBER = (
    "Aetna | 60054 | payer ID",
    "UHC, 87726, Aetna, 60054",
    "Humana - 1-800-457-4708",
    "Payer | Claims | Paid\nAetna | 12 | $4,210.00",
    "Cigna, 2024 fee schedule",
    "Humana | 61101 | Medicare Advantage",
    "Medicaid - CO - fee schedule 07/01/2024",
    "Aetna, UHC, Cigna: all need the KX",
    "Tricare - East region",
    "BCBS | prefix XOF | BlueCard",
    "UHC, 8778423210, option 3 for DME",  # the payer's toll-free line
    "Cigna; 8009971654; PA dept",
    "Humana | 2024031512345 | CO-45 | $845.00",  # a claim number: longer than a member's
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PLAN_NUMBERS_IN_CELLS)
def test_member_number_in_the_cell_after_its_plan_is_refused(text: str) -> None:
    assert "member_id" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", PLAN_CELLS_WITH_NO_MEMBER)
def test_plan_cells_with_payer_numbers_are_no_member_id(text: str) -> None:
    assert "member_id" not in scan(text).kinds


# A big provider's address with its ".com" left off, as billers jot one down.
ADDRESSES_WITHOUT_THEIR_ENDING = (
    "email hquist40 at gmail",
    "e-mail addr hattie.quist at gmail",
    "pt email: rourke_ada@yahoo",
    "send the ABN to jo.ames44 at outlook",
    "daughter's email ann.rourke (at) hotmail",
    "her email is bkessler52@aol",
    "write to g.haugen at icloud for the POD",
    "email on file: m_fenn1940 at comcast",
    "pt said use lowe.henrietta@gmail",
    "contact sister via t.okafor77 at yahoo",
    "her email is bkessler52@aol.",  # a sentence's full stop after it
    "pt email r.okafor at msn",
    "son's email dquist61 @ verizon",
)

WORDS_BEFORE_A_PROVIDER = (
    "we met at 10 at gmail hq",
    "login at gmail fails for the portal",
    "billing@gmail is not our address, use the portal",
    "support at gmail never answered",
    "claims2 at gmail is the old team box",
    "pt 2 at gmail",
    "meet at outlook calendar 3pm",
    "the ABN is saved at yahoo groups? no, on the share",
    "invite sent at comcast business office",
    "ask at aol desk",
)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", ADDRESSES_WITHOUT_THEIR_ENDING)
def test_address_with_no_ending_on_a_big_provider_is_refused(text: str) -> None:
    assert "email" in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", WORDS_BEFORE_A_PROVIDER)
def test_words_before_a_provider_name_are_no_address(text: str) -> None:
    assert "email" not in scan(text).kinds
