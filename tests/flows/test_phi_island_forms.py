"""The PHI guard on the Pacific islands' forms: Guam's and the Northern Marianas' Chamorro street
words, Lot lines and GU/MP ZIP codes, mainframe records with their values run together, plan
cards and team tags before a name; and quiet on places named for people and the office's own
line."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.sweep(n=3, by="kinds")
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a Chamorro street word before the street's name, in any case, with or without a ZIP
        ("concentrator goes to 412 Chalan Hagu, Mangilao for Dolores Mesa", {"address"}),
        ("swap the tank at 88 chalan tun jose, dededo today", {"address"}),
        ("LOT 2231, CHALAN KARETA YIGO GU 96929 - same pt as last week", {"address"}),
        # a lot's number, a comma, then a village and a territory's ZIP code
        ("ship-to Lot 4410, Kayen Lemmai, Saipan, MP 96950 (Rosalia Quitugua)", {"address"}),
        ("Rosalia Quitugua\nLot 915, Chalan Tasi\nAgat, GU 96915", {"name", "address"}),
        # a prior authorization's number between the name and the street
        ("Quitugua, Rosalia PA# 5520193371 27 Chalan Hagu, Yona, GU 96915", {"address"}),
    ],
)
def test_island_addresses_are_caught(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "lot 3391, 12 cases, Dededo warehouse",
        "the Chalan Pago route has 3 stops this week",
        "we ship 4 Chalan Pago orders on Friday",
    ],
)
def test_product_lots_and_village_names_stay_quiet(text: str) -> None:
    assert not scan(text)


def test_a_mainframe_record_with_its_values_run_together_is_caught() -> None:
    record = "mainframe dump, pls fix:\nQUITUGUA          ROSALIA     19440917538210466"
    assert {"name", "dob", "ssn"} <= set(scan(record).kinds)
    with_mbi = "TAITANO  JOAQUIN   19381102538210466" + "1EG4TE5MK73"
    assert {"name", "dob", "ssn", "mbi"} <= set(scan(with_mbi).kinds)
    assert not scan("BATCH TOTALS      CLAIMS      20260115000012345")  # a batch's, no birth date


def test_a_va_icn_under_a_capitalised_name_after_a_team_tag_is_named() -> None:
    text = "intake: fwd from the VA clinic:\nROSALIA QUITUGUA\nVA ICN 1024406713V550182\nok?"
    assert {"name", "member_id"} <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "the rep flies in to Francisco C. Ada airport on Saipan tomorrow at 7:10",
        "permits are done at the Joseph Flores complex, bring the invoice",
        "the patient called our billing line 671-555-0131 twice about the copay",
        "DOB: ____ on the blank form, control # 44019283",
    ],
)
def test_places_named_for_people_and_the_office_line_stay_quiet(text: str) -> None:
    assert not scan(text)


@pytest.mark.sweep(n=3, by="kinds")
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a patient's, whatever comes after the name
        ("complex rehab chair for Rosalia Quitugua, MBI 1EG4-TE5-MK73", {"name", "mbi"}),
        # a user name of an initial and a surname after a patient's word
        ("pt msantos needs the walker swapped", {"name"}),
        # "PA#" after the name is a prior authorization's number, not a credential
        ("pt Opal Hendry\nPA# 5520193371\nDOB 02/11/1950", {"name", "dob"}),
        # a name after a team's tag and before a colon
        ("collections: Rosalia Quitugua: EOB attached, MBI 1EG4-TE5-MK73", {"name", "mbi"}),
        # the islands' plans' cards
        ("Calvo's SelectCare card SC33019284 for the bed", {"member_id"}),
        ("CNMI Medicaid card CM44120937, tank delivery", {"member_id"}),
    ],
)
def test_names_and_plan_cards_are_named(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    "text",
    [
        "can we bill the pt's copay on the GZ line?",
        "bariatric pt, nonstandard option on the build sheet",
        "TakeCare denied the walker, 3 units",
    ],
)
def test_everyday_billing_talk_stays_quiet(text: str) -> None:
    assert not scan(text)
