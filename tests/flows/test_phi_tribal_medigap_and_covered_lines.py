"""Member numbers printed on cards the guard must name: a tribe's enrollment number, a Medigap
policy's certificate, a TRICARE card's benefits number (also after a desk's heading), a VA ICN typed
in lower case, an MBI with its unread places asked as "????". Office talk it must let pass: a
colleague's cell for covering the on-call line or a broken-down van, a vendor's service or parts
mailbox, a birth year before a facility's name. A patient's number stays refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Yurok tribal enrollment # 40917 — does IHS pay first?",
        "mbr Tsosie, Irene, Navajo tribal ID 318844",
        "Wilhelmina Barros, Medigap Plan N cert 517730264, is the E1399 covered?",
        "the Mutual of Omaha plan f certificate 4408812267 — crossover or file it ourselves?",
        "Anselm Kowalczyk TRICARE DoD benefits no. 60273318845 — which payer first?",
        "anselm kowalczyk, tricare dod benefits no. 60273318845",
        "Aiken desk: Rosalind Ebo, Medigap Plan G cert 736601928",
        "veteran okafor, va icn 3309918274v118204, needs a community care PA",
    ],
)
def test_a_card_member_number_is_named(text: str) -> None:
    assert "member_id" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Medicare 5TK3QJ2????, DOS 4/8/25 — which denial is this?",
        "mbi 7hd4ew1???? on the old fax, rest unreadable",
    ],
)
def test_an_mbi_with_its_unread_places_asked_is_named(text: str) -> None:
    assert "mbi" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Marisol's cell is 864-555-0143 if the truck breaks down near Greer",
        "Tobias's phone is 843-555-0117, he's covering the on-call line Saturday",
        "shipping question: repairs@pineyridgemobility.example.com | RMA 5530921",
        "csr@upstateparts.example.net sent the quote for the armrest pads",
        "birth year 1931 Magnolia Gardens Manor — how many residents in that cohort?",
    ],
)
def test_office_talk_passes(text: str) -> None:
    assert not scan(text)


@pytest.mark.parametrize(
    "text",
    [
        "pt Alma Reyes cell 864-555-0143 if the van breaks down she can't get her walker",
        "Tribal enrollment is pending for pt Doran Whitehorse, MBI 2TW5-RC8-YK41",
        "year of birth 1931, pt lives at 1931 Magnolia Rd, Greer SC 29651",
    ],
)
def test_a_patients_identifier_is_still_refused(text: str) -> None:
    assert scan(text)


def test_a_products_number_with_unread_places_passes() -> None:
    assert not scan("serial 5TK3QJ2???? is smudged on the tray")
