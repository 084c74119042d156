"""The PHI guard on labels and values that billing shares with patient records: a billing word
after a member number labels only its own value, a billing company's client and an enrollment's
participant are businesses, Virginia Medicaid's claim ICN is no veteran's ICN, PRN before an
amount is an order's "as needed", and a four-digit record number equal to an X12 loop's is
still a record number outside talk of loops."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "pt medicaid 518273645, TPI 5520193-01 - is E1399 billed with an invoice in Texas?",
        "her medicaid 518273645 - TPI needed?",
        "Ohio Medicaid 910044871265, NPI 1457392018 on the claim",
        "CareSource Medicaid 110029384756; auth 88120 pending",
    ],
)
def test_a_billing_number_after_a_member_number_does_not_clear_it(text: str) -> None:
    assert "member_id" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "billing for client # 4412 (Acme DME) under our group - do they need the invoice?",
        "our client # 10293 is Acme Medical Supply",
        "client no. 55102 is Riverbend Home Medical, they want the E1399 checklist",
        "participant # 10045 in PECOS is still pending",
        "PECOS participant # 10045",
        "Virginia Medicaid: VA ICN 2226012345678 came back denied",
        "VA ICN 2226012345678 - what does the remit code mean?",
        "suction PRN 1200 cc canister",
        "O2 PRN 2000 ml humidifier bottle",
        "Texas Medicaid TPI 5520193-01 on the enrollment letter",
        "the Medicaid ID goes in NM109 of 2010CA",
        "loop 2400 NTE02 narrative",
    ],
)
@pytest.mark.sweep(n=3)
def test_billing_talk_with_those_labels_is_left_alone(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("client # 4412 for her walker", "mrn"),  # a patient's word: the agency's client
        ("WellSky client # 401998", "mrn"),  # a system's own label stays a patient's
        ("VA ICN 1013847261V482019 on the CCN referral", "mrn"),  # the VA's own shape
        ("veteran's VA ICN 1013847261, community care claim denied", "mrn"),
        ("PRN 00412983 on the face sheet", "mrn"),  # no amount after it
        ("mrn 2400 for the walker", "mrn"),
        ("chart 2300 - need the note", "mrn"),
        ("member id 2400", "member_id"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_patient_numbers_under_those_labels_are_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds
