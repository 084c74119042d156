"""A person's name right before a phone, maybe with a town or "at" between, makes the phone
that person's whatever heading or greeting opens the message ("Hi team,", "WellSky note:", "off
the clinic's discharge sheet:"); a team's or a job's heading before the colon still makes a
named contact staff."""

from __future__ import annotations

from flows.phi import scan

PATIENTS_WITH_PHONES = (
    "Hello team, OUIMETTE, ROLANDE from Berlin, 603 555 0183, wants a ramp quote. rental or buy?",
    'WellSky note: "talked w/ Thapa, Ganga at 603.555.0126, confirmed the delivery window"',
    "off the clinic's discharge sheet: Dragomir Vukelić, (603) 555-0172; is this a refund?",
    "hi team, Walter Jennings, 603 555 0117, asked about the loaner",
)

STAFF_CONTACTS = ("Availity provider relations: Jordan Sousa, (209) 555-0114",)


def test_a_name_right_before_a_phone_is_refused_after_any_heading() -> None:
    missed = [text for text in PATIENTS_WITH_PHONES if {"name", "phone"} - set(scan(text).kinds)]
    assert missed == []


def test_a_named_contact_under_a_teams_heading_passes() -> None:
    assert [text for text in STAFF_CONTACTS if scan(text)] == []
