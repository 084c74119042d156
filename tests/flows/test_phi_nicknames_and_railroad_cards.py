"""A refused message's warning names a person written with a nickname in quotes, and a railroad
retirement number printed in threes after its railroad word as that number, not as a member ID
or an SSN; a doctor's nickname stays a doctor's."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        'address change for Winifred "Winnie" Okonjo, MBI 4TR8-KD2-WP61',
        'Bartholomew "Bart" Quayle called back, dob 02/11/1939, about the walker',
        'the rental for cornelius "corny" ashdown - dob 9/30/1944 - is it capped?',
        "Rosalind 'Roz' Achebe, Medicaid ID 66120934, needs the CMN redone",
    ],
)
def test_a_name_with_its_nickname_in_quotes_is_named(text: str) -> None:
    assert "name" in scan(text).kinds


def test_a_doctors_nickname_is_no_patients_name() -> None:
    assert "name" not in scan('MBI 1EG4-TE5-MK73 ordered by Dr. Theodore "Ted" Vance').kinds


@pytest.mark.parametrize(
    "text",
    [
        "Railroad Medicare id WCD 604 118207 on the new card",
        "railroad medicare id PA 318 772, is Palmetto the contractor?",
        "Railroad Medicare id MH 902 417 for the oxygen",
    ],
)
def test_a_railroad_number_in_threes_is_named_as_one(text: str) -> None:
    assert set(scan(text).kinds) == {"hicn"}


def test_a_member_number_beside_a_railroad_number_is_still_named() -> None:
    text = "RRB claim number WA 401188, subscriber id 528831074-01, can I resubmit?"
    assert {"hicn", "member_id"} <= set(scan(text).kinds)
