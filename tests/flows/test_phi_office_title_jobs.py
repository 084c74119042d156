"""The PHI guard on a title of office before a job ("Chief Compliance Officer", "Elder Care
Coordinator"): the job is office talk and the question is answered, while a patient who carries
the same title, with a patient's word or case beside the name, is still refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "our Chief Compliance Officer wants to know if E1399 needs an ABN",
        "Chief Financial Officer asked whether the E1399 rental is billed monthly",
        "the Chief Operating Officer said to hold the claim until the CMN comes back",
        "our Chief Nursing Officer asked if the pt needs a new F2F",
        "Chief Revenue Cycle Officer wants the CO-16 denials list by friday",
        "Chief Executive approved the write-off, do we still send the appeal?",
        "Elder Care Coordinator called about the E1399 narrative",
        "Major Accounts Manager needs the quote for the power chair parts",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_job_after_a_title_of_office_is_not_a_name(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "Chief Joseph Redcloud, pt, needs a wheelchair",
        "pt Chief Running Water called about the bill",
        "Chief Tall Horse is the patient, the CMN is missing",
        "Rabbi Mordechai Feinstein, pt, wants the hospital bed",
    ],
)
def test_a_patient_with_a_title_of_office_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds
