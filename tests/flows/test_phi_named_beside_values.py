"""A message refused for one identifier names the others standing beside the patient's name, so
the warning tells the biller everything to take out ("a Medicare ID, a name and a phone"): an
eligibility link's name key, a name with a middle initial, a surname in capitals before the given
name, a callback number or a plan's number right after the name, an X12 segment typed in lower
case. None of these refuses a message by itself, and an office's line or a clinician stays
unnamed."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "pasted the portal link https://elig.example.com/check?mbi=5KT8HJ2WN41&lname=Quisumbing",
            {"mbi", "name"},
        ),
        ("for Oyelaran B. Quisumbing, MBI 3QT7-WD2-HN51", {"mbi", "name"}),
        ("QUISUMBING,Teodora,1941-03-02,3QT7WD2HN51 which payer?", {"mbi", "dob", "name"}),
        ("nm1*qc*1*vukovich*teodora****mi*3qt7wd2hn51~", {"mbi", "name"}),
    ],
)
def test_the_patients_name_is_named_beside_another_identifier(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a fax word in the heading does not make a callback given after the name an office's
        (
            "fax cover from the SNF: Teodora Quisumbing cb 614-555-0190, MBI 3QT7-WD2-HN51",
            {"mbi", "name", "phone"},
        ),
        ("mr Vukovich (6145550190) disputes the bill, MBI 3QT7-WD2-HN51", {"mbi", "name", "phone"}),
        # a question about the prior authorisation after the number does not make it a billing one
        (
            "left in the tray: Teodora Quisumbing, Aetna 48812093311 is the PA still good? "
            "MBI 3QT7-WD2-HN51",
            {"mbi", "name", "member_id"},
        ),
        ("Oyelaran Vukovich, ZQX48812093, DOB 4/2/1939", {"dob", "name", "member_id"}),
        # "home" labels her number: no facility's name ("kenwood meadows care center")
        ("call maria lopez home 614-555-0100 about her walker", {"name", "phone"}),
    ],
)
def test_a_number_right_after_the_patients_name_is_named(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    ("text", "kinds", "unnamed"),
    [
        ("signed by Dr. HALVERSEN, Ingrid; MBI 6WQ2-HK4-RT90", {"mbi"}, "name"),
        ("Wendell Ashby 614-555-0190 x214; MBI 3QT7-WD2-HN51 for the pt", {"mbi"}, "phone"),
        ("kenwood meadows care center 614-555-0100 asked about a bed", {"phone"}, "name"),
    ],
)
def test_a_clinician_and_an_office_line_stay_unnamed(
    text: str, kinds: set[str], unnamed: str
) -> None:
    found = set(scan(text).kinds)
    assert kinds <= found
    assert unnamed not in found


@pytest.mark.parametrize(
    "text",
    [
        "nm1*85*2*acme home medical*****xx*1234567893~",
        "the eligibility page is https://portal.example.com/elig?payer=noridian&state=oh",
        "Teodora in AR says the Humana fee schedule changed",
    ],
)
def test_a_business_segment_or_a_link_without_identifiers_refuses_nothing(text: str) -> None:
    assert scan(text).kinds == ()
