"""The PHI guard on what billers paste from other systems and languages: 837/271 segments, HL7
fields, tables under a header, digits of other scripts, dates of birth written abroad."""

from __future__ import annotations

import pytest

from flows.phi import PhiFindings, scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("NM1*IL*1*ASHWORTH*PENELOPE****MI*XJH882019374~", {"name", "member_id"}),
        ("NM1*QC*1*PARK*JI-HOON****MI*4DX6GR1UE82~DMG*D8*19470513*M~", {"name", "mbi", "dob"}),
        ("N3*310 W KESSLER BLVD*APT 12~ (patient loop 2010CA)", {"address"}),
        ("REF*EA*00917734~", {"mrn"}),
        ("REF*SY*523184096~", {"ssn"}),
        ("PID-11: 55 ORCHARD HILL RD^^ZANESVILLE^OH^43701", {"address"}),
        ("Name,DOB,Item\nVasquez-Ocampo Rubén,04/30/1939,E1399", {"name", "dob"}),
        ("Patient\tDOB\tHCPCS\nTeodora Vulić\t02/17/1946\tE1399", {"name", "dob"}),
        # Each segment on its own line: the tilde ending one is no strike mark.
        ("NM1*QC*1*LINDQVIST*ASTRID~\nREF*SY*409218836~", {"name", "ssn"}),
        ("PV1|1|O|CLINIC^^^||||1912003847^RAO^ANIL||||||||||||H20418833", {"mrn"}),
        # Name, relationship and birth date read together, even a field off as typed by hand.
        ("IN1|1|AETNA||||||||||||||MARCHETTI^SILVIA|01|19400311", {"name", "dob"}),
        ("IN1|1|AETNA|||||||||||||MARCHETTI^SILVIA|01|19400311", {"name", "dob"}),
        # A Python dict; a person's name with a phone is a patient's record.
        ("{'name': 'Ifeoma Chukwu', 'phone': '614-555-0171'}", {"name", "phone"}),
        # A letter from home: the writer under the sign-off, a home street and phone.
        ("Warm regards,\nPhineas Goodbody\n41 Larkspur Ct\nDayton OH 45402", {"name", "address"}),
        ("Thanks!\nMarisela Quintero\n77 Aspen Dr\nHome: 937-555-0164", {"address", "phone"}),
        ("{'name': 'Anselm Okoro', 'email': 'aokoro44@gmail.com'}", {"name", "email"}),
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patients_segment_field_or_table_row_is_caught(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "NM1*85*2*OHIO HOME MEDICAL*****XX*1932104875~",
        "NM1*PR*2*NORIDIAN JA*****PI*16003~",
        "N3*4400 DISTRIBUTION WAY~ in the 2010AA billing provider loop",
        "DTP*472*D8*20260314~ is the date of service",
        "PID-7 is date of birth, PID-5 is patient name in HL7",
        "CSV headers: Name,DOB,MBI,HCPCS, leave those columns blank",
        "Patient\tDOS\tHCPCS\n(redacted)\t03/14/2026\tE1399",
        # The attending doctor of a visit segment is no patient.
        "PV1|1|O|CLINIC^^^||||1912003847^RAO^ANIL|",
        "{'item': 'E0143', 'qty': 1, 'price': '61.20'}",
        "the clearinghouse is at 9 Gateway Plaza, Newport Beach",  # a street, then its city
        "Best,\nRenata Holloway\nTri-County Home Medical\n12 Main St, Columbus OH",
    ],
)
@pytest.mark.sweep(n=3)
def test_the_same_layouts_with_business_data_only_are_left_alone(text: str) -> None:
    assert scan(text) == PhiFindings()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("MBI \u0667KM\u0662-JP\u0669-AD\u0661\u0664", "mbi"),  # Arabic-Indic digits
        ("Medicare no. \u06f2HQ\u06f7VW\u06f4RN\u06f5\u06f8", "mbi"),  # Persian digits
        ("date de naissance : 7 août 1941", "dob"),
        ("geboren am 17. März 1941", "dob"),
        ("petsa ng kapanganakan: Hunyo 5, 1941", "dob"),
        ("dat nesans li: 3 desanm 1940", "dob"),
        ("DOB 19.VII.1947", "dob"),  # a Roman-numeral month
        ("B-date: 06/30/1942", "dob"),
        ("birth month and year: March 1942", "dob"),
        ("出生日期：1946年3月8日", "dob"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_digits_of_other_scripts_and_birth_dates_written_abroad_are_caught(
    text: str, kind: str
) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "year of birth 1961 is all the de-identified report shows",  # a year alone: Safe Harbor
        "born in 1944, so she aged into Medicare long ago",
        "serial no. 5KT8HJ2WN41 on the motor housing",  # an MBI's shape on a product
        "lot 2JK4RT6WP83, recall notice attached",
        "serials 1MR5JE4MD26 and 8AJ9PN8TY57 came in one box",  # a plural label
        "item 2WW8F82NG05 is backordered, sub the 1MR5JE4MD26",  # beside a product's number
        "DOS 14.III.2026 on the Polish invoice",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_birth_year_alone_and_a_products_serial_number_are_left_alone(text: str) -> None:
    assert scan(text) == PhiFindings()


def test_an_mbi_with_its_medicare_word_beside_a_serial_number_is_still_caught() -> None:
    assert "mbi" in scan("MBI 8AJ9PN8TY57, serial 2WW8F82NG05 on the chair").kinds


@pytest.mark.parametrize(
    "text",
    [
        "pt leontyne marbury called about the lift chair",  # lower case, before a verb
        "the pt, hannelore fischbach, refused delivery",
        "on the SWO the patient is listed as Bertram Ellingsworth",
        "paciente Maricruz Villaseñor Tapia",
        "patient 王秀英 (Wang Xiuying)",
        "pt: Dr. Ruth Ansah (she's the patient, not the prescriber)",
        "Mr. de la Fuente called again about his lift chair",
        "Sr. Evaristo Cienfuegos, paciente de la silla de ruedas",
        "ask Mr. O'Malley",  # a question about a patient, not a colleague's name
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patients_name_in_lower_case_other_cultures_and_wrappers_is_caught(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "pt refused transfers",  # lower-case words that are no name
        "Mr. Okoye, our CFO, approved the write-off",
        "our owner Mrs. Pritchard approved the discount",
        "Dra. Beatriz Montalvo firmó la orden",
        "ordering provider on the claim is Yang, Lillian, NPI matches",
        "Mr./Mrs. prefixes don't go in NM103",
        "Jerome Philadelphia collar",
        "Denis Browne bar with the boots",
        "Beverly Manor is a SNF, so consolidated billing applies",
        "Mount Carmel East discharge planner",
        "Martin Luther King Jr. Day is a holiday, no deliveries",
        "ask marisela.ortiz@ourdme.com, she runs the Medicaid queue",
        "From: Priya Natarajan <pnatarajan@ourdme.com>\nSubject: E1399 pricing",
        "ROHO rep cell 618-555-0119 (for the demo cushion)",
        "our billing office moved to 350 Polaris Pkwy, Suite 200",
        "dirección del almacén: 3120 Industrial Pkwy",
    ],
)
@pytest.mark.sweep(n=3)
def test_staff_products_places_and_business_contacts_are_left_alone(text: str) -> None:
    assert scan(text) == PhiFindings()


def test_a_patients_email_on_a_mail_providers_domain_is_still_caught() -> None:
    assert "email" in scan("From: Harriet Blackwood <hblackwood1947@gmail.com>").kinds
    assert "email" in scan("her daughter's email: lisa.p@ourdme.com").kinds
