"""The PHI guard on a record row's name and birth date however its columns are padded or run
together, on an island patient's street, lot or village and ZIP code with no house number, and
quiet on a public place named for a person and on claim rows with no name in capitals."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        # name fields padded apart, then a birth date standing alone or run into more digits
        "CRUZ                MARIA       19520730  K0001  0002210 pls advise",
        "CRUZ MARIA        1952073098765 E0260",
        # one name field with the words run together, with and without a record number first
        "CRUZMARIA           19520730987654321",
        "00987CRUZMARIA      19520730M96910E0260   0002210",
        # a sex field, then the birth date as MMDDYYYY
        "0107 CRUZ       MARIA      F 07301952 GU96910 E0260 RR 000221000",
        # a row in a pasted block, under a line of chat
        "why did this one deny?\nBORJA    ANTONIA    F 11021939  E1399",
    ],
)
def test_a_record_row_with_a_name_and_a_birth_date_is_caught(text: str) -> None:
    assert {"name", "dob"} <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "E0260  RR  NU  20240115  1  125.00",
        "ICN   1952073098765 denied CO-50",
        "CLAIM NUMBER   1952073098765",
        "PAID AMOUNT    0.00   20240301",
        # one space between every field: a sentence in capitals, not a padded record
        "WALKER DENIED 19520730 ICN",
    ],
)
def test_claim_rows_without_a_name_stay_quiet(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        # a Chamorro or Carolinian street word with no house number
        "pt at Chalan Kanton Tasi, Dededo - which modifier for the lift?",
        "her mom lives on biradan falipe in Susupe, can we bill a shower chair?",
        # a village and the territory's ZIP code, either first
        "member at Tamuning, GU 96913, asking about the rental cap",
        "pt in 96929 Yigo, how do I appeal",
        # a lot's number before its village
        "walker goes to the patient at Lot 2210, Mangilao",
    ],
)
def test_an_island_patients_place_without_a_house_number_is_caught(text: str) -> None:
    assert "address" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "our warehouse at Chalan Pasaheru ships to Saipan on Fridays",
        "pt at lot 4 of the rental pool, is it E1399",
        "pt in Guam, is Noridian the DME MAC?",
        "the patient is at the clinic in Hagatna, what modifier",
    ],
)
def test_island_places_that_are_no_patients_address_stay_quiet(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "the pt lives by Francisco C. Ada Saipan International Airport, is freight billable?",
        "the bed flies into Antonio B. Won Pat International Airport, which modifier",
    ],
)
def test_a_public_place_named_for_a_person_stays_quiet(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Member services in Tamuning, GU 96913 said no PA needed for E1399, is that enough?",
        "called member services at Hagatna GU 96910, ref 55512",
        "Client services at Lot 3, Tamuning handles returns",
        "patient accounts team in Dededo, GU 96929 needs the ABN",
        "Bob from member relations in Tamuning, GU 96913 approved it",
        "Patient Care Coordinator at Guam Regional Medical City, Dededo GU 96929",
        "our resident billing expert in Saipan, MP 96950 reviewed the NTE narrative",
        "beneficiary ombudsman at Hagatna, GU 96910 office",
        "The patient portal at Chalan Kanton Tasi office is down",
        "Staff member at Chalan Pago office handles the PA requests",
    ],
)
def test_an_office_named_with_a_person_word_on_the_islands_stays_quiet(text: str) -> None:
    assert "address" not in scan(text).kinds


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "pt lives on Biradan Lalo",
        "pt at Lot 4025, Yigo",
        "pt at Garapan, MP 96950",
        "pt in Pago Pago, AS 96799",
        "delivered to pt at Lot 4025, Yigo",
        "pt lives on Biradan Lalo in San Vicente, narrative for bath lift?",
        "mom is staying at Garapan, MP 96950 for the rental",
        "pt who lives at Lot 4025, Yigo",
        "pt usually at Garapan, MP 96950",
    ],
)
def test_where_an_island_patient_lives_or_is_is_still_caught(text: str) -> None:
    assert "address" in scan(text).kinds
