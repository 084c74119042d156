"""A surname noted in brackets after a chart or account number, and a patient's surname with
the facility she lives in bracketed after it, are read as names; a place or a business in the
same brackets is not, and a colleague's role in brackets still makes the name a colleague's."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("chart # R20931177 (Quillfeather)", {"mrn", "name"}),
        ("acct 55310928 (Takotna)", {"mrn", "name"}),
        ("[Teams · Kenai store] Dana Ruiz: acct R20931177 (Quillfeather)", {"mrn", "name"}),
        ("Resident Ostrowicz (Spruce Ridge Care Center) went to hospice", {"name"}),
        ("client Quillfeather (Birchwood Assisted Living) wants a quote", {"name"}),
    ],
)
def test_a_bracketed_surname_is_read_as_a_name(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "check 55310928 (Medline) posted",
        "Ms. Ostrowicz (compliance) says the audit is Monday",
        "lot 4471902 (Homer) moved to the back room",
    ],
)
def test_a_business_or_a_colleague_in_brackets_passes(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Okafor (Dennis, our owner) wants the AR aging by Friday",
        "Mrs. Lindqvist (Greta, the office manager) moved the staff meeting",
        "mrs pellerin (Yvonne, our lead) says we stop faxing CGS in January",
        "Mr. Haugen (driver) left the Salem route early",
    ],
)
def test_a_colleagues_job_in_brackets_after_a_titled_name_passes(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Okafor (the patient's driver) called about the walker",
        "patient Mrs. Lindqvist (Greta, the owner's mother) needs a walker",
        "Mrs. Lindqvist (patient) fell again",
    ],
)
def test_a_patient_beside_a_bracketed_job_is_still_a_name(text: str) -> None:
    assert "name" in scan(text).kinds
