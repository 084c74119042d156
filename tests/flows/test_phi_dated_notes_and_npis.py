"""A full name beside a recent date ("Harold Kim, 11/02/2025 — E1399 rejected") is read as a
patient with a date of service, not as a colleague's dated note: the guard cannot know the team's
names, and a name pasted from a claim must not reach Slack unwarned. A doctor whose given name is
also a plan's ("oscar") with a lower-case "npi" label is no plan member's number. A person's name
right before an address makes it that person's, whatever office opens the message; a business's
attention line does not."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Marta Lindqvist, 04/11/24 | SV1*HC:E1399*410.00*UN*1***1~ why the CO-16?",
        "Harold Kim, 11/02/2025 — E1399 rejected, narrative missing",
        "can you check Sabine Okonjo, October 2, 2025; billed 812.10, allowed 640.00",
        "RMA 4471023; Tobias Wendt, 20250114. is the DWO still good?",
        "Marta Lindqvist, 04/11/1931 needs the tilt add-on",
        "Dewey Halvorsen, 9/30/44 | SV1*HC:E1399*410.00*UN*1***1~",
        "pt Sabine Okonjo, October 2, 2025 delivery, walker",
    ],
)
def test_a_name_beside_a_date_of_service_or_birth_is_refused(text: str) -> None:
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
