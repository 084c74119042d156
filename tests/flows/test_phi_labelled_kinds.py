"""A message refused for a patient's number or birth date also names the patient's postal address
when it holds one whole (house number, street, town, state, ZIP) and the phone after a callback
label ("cb", "cell", "mobile", "her number") and a name written "Last, First M.", so the warning
lists everything the biller has to take out. A business's own address or line is not named, and
none of them ever refuses a message by itself."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen, Ingrid DOB 02/11/1939 - 4417 Lakeshore Dr Unit 5 Duluth MN 55804",
        "Marisol Oyelaran dob 6/3/1944 lives 301 N Cedar St, Lot 14, Fargo ND 58102 - new CMN?",
        "Mr. Thorsby / medicare 3RT5JK8MW22 / 415 Prospect Ave Apt 3B / Helena MT 59601",
        "Ezekiel Varga MRN 5513209, 76 Quarry Hill Rd, Barre, VT 05641",
        "for Teodoro Quispe (MBI 7GH2QD5RK30) the address on file is 1209 Calle Ocho Way, "
        "Tucson, AZ 85713",
    ],
)
def test_a_whole_postal_address_in_a_refused_message_is_named(text: str) -> None:
    assert "address" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Orlaith Brennan MBI 2WE5-TY7-KM40 cb 406/555-0172",
        "Osvaldo Renteria dob 8/9/1941 call back # 307 555 0114",
        "Marguerite Lindqvist, DOB 4/4/1936, mobile 1-701-555-0158",
        "Hollis Tecumseh MBI 5JK2RT9WD44 her number 802.555.0191",
        "Ximena Achterhof dob 12/1/1942 tel. 515 555-0188 please call before delivery",
    ],
)
def test_a_callback_number_in_a_refused_message_is_named(text: str) -> None:
    assert "phone" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Ashworth, Philippa R DOB 7/14/1936 needs the cushion",
        "MBI 5TK2-HW9-RR31 -- Quennell, Bartholomew J. -- rental month 3",
        "Yoruba, Adeyemi K | SSN 402-18-7730 | walker",
    ],
)
def test_a_surname_given_name_and_initial_in_a_refused_message_is_named(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "signed by Dr. Hill, Thomas R, MBI 5TK2-HW9-RR31 on file",
        "MBI 5TK2-HW9-RR31; Hill, Thomas R MD ordered it",
        "MBI 5TK2-HW9-RR31 ship to 12 Fernwood Ave, Apt B",
    ],
)
def test_a_clinician_or_a_street_written_like_a_listed_name_is_not_named(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.sweep(n=3, by="kinds")
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "pt Anselm Dubois MBI 1QW2ER4TY56 - our Missoula warehouse 2200 Reserve St, "
            "Missoula, MT 59808 has the chair",
            ("mbi", "name"),
        ),
        (
            "Leontyne Farris DOB 3/30/1947 - mail appeals to 5100 Maple Ave, Columbus, OH 43219",
            ("dob", "name"),
        ),
        (
            "Leontyne Farris DOB 3/30/1947 - Noridian JD, 5100 Maple Ave, Columbus, OH 43219",
            ("dob", "name"),
        ),
        (
            "the walker from Dalton Home Medical 712 Elm St Springfield IL 62701 is for pt "
            "Cosimo Ferraro dob 4/2/1944",
            ("dob", "name"),
        ),
        (
            "Gunnar Pietila MBI 6YH3-NR2-AK19, clinic tel. 218 555-0101 for the order",
            ("mbi", "name"),
        ),
        (
            "Winnifred Oakes MBI 9TR4-EW3-QA28, order came from Lakeview Medical Supply ph "
            "641-555-0190",
            ("mbi", "name"),
        ),
    ],
)
def test_a_business_address_or_line_beside_a_patient_is_not_named(
    text: str, kinds: tuple[str, ...]
) -> None:
    assert scan(text).kinds == kinds


@pytest.mark.parametrize(
    "text",
    [
        "our Bozeman showroom moved to 2200 Reserve St, Missoula, MT 59808 last month",
        "mail the redetermination to 5100 Maple Ave, Columbus, OH 43219 per the letter",
        "the clinic cb 218 555-0101 if the order is short",
    ],
)
def test_an_address_or_line_alone_is_not_refused(text: str) -> None:
    assert not scan(text)
