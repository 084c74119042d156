"""A patient named by what they own on their account ("is Ysolde Haverty's claim still
pending?"), an old age said without "years" beside a birthday ("she turns 88"), a person who
reads a mailbox said past a semicolon, and a patient's status (hospice, deceased) after a
colleague's question are refused; a colleague's login, birthday, mailbox or question, a vendor's
invoice and a doctor's name still pass."""

from __future__ import annotations

import pytest

from flows.phi import scan

REFUSED = (
    # a given name in no list and a census surname owning an account's word, anywhere
    ("Ysolde Haverty's account is past due", "name"),
    ("is Ysolde Haverty's claim still pending?", "name"),
    ("can we write off Benedikt Quist's balance?", "name"),
    ("did Ottoline Frayne's copay post yet", "name"),
    ("any word on Casimir Wendt's appeal?", "name"),
    ("please resend Perpetua Hollins's statement, the address changed", "name"),
    # an age said as a person's, beside a first name's birthday
    ("Dana Kell PT wrote the order; Marta's birthday is June 4, she turns 88", "dob"),
    ("Odile's birthday is March 9; she'll be 93", "dob"),
    ("Marta's birthday is June 4, he is 90", "dob"),
    ("Bertil's bday is 10/2, 97 this year", "dob"),
    ("Hedda's bday is 2/9 and Hedda turns 91", "dob"),
    ("Pieter's birthday is May 1, Pieter is 94 this year", "dob"),
    # the person reading a mailbox after a semicolon or in the next sentence
    ("write repairs@mensahs.net; he checks it daily", "email"),
    ("send it to alerts@ortizfamily.org; she reads it after work", "email"),
    ("use repairs@okunadehome.net. He checks it on Sundays", "email"),
    # a patient's status after a colleague's question
    ("Joan Pryor asked whether we got the refill order from Dr. Hale; hospice since May", "name"),
    ("Joan Pryor asked whether we got the refill order from Dr. Hale — deceased 11/2", "name"),
    ("Ines Varga asked if the oxygen rental from Dr. Pell went out; on hospice now", "name"),
    ("Ines Varga asked if the lift chair pickup is booked — passed away last week", "name"),
    ("Joan Pryor asked whether we got the walker order; she's deceased", "name"),
)

PASSING = (
    "please check Graham Field's invoice before we pay it",
    "Lincoln Financial's account rep called about the 401k",
    "Blue Cross's claim portal is down again",
    "Dr. Ysolde Haverty's claim form is signed",
    "Ysolde Haverty's queue is long today, can someone help",
    "Marta's birthday is June 4, cake at 3",
    "Marta's birthday is June 4, she turns 30",
    "Marta's birthday is June 4, she is 90 minutes late lol",
    "Marta's birthday is June 4, we did 90 this year in rentals",
    "my mom's birthday is June 4, she turns 88",
    "write repairs@lakeshoreseating.example.com; they reply within a day",
    "send the quote to repairs@acmemobility.com; the tech checks it daily",
    "Joan Pryor asked whether we got the refill order from Dr. Hale",
    "Joan Pryor asked whether we contract with Heartland Hospice",
    "Joan Pryor asked whether we bill hospice to the MAC",
    # a question about hospice or a death date is the asker's billing question
    "Ines Varga asked whether the GW modifier applies to hospice as of the election date",
    "Sam Ortiz asked whether the deceased date goes in box 19",
    "Ines Varga asked if we need a new CMN when someone lives alone",
    # a business's age or a count said beside a birthday
    "Grace's birthday is 5/5, and the company turns 90 next year",
    "Eli's bday 8/8 - the order count was 90 this year",
    "Pieter's birthday is May 1 and the practice turned 75 in March",
)


@pytest.mark.sweep(n=3, by="kind")
@pytest.mark.parametrize(("text", "kind"), REFUSED)
def test_a_patient_said_these_ways_is_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


def test_the_team_vendors_and_doctors_said_alike_pass() -> None:
    assert [text for text in PASSING if scan(text)] == []
