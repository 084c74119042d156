"""The PHI guard on a rural county's numbered road ("14944 Rd 20, Le Grand"), on a member number
after a California Medi-Cal plan's name ("HPSJ 95576188A"), on an X12 envelope's sender ID and on
a colleague's children's birth: the first two are refused, the others answered."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "ship to 14944 Rd 20, Le Grand CA 95333",
        "pt moved to 31250 Avenue 12, Madera",
        "deliver to 4410 County Road 12 — gravel drive",
    ],
)
def test_a_house_on_a_numbered_county_road_is_an_address(text: str) -> None:
    assert "address" in scan(text).kinds


@pytest.mark.parametrize("text", ["qty 10 Rd 20 kits", "12 Ave 3 is the old branch's corner"])
def test_a_small_count_before_a_road_number_is_no_address(text: str) -> None:
    assert "address" not in scan(text).kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Nou Her - HPSJ 95576188A", ("name", "member_id")),
        ("CalViva 100223344 on the card", ("member_id",)),
    ],
)
def test_a_number_after_a_medi_cal_plan_is_a_member_id(text: str, kinds: tuple[str, ...]) -> None:
    assert set(kinds) <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "ISA06 sender ID 145103515 — clearinghouse changed it?",
        "Kevin's twins were born October 28, 2025 — congrats!",
        "Dana's son was born 5/2/2025, congrats!",
    ],
)
def test_an_envelope_id_and_a_colleagues_kids_birth_are_answered(text: str) -> None:
    assert scan(text).kinds == ()


def test_a_patients_birth_date_with_congratulations_is_still_refused() -> None:
    assert "dob" in scan("pt was born October 28, 1945 — congrats on the new chair!").kinds
