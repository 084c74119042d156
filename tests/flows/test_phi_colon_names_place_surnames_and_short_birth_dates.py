"""The PHI guard on names typed in lower case before a colon or a double dash, names made of a
place's word beside another identifier, six-digit MMDDYY birth dates in pasted record rows, and
"Jane Doe" beside a real-looking identifier; and the look-alikes billers type beside them: a
plan's name before its CCYYMMDD date, public places named after people, the office's own line
beside a patient's age, blank form labels."""

from __future__ import annotations

import pytest

from flows.content import default_content_dir
from flows.messages import Messages
from flows.phi import describe, scan
from tests.conftest import phi_corpus_rates


@pytest.mark.slow  # a whole corpus part
def test_the_colon_names_place_names_and_short_birth_dates_part_is_caught_and_left_alone() -> None:
    """dev19, run once before the guard was changed for it (76.0% caught, 20.0% false alarms)."""
    missed, tripped, missed_texts, tripped_texts = phi_corpus_rates("dev19")
    assert missed <= 0.02, missed_texts
    assert tripped <= 0.01, tripped_texts


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("ramona chargualaf: dob 3/14/1948, walker denied", {"name", "dob"}),
        ("vicenta manibusan: ssn 512-48-3307", {"name", "ssn"}),
        ("carlina atoigue -- mbi 3WD5-KP2-RT48", {"name", "mbi"}),
        ("Carmen Springs MBI 2TR5-HN7-QA41 rollator", {"name", "mbi"}),
        ("LORNA VALLEY 03/02/1944", {"name", "dob"}),
        ("CHARGUALAF RAMONA     031448  E1399 0001", {"name", "dob"}),
        ("00417 SABLAN  JOSEFINA  F 110237  K0108", {"name", "dob"}),
        ("CHARGUALAF|RAMONA|031448|E1399|1", {"name", "dob"}),
        ("TAITAGUE\tROSALIA\t051546\tE1399\tNU", {"name", "dob"}),
        ("Jane Doe MBI 6HW3-KA8-TR21 - is this the right format?", {"mbi"}),
    ],
)
@pytest.mark.sweep(n=3)
def test_the_identifier_and_the_name_beside_it_are_both_named(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


def test_the_warning_names_a_short_birth_date_row_without_repeating_it() -> None:
    messages = Messages.load(default_content_dir())
    said = messages.text("phi_warning", found=describe(scan("SABLAN|JOSEFINA|110237"), messages))
    assert "a date of birth" in said and "a patient's name" in said
    assert "110237" not in said and "SABLAN" not in said


@pytest.mark.parametrize(
    "text",
    [
        "HUMANA GOLD 20261201 effective, auth needed?",
        "UHC DUAL COMPLETE 20250219 term date on the 271",
        "the flight lands at Antonio B. Won Pat airport at 6",
        "drop the signed forms at the Ricardo J. Bordallo complex",
        "our office is at 1200 Martin Luther King Jr. Blvd, Suite 4",
        "call our main line 671-555-0142; pt is 67 years old",
        "dob: ________",
        "E1399|NU|120525|350.00|1",
        "ACME MEDICAL SUPPLY     120125  E1399  350.00",
        "PRIDE MOBILITY  JAZZY  042035  K0823",
        "K0108\tRR\t020326\t3\t90.00",
        "MSH|^~\\&|EHR|MARQUETTE|DME|SUPP|20251012||ACK|49118039|P|2.5.1",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_billing_phrase_shaped_like_these_passes(text: str) -> None:
    assert not scan(text)
