"""The PHI guard on an MBI's last or first four typed with no Medicare word ("last four JY85 - the
MSN doesn't show the rest", "first 4 are 6QN2"), on a number the message itself says is not an
MBI or only likens to one ("same shape as a Medicare number"), and on the office's landlord named
by his job: the first is refused as a Medicare ID, the others are answered."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "last four JY85 — MSN doesn't show the rest",
        "ends in PD77",
        "1st 5 9PR9N last 4 WG93",
        "she only has the last 4: KT36, can we look her up?",
    ],
)
def test_an_mbi_tail_after_last_four_is_a_medicare_id(text: str) -> None:
    assert "mbi" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "last 4 of the serial: MD72",
        "the part number ends in KX12",
        "model ends in XT20, the older one",
        "card ending in 4421 was declined",
    ],
)
def test_a_product_number_tail_is_not_a_medicare_id(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "the Parachute order ID 6FN4C12NK17 — vendor's own, not an MBI",
        "7RT2HW4KD90 is the supplier's portal key, not a Medicare number",
        "Ridgeline stamps frame IDs like 4QW7-HN2-TD63, same shape as a Medicare number",
        "our rack labels run 3GF8-KP1-XM45, the same 11 characters as an MBI",
        "code 5TN2RK8YP31 on the vendor's quote, looks like an MBI lol",
    ],
)
def test_a_number_the_message_says_is_not_an_mbi_is_answered(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "her MBI is 6FN4C12NK17, not the HICN",
        "6FN4C12NK17 is not an MBI? it is, that's her MBI",
        "looks like the MBI on the claim was 6FN4C12NK17",
        "is 6FN4C12NK17 a member id or an MBI? it's on her red white and blue card",
    ],
)
def test_an_mbi_named_as_one_is_still_refused(text: str) -> None:
    assert "mbi" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "landlord Joe Avila's office called about the lease",
        "Avila is the owner of the building we lease, landlord Joe Avila",
        "our property manager Dana Whitlock wants the rent check",
    ],
)
def test_the_offices_landlord_is_not_a_patient(text: str) -> None:
    assert scan(text).kinds == ()


def test_a_patient_named_beside_a_landlord_is_still_refused() -> None:
    assert "name" in scan("pt Joe Avila, his landlord says he moved").kinds


def test_a_claims_tail_is_not_a_medicare_id() -> None:
    assert scan("claim ending KT42 was the duplicate").kinds == ()


@pytest.mark.parametrize(
    "text", ["first 4 are 6QN2 and the rest is smudged", "first four: 3KR7, rest cut off"]
)
def test_an_mbis_first_four_with_no_medicare_word_gets_the_medicare_id_warning(text: str) -> None:
    assert scan(text).kinds == ("mbi",)


@pytest.mark.parametrize(
    "text",
    ["first 4 of the serial are 5KX1", "first 4 of the RMA: 7HU5", "first four are 2024"],
)
def test_a_products_first_four_or_a_year_gets_no_warning(text: str) -> None:
    assert not scan(text)
