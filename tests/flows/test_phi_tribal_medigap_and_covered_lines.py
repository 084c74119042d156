"""Member numbers printed on cards the guard must name: a tribe's enrollment number, a Medigap
policy's certificate, a TRICARE card's benefits number (also after a desk's heading), a VA ICN typed
in lower case, an MBI with its unread places asked as "????". A patient's or a relative's number
or mailbox stays refused, whatever office words surround it."""

from __future__ import annotations

import pytest

from flows.phi import PhiFindings, scan


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "Yurok tribal enrollment # 40917 — does IHS pay first?",
        "Mr. Attakai's tribal roll no. WT-38812-204, does IHS pay before Medicaid?",
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


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "pt Alma Reyes cell 864-555-0143 if the van breaks down she can't get her walker",
        # A family member covering a bill, a relative on the line, a patient's mailbox named like a
        # vendor's desk, a birth year before a name: each stays refused.
        "her nephew is covering the coinsurance, his cell 864-555-0191",
        "granddaughter on the on-call line tonight, 843-555-0162",
        "member's personal email repairs@outlook.com for the rental letters",
        "pt yob 1930 Odalys Varnadore Manor apt 4",
        "Tribal enrollment is pending for pt Doran Whitehorse, MBI 2TW5-RC8-YK41",
        "year of birth 1931, pt lives at 1931 Magnolia Rd, Greer SC 29651",
    ],
)
def test_a_patients_identifier_is_still_refused(text: str) -> None:
    assert scan(text)


def test_a_products_number_with_unread_places_passes() -> None:
    assert not scan("serial 5TK3QJ2???? is smudged on the tray")


def test_talk_of_the_tribal_roll_office_with_no_number_passes() -> None:
    assert scan("the tribal roll office closes early Friday, call them Monday") == PhiFindings()
