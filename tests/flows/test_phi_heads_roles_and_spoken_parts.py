"""A serial's word heading a list of numbers shaped like an MBI, a colleague's team or job set
right after the name, a titled name from a company and a place's last word leave billing talk
alone; an SSN's last four read out in words, an MBI read out with "x-ray", a surname alone in
capitals after a patient word, a patient's name before a facility and a birth date with a
month's word of any language are refused."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        # a serial's word heads the list, or the sentence, its values stand in
        "serials for both cushions in the box: 4KD7RN2TE51, 8WC3HJ6QA90",
        "the serial on the new joystick is 6PN2WX4GM83, the returned one was 3AT9KE1VR27",
        # a colleague's team or job right after the name
        "Marisol Quintero from credentialing: the NPI re-validation is due in May",
        "Marisol Quintero in accounts receivable wants the aging report by Friday",
        "Tobias Arkwright, controller, signed off on the small-balance write-offs",
        "Tobias Arkwright, our billing manager, says the fee schedule changed",
        # a place's last word
        "Bear Creek and Sun Valley deliveries go out on Thursday",
        # a titled name from a company named in more than one word
        "Mr. Pruitt from Tanana Mobility Parts will send the swapped casters",
    ],
)
@pytest.mark.sweep(n=3)
def test_billing_talk_with_serials_staff_and_places_passes(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("last four of the social: two nine one six", "ssn"),
        ("ssn last 4 is oh three eight five", "ssn"),
        ("medicare: four, x-ray, kilo, seven, tango, hotel, three, romeo, mike, five, two", "mbi"),
        ("mbi 4 x ray k 7 t h 3 r m 5 2", "mbi"),
        ("PATIENT SZYMANSKI — the tilt base quote", "name"),
        ("born on the 9 Kesäkuuta 1943 per the daughter", "dob"),
        ("zrodzona 17 lipca 1938, walker", "dob"),
        # a person's job set off by commas with a patient's word in the message stays a name
        ("pt Tobias Arkwright, retired driver, needs a walker", "name"),
        # a surname that is also a place's word, for a person
        ("walker for Harold Lake, denied", "name"),
        # a patient's word before the name: the company after it is where the patient lives
        ("pt Odessa Varga from Maple Grove Assisted Living needs a commode", "name"),
        ("resident Odessa Varga at Northwind Care Center wants the bed moved", "name"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_patient_s_identifier_read_out_or_in_capitals_is_refused(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


def test_a_serial_s_word_elsewhere_in_the_message_leaves_a_medicare_number_refused() -> None:
    assert "mbi" in scan("serial on the walker is fine; her MBI is 6PN2WX4GM83").kinds
