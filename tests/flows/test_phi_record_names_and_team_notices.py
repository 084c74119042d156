"""A patient's name as a record's name field in capitals (a remit's line, an eligibility screen's
value, a hospital wristband), with no label the guard knows; and the look-alikes beside it: a
calendar invite or a chat tool's notice naming the team, a colleague's line with a job after the
name, a vendor's sample data."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "WESTERHOLT-ABARA CONSTANCE M",
        "remit shows: PRZYBYLSKI HENRIETTA",
        "wristband photo: 'HALLSTROM, BRYNHILD  K  Bed 12'",
        "the 271 reads: MC ALLISTER BERNADETTE",
    ],
)
def test_a_name_field_in_capitals_standing_alone_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "STATUS: DENIED PENDING",
        "PAYER: HUMANA GOLD",
        "Vendor: DRIVE MEDICAL",
        "Outlook invite: 'Drive Medical demo - Trevor Aldana' Fri 2:00",
        "Teams: Rosalind Ashby added Kofi Mensah to 'AR follow-up'",
        "MENSAH, KOFI | AR specialist | ext 4471",
        "vendor's sample data: 'DOE, JANE' on every line",
        "Patient, Test in the Brightree sandbox",
    ],
)
@pytest.mark.sweep(n=3)
def test_team_notices_colleague_lines_and_sample_data_pass(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "OYELARAN, TOBIAS - walker denied again",  # a case after the name, not a job
        "demo ERA shows Harriet Oyelaran 4TP7HN2RK55",  # only the sample's own names go
        "Outlook invite: delivery for pt Greta Lindqvist 3pm",  # a patient's word in the invite
    ],
)
def test_a_patient_beside_those_look_alikes_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds
