"""The guard's quick paths past its long patterns (a PO box's or a street-first address's word
looked up first, a month's name tried only before a year) skip no address or birth date: in any
case, with accents or without, the same messages are refused."""

from __future__ import annotations

import pytest

from flows.phi import scan

REFUSED = [
    ("deliver to the pt at P.O. Box 7731, Harlan KY", "address"),
    ("new addr for the pt: po box 58 in Cody", "address"),
    ("pt lives out at Rt 6 Box 212, please call before delivery", "address"),
    ("ship her walker to 4470 County Road 11, she's home after 3", "address"),
    ("pt address Mühlenstraße 9, Bremen", "address"),
    ("DOB 22 August 1947", "dob"),
    ("date of birth: 3 de abril de 1952", "dob"),
    ("born 1944. március 12.", "dob"),
    ("dob 1949 Oct 07", "dob"),
]
# Street names first, capitalised as addresses are written (in lower case only after an address's
# cue word, which these leave out).
REFUSED_AS_TYPED = [
    "pt moved: 1880 Calle Los Robles, Ponce",
    "send the chair to the patient at Birkenweg 22, Kassel",
    "pt is at 45 Avenida Las Palmas now",
]
ALLOWED = [
    "the box of gloves came in, 12 boxes left",
    "route the CMN to billing by 3 today",
    "the 14th of the month is the deadline for 2 claims",
    "3 items on the order, 2 shipped in March",
]


@pytest.mark.sweep(n=3, by="kind")
@pytest.mark.parametrize(("text", "kind"), REFUSED)
def test_address_and_birth_date_forms_are_refused_in_any_case(text: str, kind: str) -> None:
    for typed in (text, text.upper(), text.lower()):
        assert kind in scan(typed).kinds, typed


@pytest.mark.parametrize("text", REFUSED_AS_TYPED)
def test_street_first_addresses_are_refused(text: str) -> None:
    assert "address" in scan(text).kinds


@pytest.mark.parametrize("text", ALLOWED)
def test_boxes_routes_and_months_in_billing_talk_are_kept(text: str) -> None:
    assert not scan(text)
