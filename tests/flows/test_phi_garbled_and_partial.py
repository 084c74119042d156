"""The PHI guard on identifiers a blurry scan, a cut-off fax or a portal's mask left in part: an MBI
OCR garbled in a digit's place, an MBI's first or last five, an SSN with its last four masked, a
date of birth with its day, month or year masked, and "patient" typed with two letters swapped.
And the look-alikes those readings must not trip: a date of birth masked but for its year, a
claim count after "last five", a serial with no Medicare word."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the scanner read her medicare # as 5QW2TR8AKT3, can you check", "mbi"),
        ("MBI from the photo: 4HJ7KM2PPO5 (blurry)", "mbi"),
        ("medicare number, first 5 only: 9KR2T", "mbi"),
        ("MBI (first five, the fax cut it): 6TN4J", "mbi"),
        ("the last five of his MBI are 4KM29", "mbi"),
        ("social 402-31-xxxx per the SSA letter", "ssn"),
        ("date of birth 7/**/1946 on the redacted copy", "dob"),
        ("DOB 02/19/**** on the portal", "dob"),
        ("the pateint Odalys Verhagen called back", "name"),
        ("patinet: ruthanne kovalenko", "name"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_garbled_masked_or_partial_identifier_is_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "DOB **/**/1950 on the de-identified report (year only)",
        "DOB: ##/##/#### on the blank template",
        "last five medicare claims all paid",
        "first five pts on the list are all Medicare Advantage",
        "serial 7W87FH6WW1G on the base of the chair",
        "the pateint portal is down again",
    ],
)
@pytest.mark.sweep(n=3)
def test_years_alone_counts_and_serials_pass(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "gimusi 1938 m. kovo 4 d.",
        "γεννήθηκε 3 Μαΐου 1942",
        "ولدت في 5 يناير 1944",
        "born 14 Nisan 5702 per the family",
        "تاريخ الميلاد 3 شعبان 1362",
        "阴历生日：1939年腊月廿三",
        "DOB ⑿/⑶/⑴⑼⑷⑵",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_birth_date_in_another_calendar_script_or_digit_form_is_refused(text: str) -> None:
    assert "dob" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Orleans Parish is outside our delivery zone",
        "Cedars Sinai wants a quote for the bariatric bed",
        "Martin HealthSouth referral came in for the wheelchair eval",
        "BEGIN:VCARD\nFN:Dolores Whitcombe\nORG:Kowalski Medical Supply\n"
        "TEL:614-555-0133\nEND:VCARD",
        "Supplier(name='Kowalski Medical', phone='614-555-0133')",
        "Name\tSpecialty\tNPI\nHarcourt, Elspeth\tPM&R\t1447219835",
    ],
)
@pytest.mark.sweep(n=3)
def test_places_institutions_and_business_cards_pass(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("numéro de dossier médical : 44-20913", "mrn"),
        ("cartella clinica n. 8812004 allegata", "mrn"),
        ("의무기록번호: 30518862", "mrn"),
        ("OpenEMR PID 20931, the walker order", "mrn"),
        ("Mitgliedsnummer der Krankenkasse: 3301-99120", "member_id"),
        ("Oregon Health Plan plus # ZX88120B", "member_id"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_record_or_member_number_under_a_foreign_or_system_label_is_refused(
    text: str, kind: str
) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text", ["OpenEMR version 7.0.2 upgrade tonight", "cartella clinica n. 2 pagine mancanti"]
)
def test_a_record_systems_own_numbers_pass(text: str) -> None:
    assert not scan(text)
