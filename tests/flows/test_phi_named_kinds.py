"""A message refused for a number, a date or a contact names the patient's name too when a pair of
name words stands anywhere in it, not only right beside the value: the warning says "a Medicare
ID and a name", so the biller knows what to take out. A street, a town after it, a clinician and
an e-mail's own words are not a name, and a pair of names never refuses a message by itself."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "eligibility says inactive for Thaddeus Okonkwo-Baines, MBI on file 3QT7-WD2-HN51",
            {"mbi", "name"},
        ),
        (
            "called back about the invoice, ROSALIND PETTIGREW, her cell 937-555-0144",
            {"phone", "name"},
        ),
        (
            "Brightree chart 4471093 belongs to Yablonski, Theodora (twin sister on file too)",
            {"mrn", "name"},
        ),
        ("the ride home was set for cornelius abernathy, date of birth 2/19/1938", {"dob", "name"}),
    ],
)
def test_a_name_pair_in_a_refused_message_is_named(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("deliver to 4810 Willowmere Ave, Harrisburg PA 17109 before noon", ("address",)),
        ("Dr. Ruth Ann Castellano signed it; MBI 6WQ2-HK4-RT90", ("mbi",)),
        ("entrega en Calle Almendro 88, Ponce, después de las 2", ("address",)),
        ("MBI 8RF3-JD7-PQ61 read back to me as four kilo tango mike", ("mbi",)),
    ],
)
def test_a_street_a_clinician_or_spelled_letters_are_no_name(
    text: str, kinds: tuple[str, ...]
) -> None:
    assert "name" not in scan(text).kinds
    assert set(kinds) <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Theodora Yablonski from the Kettering office asked about the fee schedule",
        "Marisol Quintero updated the Humana fee schedule",
        "the rep, Desmond Achterberg, says the NCD still applies",
    ],
)
def test_a_name_pair_alone_refuses_nothing(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "nm1 loop looks off, dmg*d8*19380214*m~ next to MBI 5JX2-TY6-WR83",
        "Prudence Halvorsen 4/17/33 — Humana member H81426730, is the PA on file?",
        "acct 5520917: Ottoline Marsh, September 9, 1941, wants a statement",
        "member id 88120457 — Oct 3rd birthday, the daughter says",
    ],
)
def test_a_birth_dates_form_in_a_refused_message_is_named(text: str) -> None:
    assert "dob" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "MBI 5JX2-TY6-WR83, DOS 11/02/2025, denied CO-16",
        "Humana member H81426730 — delivered 3/4/25, the PA expires 12/31/26",
    ],
)
def test_a_service_date_beside_an_identifier_is_no_birth_date(text: str) -> None:
    assert "dob" not in scan(text).kinds
    assert scan(text).kinds


def test_a_birth_dates_form_alone_refuses_nothing() -> None:
    assert scan("the 1938 catalogue lists it as item 19380214, not 2/27/31").kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "statement bounced for kowalski, eugenia — MBI 2HX5-WN3-KD47",
        "ship to 88 Quarry Hill Rd, Lyndon VT 05851 — Ashby's granddaughter signs for it",
    ],
)
def test_a_lower_case_last_first_or_a_familys_relative_is_named(text: str) -> None:
    assert "name" in scan(text).kinds


def test_a_list_of_lower_case_words_is_no_name() -> None:
    text = "MBI 6RE4-TK2-WM18 (de la tarjeta roja, blanca y azul)"
    assert scan(text).kinds == ("mbi",)


@pytest.mark.parametrize(
    "text",
    [
        "MBI 4TN8-QK2-XD55 — the auth runs through 9/30/28, bill monthly",
        "MBI 4TN8-QK2-XD55 rental started 12/1/26 and caps 11/30/27",
        "MBI 4TN8-QK2-XD55 on the remit, ICN 19870301 for the same line",
        "MBI 4TN8-QK2-XD55 — invoice # 19750415 from the vendor",
        "MBI 4TN8-QK2-XD55 claim 19660230 still pending",
    ],
)
def test_a_date_to_come_or_a_labelled_number_is_no_birth_date(text: str) -> None:
    assert scan(text).kinds == ("mbi",)


@pytest.mark.parametrize(
    "text",
    [
        "MBI 4TN8-QK2-XD55 — per Loretta Haskins in billing, send it again",
        "MBI 4TN8-QK2-XD55; talked to the CGS rep Howard Pellman about it",
        "MBI 4TN8-QK2-XD55 ordering physician: Miriam Feldstein",
        "MBI 4TN8-QK2-XD55 — the Hoyer's sling came back, Hoyer's son unit too",
    ],
)
def test_staff_a_clinician_or_a_brand_is_no_patient_name(text: str) -> None:
    assert scan(text).kinds == ("mbi",)
