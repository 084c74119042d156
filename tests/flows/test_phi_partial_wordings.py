"""The PHI guard on identifiers given in part and in free wording: an SSN's last four with a few
words, a bracket or "w/" before the digits, a phone with its extension or its area code said
first. And the look-alikes: a benefit's end year after "social security ... ends"."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "SSN (last 4): 6618",
        "last 4 of her SSN on file: 6618",
        "ssn ends w/ 6618",
        "SSN last 4 - she said 6618",
        "pt verified last 4 of SSN, it's 6618",
        "last four soc 6618",
        "ssn ends in 1987",
    ],
)
@pytest.mark.sweep(n=3)
def test_an_ssns_last_four_in_free_wording_is_refused_as_an_ssn(text: str) -> None:
    assert "ssn" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "her social security ends in 2027 so Medicaid picks up",
        "social security disability ending 2025, then Medicare starts",
        "SOC 6618 per the home health agency",
        "last 4 of the SSN don't match claim 1234",
    ],
)
def test_a_benefits_end_year_or_a_claims_digits_pass(text: str) -> None:
    assert "ssn" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "her number is 614-555-0100 ext 2",
        "area code 614 555 0100",
        "her number, area code 614, 555-0100",
    ],
)
def test_a_patients_phone_with_an_extension_or_its_area_code_first_is_refused(text: str) -> None:
    assert "phone" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "p. 207-555-0190 x214 for the billing office",
        "railroad retirement board approved PA 123456",
        "RRB denied PA 441022, resubmit with the CMN",
    ],
)
def test_an_offices_extension_or_a_railroad_prior_auth_passes(text: str) -> None:
    assert not scan(text)


def test_a_railroad_number_after_the_railroad_word_is_still_refused() -> None:
    assert "hicn" in scan("railroad retirement bene, card says WA 731 55 0284").kinds
