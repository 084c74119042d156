"""A colleague's name with the day of a note ("Marta Lindqvist, 04/11/24" in a log line or beside
claim segments) passes when the message has no patient's word; a name with an old date is still a
patient with a birth date, and a patient's word keeps a dated name refused. A doctor whose given
name is also a plan's ("oscar") with a lower-case "npi" label is no plan member's number. A
person's name right before an address makes it that person's, whatever office opens the message;
a business's attention line does not. An 837 claim's CLM01 is the patient's account number
where the message names the patient."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Marta Lindqvist, 04/11/24 | SV1*HC:E1399*410.00*UN*1***1~ why the CO-16?",
        "Front office log. Dewey Halvorsen, 2024-09-30",
        "Sabine Okonjo, October 2, 2025; billed 812.10, allowed 640.00",
        "RMA 4471023; Tobias Wendt, 20250114. is the DWO still good?",
    ],
)
def test_a_colleagues_dated_note_passes(text: str) -> None:
    assert "name" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Marta Lindqvist, 04/11/1931 needs the tilt add-on",
        "Dewey Halvorsen, 9/30/44 | SV1*HC:E1399*410.00*UN*1***1~",
        "pt Sabine Okonjo, October 2, 2025 delivery, walker",
    ],
)
def test_a_dated_name_of_a_patient_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


def test_a_doctors_npi_after_a_plans_name_passes() -> None:
    assert not scan("dr. oscar lindgren (referring) npi 1730291846 on the order")


def test_a_plans_member_number_is_still_refused() -> None:
    assert "member_id" in scan("Oscar 4829103751 is her plan, pt Ruth Amsel").kinds


@pytest.mark.parametrize(
    "text",
    [
        "Kearney office: Ana Ruiz, 2210 W Oak St, Hastings NE 68901. who is primary?",
        "from the fax line: Duane Halvorsen at 2210 W Oak St, Hastings NE 68901",
    ],
)
def test_a_persons_address_after_an_offices_opening_is_refused(text: str) -> None:
    assert {"name", "address"} <= set(scan(text).kinds)


def test_a_businesss_attention_line_passes() -> None:
    text = "Prairie Wheel Parts, attn: Ana Ruiz, 4410 Industrial Ave, Hastings NE 68901"
    assert not scan(text)


def test_a_claims_patient_account_number_is_refused_beside_the_patient() -> None:
    text = "CLM*58120733*940.00***12:B:1*Y*A*Y*Y~ is the pt's account on the rejected claim"
    assert "mrn" in scan(text).kinds


def test_a_claim_segment_alone_passes() -> None:
    assert not scan("CLM*TX40112*880***12:B:1*Y*A*Y*Y~\nHI*ABK:M6281~")
