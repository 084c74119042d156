"""The PHI guard on identifiers in general forms rather than the wordings it was tuned on: an
EHR's or a billing system's label for its patient number, a state program's card number, a birth
date after the birth word of any of many languages with the month in that language, glued after
a Japanese or Korean date, saved as a spreadsheet's day number or in a CDA record; a name after
the courtesy title of another language or script, after a religious, military or academic title
with a case beside it, or before a title that follows a name; rural, grid and numberless
addresses; and the look-alikes beside them that must be left alone: business numbers and dates,
characters and shows named with a title, the team's own directory, the writer's business's
address, a fax footer's line. Every wording here is new to the corpus."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "HCHB pt id 5520193 - recert due friday",
        "Axxess client no. 66120394",
        "Cerner person id 90012387 on the face sheet",
        "PointClickCare resident key 0048812",
        "CPSI chart 7712093, need the note",
        "master patient index 5580012934",
        "EMPI# 3301982274",
        "patient ident 44019928",
        "consumer # 88120394 (waiver)",
        "Kareo patient 4471-9920",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patient_number_under_an_ehr_label_is_refused(text: str) -> None:
    assert "mrn" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    ["KanCare ID 4471-2203", "MaineCare # 88120394X", "HealthChoice member # 00912837"],
)
def test_a_state_programs_card_number_is_refused(text: str) -> None:
    assert "member_id" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Brightree invoice # 4410923 posted twice",
        "NextGen ticket 88120394 is open with their support",
        "unit # 44812 came back from Drive for repair",
        "Epic go-live is 2026-03-09",
        "the hospital number is on their website",
        "Texas Medicaid TPI 5520193-01 on the enrollment letter",
        "the Medicaid ID goes in NM109 of 2010CA",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_business_number_beside_those_labels_is_left_alone(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "naskiĝis la 3an de majo 1938",  # Esperanto: the month's name in no list
        "ụbọchị ọmụmụ: 14 Ọgọst 1944",  # Igbo
        "tug'ilgan sana 2 Fevral 1941",  # Uzbek
        "anabadwa pa 9 Okutobala 1939",  # Chichewa
        "rugadh é 11 Feabhra 1943",  # Irish
        "1938年11月2日出生的",  # Chinese: the birth word glued after the date
        "1944년 6월 1일 출생",  # Korean
        "date of birth shows 14611 in the export",  # a spreadsheet's day number (1940)
        '<birthTime value="19390405"/>',  # an HL7 CDA record
    ],
)
@pytest.mark.sweep(n=3)
def test_a_birth_date_in_more_languages_and_formats_is_refused(text: str) -> None:
    assert "dob" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "delivered 14 Ọgọst 2026",  # a date of service in the same form, no birth word
        "DOS 46114 in the export, format the column as a date",  # a serial of 2026, no birth word
        "dob verified, ticket 20331 closed",  # a ticket's number after a birth word
        "학생 1990년 3월 5일 등록",  # "student" ends in the same letter as "born": not glued on
        '<effectiveTime value="20260301"/>',
    ],
)
def test_a_service_date_or_a_ticket_in_those_forms_is_left_alone(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sig.na Chiara Benedetti ha chiamato per la carrozzina",  # Italian
        "herra Mäkinen soitti pyörätuolista",  # Finnish
        "Doamna Ionescu a sunat pentru factura",  # Romanian
        "Encik Faizal Rahman needs his oxygen refill",  # Malay
        "κυρία Ελένη Νικολάου",  # Greek script
        "господин Сергей Волков звонил",  # Cyrillic
        "السيد محمد العلي",  # Arabic
        "श्री राजेश कुमार",  # Devanagari
        "นายสมชาย รักไทย โทรมา",  # Thai, the title joined to the name
        "Demir Bey aradı, tekerlekli sandalye",  # Turkish, the title after the name
        "Suzuki-san called about the cane",
        "佐藤花子様の車椅子",  # Japanese
        "김민수 님 전화",  # Korean
        "Reverend Thaddeus Okonkwo needs the bed picked up",
        "Lt. Marguerite Delacroix called about her walker",
        "participant Oluwaseun Adeyemi, waiver",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_name_with_a_title_of_any_language_or_office_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Prof. Okafor's lecture on NOC pricing was great",  # an author, no case beside
        "Captain Morgan for the holiday party",
        "Major outage on the Availity portal",
        "Driver: M. Oyelaran",  # an initial, not French "M."
        "선생님 감사합니다",  # Korean "thank you, teacher": a noun that takes the title
        "Mission San Jose branch is closed",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_title_with_no_patient_in_it_is_left_alone(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "deliver to 2210 W 4500 S, West Valley",  # a grid's address
        "ship to 87-15 Parsons Blvd",  # a hyphenated house number
        "pt lives at Milepost 42 Richardson Hwy",
        "pt lives on Rural Route Box 7",
        "address: S4410 County Road KK",
        "pt's address: Lot 9, Shady Acres MHP",
        "mail it to General Delivery, Tok AK 99780",
        "she's at FM 2222 Box 31",
    ],
)
@pytest.mark.sweep(n=3)
def test_rural_grid_and_numberless_addresses_are_refused(text: str) -> None:
    assert "address" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Miss America pageant on tonight, anyone watching?",
        "Uncle Ben rice for the food drive",
        "Mr. Right Guard deodorant left in the break room",
        "Name\tDept\tExt\nDarnell Whitaker\tIntake\t2210\nLucia Ferrante\tAR\t2211",
        "we list our PTAN and address on every CMN: 4100 Industrial Pkwy",
        "If you received this in error, call 614-555-0123 and destroy it.",
        "HIPAA was born in 1996, fun fact for the training",
        "mfd 04/11/1952 per the plate? can't be right",
    ],
)
@pytest.mark.sweep(n=3)
def test_characters_the_teams_directory_and_the_businesss_own_details_are_left_alone(
    text: str,
) -> None:
    assert not scan(text)


def test_a_directory_with_a_birth_date_column_is_a_patient_list() -> None:
    assert "dob" in scan("Name\tDOB\tExt\nDarnell Whitaker\t04/02/1941\t2210").kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("la sobrina, Graciela Montalvo, llamó por la silla", "name"),  # a relative in Spanish
        ("Neffe Tobias Brandauer hat angerufen", "name"),  # German
        ("zia Carmela Russo ha firmato", "name"),  # Italian
        ("last/first: Okonjo, Adaeze", "name"),  # a name's label with its order
        (
            "MBI: 3, T as in Tom, 9, 8, F as in Frank, J as in John, 2, Q as in Queen, "
            "K as in King, 4, 1",
            "mbi",
        ),  # letters read out "as in" a word
        ("home phone (pt is retired) 740-555-0142 x3", "phone"),  # a person's line, extension
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_relatives_labels_and_read_out_letters_of_more_forms_are_refused(
    text: str, kind: str
) -> None:
    assert kind in scan(text).kinds


def test_a_serial_read_out_as_in_words_is_left_alone() -> None:
    assert not scan("serial: 3, T as in Tom, 9, 8, F as in Frank, J as in John, 2, Q, K, 4, 1")
