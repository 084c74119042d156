"""The PHI guard on identifiers in records pasted by key (JSON, XML, web forms), names and
birth dates written in other scripts and calendars, odd separators inside a value, Slack markup,
and the colleagues, clinicians and businesses that the same shapes name."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ('{"resourceType": "Patient", "birthDate": "1937-02-19"}', {"dob"}),
        (
            '{"resourceType":"Patient","name":[{"family":"Brightwater","given":["Ottilie"]}]}',
            {"name"},
        ),
        ('{"patient": {"telecom": [{"system": "phone", "value": "740-555-0162"}]}}', {"phone"}),
        ('{"subscriber": {"address": {"line": ["77 Tamarack Ct"]}}}', {"address"}),
        (
            "<Member><LastName>Brightwater</LastName><FirstName>Ottilie</FirstName></Member>",
            {"name"},
        ),
        ('<beneficiary dob="02/19/1937" plan="B"/>', {"dob"}),
        ("https://portal.example.com/eligibility?subscriberId=QKX441902837&tab=cov", {"member_id"}),
    ],
)
@pytest.mark.sweep(n=3)
def test_a_value_under_a_patients_key_is_caught_whatever_its_shape(
    text: str, kinds: set[str]
) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "Shower chair with back", "hcpcs": "E1399", "allowed": 118.40}',
        '{"resourceType": "Organization", "name": "Tri-County Mobility", "telecom": '
        '[{"system": "phone", "value": "937-555-0120"}]}',
        '{"vendor": {"name": "Lakeside Rehab Supply", "address": {"line": ["90 Harbor Dr"]}}}',
        "<Practitioner><name>Imelda Ruiz-Soto</name><npi>1639201847</npi></Practitioner>",
        '{"patient": {"birthYear": "1940", "birthDate": "1940"}}',
        "<Item><Name>Bariatric commode</Name><Code>E1399</Code></Item>",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_business_record_or_a_year_alone_is_left_alone(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("pt Галина Сидоренко called about the lift", {"name"}),
        ("ασθενής Σταυρούλα Μηλιώτη", {"name"}),
        ("患者 高橋 美智子", {"name"}),
        ("환자 박순자 보호자 연락", {"name"}),
        ("मरीज़ कमला देवी", {"name"}),
        ("pacjent Bożena Wróblewska", {"name"}),
        ("patient Nguyen Van Thanh Long", {"name"}),
        ("pt K.L. Abernathy-Stroud", {"name"}),
        ("signed for by Wilhelmina Oyelowo (patient)", {"name"}),
        ("member *Ottilie Brightwater* called twice", {"name"}),
        ("potilas Aino Kettunen, rollaattori", {"name"}),
        ("mgonjwa Amina Mwakilema", {"name"}),
    ],
)
@pytest.mark.sweep(n=3)
def test_a_name_after_a_patient_word_of_any_language_or_script_is_caught(
    text: str, kinds: set[str]
) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "วันเกิด ๑๙/๐๗/๒๔๘๐",
        "生年月日：昭和12年2月19日",
        "出生日期：民國二十六年二月十九日",
        "জন্ম তারিখ ১৯/০২/১৯৩৭",
        "д.р. 19.02.1937",
        "ngày sinh 19 tháng 2 năm 1937",
        "DOB 1937-Feb-19",
        "born on Christmas Day, 1937",
        "生年月日 S12.2.19",
        "дата рождения 19 февраля 1937",
        "doğum tarihi 19 şubat 1937",
        "fecha de nacimiento: diecinueve de febrero de mil novecientos treinta y siete",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_birth_date_in_another_script_or_calendar_is_caught(text: str) -> None:
    assert "dob" in scan(text).kinds


def test_b_d_is_a_birth_date_only_with_an_old_year_as_it_is_also_bad_debt() -> None:
    assert "dob" in scan("b/d 7/22/39").kinds
    assert "dob" in scan("B/D 07-22-1939").kinds
    assert not scan("b/d 10/31/2025, balance written off")


def test_a_birth_year_alone_is_left_alone() -> None:
    assert "dob" not in scan("生年月日 平成元年").kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("MBI 3QT7:RW2:HJ58", "mbi"),
        ("MBI 3QT7|RW2|HJ58", "mbi"),
        ("SSN 412~07~9931", "ssn"),
        ("dob 02|19|1937", "dob"),
        ("cell 740|555|0162", "phone"),
        ("SSN ###-##-9931", "ssn"),
        ("her SSN ends with 9-9-3-1", "ssn"),
        ("callback <tel:+17405550162|740-555-0162> is the daughter's", "phone"),
        ("número de seguro social: cuatro uno dos, cero siete, nueve nueve tres uno", "ssn"),
        ("PID-7 19370219", "dob"),
        ("PER*IC*DAUGHTER*TE*7405550162~ from the subscriber loop", "phone"),
        ("member id QKX 44190 2837 group 00812", "member_id"),
        ("ship to W231N4417 Maple Grove Ln", "address"),
        ("dirección: Calle Las Flores 118, apto 4", "address"),
        ("Member       DOB          Item\nAshby, Rosalind   03/02/1941   E1399", "name"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_an_identifier_with_odd_separators_or_markup_is_caught(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "good catch, Ms. Abernathy-Stroud",
        "Mr. Oyelowo from payroll signed the check request",
        "Mrs. de la Cruz (office manager) approved it",
        "this is Tom with Invacare, returning your call",
        "the physical therapist, Ottilie Brightwater, DPT, wrote the eval",
        "PV1|1|I|||||1639201847^RUIZ^IMELDA^^^DR|",
        "Saint Jude Children's Hospital seating clinic",
        "mail the reconsideration to PO Box 2290, attn: Appeals Unit",
        "phone,fax\n937-555-0120,937-555-0121",
        "Webex meeting ID 2291 044 183",
        "seating.clinic@lakesiderehab.example",
        "Best,\nRosalind Ashby, CPC\nLakeside Rehab Supply",
        "hi it's Gloria Paredes calling from Pride Mobility about the order",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_colleague_a_clinician_or_a_business_is_left_alone(text: str) -> None:
    assert not scan(text)
