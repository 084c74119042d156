"""Identifiers in the forms pastes and forms give them: a raw e-mail's quoted-printable source,
a form's boxes split by bars, a date masked or written year first with a Roman month, a
patient's name label as other languages decline it, a plan's number after words in another
language, a name said to be the patient or a relative in brackets; beside the look-alikes
those readings could trip on."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("raw source: MBI=3A=204TR8-KV2-PN61=0D=0A", "mbi"),
        ("eligibility shows ID *******KP27, which is her MBI's tail", "mbi"),
        ("her email in the .eml: hedda.lindqvist=40example.org", "email"),
        ("form box 3 reads 11 | 04 | 1938", "dob"),
        ("DOB 1941-11-?? (the day is smudged)", "dob"),
        ("DOB 1939.XI.04 per the translated form", "dob"),
        ("fecha de nacimiento de la paciente: 04/11/2019", "dob"),
        ("the SSN she wrote on the back of the envelope was 512-33-8047", "ssn"),
        ("SSN per the application: 512/33/8047", "ssn"),
        ("ime pacijentice: Emina Hadžić", "name"),
        ("Фамилия пациентки: Ольга Сергеевна Кравец", "name"),
        ("Medicaid de su esposo 7719022854", "member_id"),
        ("Ohio Medicaid broj: 9912048837", "member_id"),
        ("Florence Price, pt, called about the bed", "name"),
        ("Rosalind Baker (pt) asked for a loaner", "name"),
        ("received by Cornelius Ashdown (husband)", "name"),
        ("MRN 55O2-1187 (scanned, O for 0)", "mrn"),
        ("chart no. 4'118'093 from the Zurich clinic's export", "mrn"),
        ("Pt phone on the 'Patient phone' line: 614-555-0117", "phone"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_pasted_and_labelled_identifiers_are_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "DOS=2026-04-02, the ticket says",
        "Patient Name: ________  DOB: ________  Medicare #: ________",
        "Ohio Medicaid TCN 2026310000555",
        "plan ID *******KP27 on the remit",
        "Medicaid paid the whole batch, ICN 2226310001234",
        "the 3D printer made the bracket for 20 dollars",
        "Harbor Home 6145550188 is the agency's line",
    ],
)
@pytest.mark.sweep(n=3)
def test_look_alikes_of_those_forms_pass(text: str) -> None:
    assert scan(text).kinds == ()
