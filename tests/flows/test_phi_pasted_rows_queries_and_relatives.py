"""Pasted records, old numbers and a relative's line: a spaced old Medicare number, a query's
conditions on a patient's keys, the X12 segments of the responsible party and of an 835's
corrected insured, and a phone said to be the patient's relative's, even with an extension; a
business's query, an office's extension and a spaced SSN before the word "a" pass as such."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("SELECT * FROM pts WHERE last_name='Begay' AND mbi LIKE '4TN2%'", {"name", "mbi"}),
        ("where p.last_name = 'Begay' and dob = '1941-06-02'", {"name", "dob"}),
        ("NM1*QD*1*BEGAY*LORETTA~N3*44 PINON DR~", {"name", "address"}),
        ("NM1*74*1*BEGAY*LORETTA****C*4TN2KA7WD19~", {"name", "mbi"}),
        ("call back 928-555-0141 ext 3 (patient's daughter)", {"phone"}),
    ],
)
def test_pasted_rows_and_relatives_lines_are_named(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * FROM vendors WHERE name='Medline' AND city='Gallup'",
        "select * from items where hcpcs like 'E13%'",
        "p. 928-555-0190 x214 for the Gallup office",
    ],
)
def test_business_queries_and_office_lines_pass(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    ["old card in the drawer says 527 31 8804 B", "the 2014 letter has 527 31 8804 D6 on it"],
)
def test_an_old_medicare_number_with_spaces_is_named_as_one(text: str) -> None:
    assert "hicn" in scan(text).kinds


def test_a_spaced_ssn_before_the_word_a_is_no_medicare_number() -> None:
    assert "hicn" not in scan("SSN 527 31 8804 A walker too").kinds


def test_a_county_road_with_a_house_number_is_an_address() -> None:
    assert "address" in scan("County Rd 0417 House 9, Arroyo Seco NM 87514").kinds


@pytest.mark.parametrize(
    "text",
    [
        "Mesa Mobility's address is 410 Industrial Pkwy, Gallup NM 87301",
        "Sunrise Seating address: 2842 Business Park Ave, Fresno CA 93727",
    ],
)
def test_a_company_named_before_its_address_passes(text: str) -> None:
    assert not scan(text)


def test_an_ssn_segment_after_a_quoted_segment_name_is_read() -> None:
    text = "the clearinghouse says 'REF*SY not allowed here' but ours is REF*SY*527318804~"
    assert "ssn" in scan(text).kinds


def test_two_lower_case_words_in_no_dictionary_before_a_verb_after_patient_are_a_name() -> None:
    assert "name" in scan("patient eusebio quintanar needs a call about the armrest").kinds
    assert not scan("patient transport needs a call about the armrest")
