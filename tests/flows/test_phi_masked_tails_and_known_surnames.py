"""A Medicare number masked but for its last four in a remit's 3-3-4 print, and a surname the
office knows a patient by ("the Huynh lady"): the warning names what it saw, while a payer's, a
maker's or a vendor's rep named the same way stays ordinary talk."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("the remit only prints ***-***-KD38 for her", {"mbi"}),
        ("plan ID ***-***-PW61 but the MBI is what they want", {"mbi"}),
        ("the Oyelaran lady (born March 3) wants a call back", {"name", "dob"}),
        ("the Castellanos gentleman wants his refund", {"name"}),
        ("the Vukovich twins (both ours) need new cushions", {"name"}),
    ],
)
def test_masked_tail_and_known_surname_are_named(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "plan ID *******KP27 on the MA card",
        "the Noridian lady said to resubmit with the KX",
        "the Lincare guy picked up the concentrator",
        "the Pride guy is coming Tuesday with the seat",
        "last four of the card ***-***-4471 on the receipt",
    ],
)
def test_business_people_and_plain_masks_pass(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Tsosie 5KX2WP8RT14 - the tray again", {"name", "mbi"}),
        ("Bitsui 3/4/41 2JD7UV4QK80", {"name", "mbi"}),
        ("chart 88213407 Yellowhorse, Delbert - POD missing", {"name", "mrn"}),
        ("8KE4-TT2-WN35 / ATCITTY / E1399 / denied", {"name", "mbi"}),
    ],
)
def test_name_beside_an_identifier_is_named(text: str, kinds: set[str]) -> None:
    """No patient word, but the name stands right beside the number: the warning names both."""
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Medicaid ID: 7100448120 Revalidation due: 06/30/2027",
        "Dr. Begay 1234567893 signed the SWO, mbi 5KX2WP8RT14",
    ],
)
def test_word_beside_an_identifier_that_is_no_name_is_not_named(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "ptient Tsinajinnie called about the tray",
        "Ptn yellowhair needs a recert",
        "benficiary Nakai, Loretta on the ABN",
        "patient Yellowhair, walker",
    ],
)
def test_a_patient_word_typed_short_still_names_the_patient(text: str) -> None:
    assert "name" in scan(text).kinds


def test_a_word_one_letter_short_of_patient_that_is_english_passes() -> None:
    assert not scan("patent pending on the tray hinge, per the maker")


@pytest.mark.parametrize(
    "text", ["patient madrid", "pt archuleta's tray came back", "patient gallegos - tray denied"]
)
def test_a_lower_case_surname_alone_after_a_patient_word_is_a_name(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text", ["patient lift repair", "pt portal is down again", "patient comfort first"]
)
def test_a_lower_case_word_after_a_patient_word_that_is_english_passes(text: str) -> None:
    assert not scan(text)
