"""A remittance's date followed by a denial code ("Nov 14 2026 CO-45") is no street address:
the year is the date's, not a house number on a state highway; a house number on a state
highway with no date before it is still refused."""

from __future__ import annotations

import pytest

from flows.phi import scan

LOOK_ALIKES = (
    "Nov 14 2026 CO-45",
    "Nov 14, 2026 CO-45",
    "11/14/2026 CO-45",
    "remit dated December 3rd, 2025 PR-1",
    "ERA 1-6-2026 OA-23 then CO-45",
)
ADDRESSES = (
    "pt lives at 2026 CO-45, Lyons",
    "deliver to 2026 CO-7 N, Estes Park",
    "remit 11/14/2026 PR-204, ship to 2026 CO-7, Lyons",
)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_date_then_a_denial_code_is_not_refused(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize("text", ADDRESSES)
def test_a_house_number_on_a_state_highway_is_still_an_address(text: str) -> None:
    assert "address" in scan(text).kinds
