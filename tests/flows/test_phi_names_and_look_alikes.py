"""A full name is refused whatever verb follows it (a patient covers, signs, retires, splits a
payment or wants a delivery as much as a colleague does), with a phone or another's case after
it, and a name between a doctor and a number is refused; an SSN's or MBI's shape with no label
is read as one only with a person beside it, not as an amount, a ratio, a ZIP read out or a
template's cells."""

from __future__ import annotations

import pytest

from flows.phi import scan

REFUSED = (
    # a name and a phone, whatever verb follows the name
    ("Tom Baker wants the rental picked up, 317.555.0142", {"name", "phone"}),
    ("Tom Baker said the concentrator alarm keeps going, (317) 555-0142", {"name", "phone"}),
    ("Tom Baker covers the copay, callback 317-555-0142", {"name", "phone"}),
    ("Tom Baker signed off on delivery, 317-555-0142", {"name", "phone"}),
    ("Tom Baker submitted the Medicaid appeal, 317-555-0142", {"name"}),
    # a name as the message's one finding, whatever the verb after it
    ("Otis Fenn covers the difference himself", {"name"}),
    ("Otis Fenn signed off on the delivery ticket at home", {"name"}),
    ("Otis Fenn retired from the railroad, RRB number on file", {"name"}),
    ("OTIS FENN SIGNED OFF ON THE DELIVERY TICKET", {"name"}),
    ("Otis Fenn will split the payment into three", {"name"}),
    ("Otis Fenn left a note on the door for the driver", {"name"}),
    ("Otis Fenn wants it delivered to the back door", {"name"}),
    # a patient named after another's word
    ("Ida Lenz fixed the claim for Ray Cole", {"name"}),
    ("Ida Lenz submitted the claim for Ray Cole today", {"name"}),
    ("Ida Lenz says the claim for Ray Cole denied CO-16", {"name"}),
    ("Ida Lenz said Ray Cole's rental is month 13", {"name"}),
    # a patient speaking of their own item or claim
    ("Ray Cole said the concentrator is loud at night", {"name"}),
    ("Ray Cole wants the Medicaid balance checked", {"name"}),
    ("Ray Cole wants the statement resent, Medicaid denied it", {"name"}),
    ("Ray Cole says the Anthem claim for the hospital bed denied", {"name"}),
    ("Ray Cole says the Medicaid plan dropped the rental", {"name"}),
    # a patient between a doctor and the number
    ("Dr Patel re: Ortiz 317-555-0101", {"name", "phone"}),
    ("Dr. Patel for mrs ortiz: 317-555-0101", {"name", "phone"}),
    ("Dr. Patel wants maria ortiz seen, 317-555-0101", {"name", "phone"}),
)

NOT_IDENTIFIERS = (
    "paid 418 302795 total",
    "$418/50/7837",
    "page 418/50/7837",
    "ratio 120/80/2024",
    "ICN 22 024 123456 780",
    "qty 100 200300",
    "1.5 708 302795",
    "the 835 has 123 456789 as the payer id",
    "2024 remits: 312 456789 and 312 456790",
    "zip four six two zero one two three four five",
    "call me at six nine eight six three one one nine one",
    "one two three four five six seven eight nine",
    "cells [3EK3][PT3][FK35] in the template",
)


@pytest.mark.sweep(n=3, by="kinds")
@pytest.mark.parametrize(("text", "kinds"), REFUSED)
def test_a_patients_case_after_a_name_is_refused(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


def test_unlabelled_look_alikes_with_no_person_pass() -> None:
    assert [text for text in NOT_IDENTIFIERS if scan(text)] == []
