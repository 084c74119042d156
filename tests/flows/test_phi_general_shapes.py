"""The PHI guard on identifiers in general forms rather than the wordings it was tuned on: an
EHR's or a billing system's label for its patient number, a state program's card number, and the
business numbers beside them that must be left alone. Every wording here is new to the corpus."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "HCHB pt id 5520193 - recert due friday",
        "Axxess client no. 66120394",
        "Cerner person id 90012387 on the face sheet",
        "PointClickCare resident key 0048812",
        "CPSI chart 7712093, need the note",
        "master patient index 5580012934",
        "EMPI# 3301982274",
        "patient ident 44019928",
        "consumer # 88120394 (waiver)",
        "Kareo patient 4471-9920",
    ],
)
def test_a_patient_number_under_an_ehr_label_is_refused(text: str) -> None:
    assert "mrn" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    ["KanCare ID 4471-2203", "MaineCare # 88120394X", "HealthChoice member # 00912837"],
)
def test_a_state_programs_card_number_is_refused(text: str) -> None:
    assert "member_id" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Brightree invoice # 4410923 posted twice",
        "NextGen ticket 88120394 is open with their support",
        "unit # 44812 came back from Drive for repair",
        "Epic go-live is 2026-03-09",
        "the hospital number is on their website",
        "Texas Medicaid TPI 5520193-01 on the enrollment letter",
        "the Medicaid ID goes in NM109 of 2010CA",
    ],
)
def test_a_business_number_beside_those_labels_is_left_alone(text: str) -> None:
    assert not scan(text)
