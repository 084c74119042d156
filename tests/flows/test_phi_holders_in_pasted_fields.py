"""A colleague said to hold a case or to sit at a desk in one field of a pasted note ("Wendell
Prusik has it | 81 y/o") is team talk, even when another field holds an age, a colleague's
birthday or a vendor named with an item's word; an age, a title or a birth word in the holder's
own field, or the patient's item after the words, still makes the name a patient's. A repair
desk's mailbox on a business's domain is the business's; on a mail provider it is anyone's."""

from __future__ import annotations

from flows.phi import scan

TEAM_NOTES = (
    "Wendell Prusik has it | 81 y/o | what modifier?",
    "auth 4471029388\nWendell Prusik has it\nage 92. is this a dual?",
    "Odette Lavallee, ext 218; Soraya's birthday is May 9; check # 55120934",
    "Odette Lavallee is on it — Priyanka's bday is June 30 — DOS 3/2/26",
    "Wendell Prusik has it, quote from Harbor Lift Chair Service attached",
    "quote $880.10 from Millbrook Seating Supply | Odette Lavallee has it. GA or GZ?",
    "Wendell Prusik has it, Tidewater Bay Medical Supply 757-555-0131 sent the invoice",
)

PATIENT_NOTES = (
    # the age, title or birth word in the holder's own field
    ("Wendell Prusik has it: 91 yo, hospice since May", "name"),
    ("Wendell Prusik, 88, has it | what modifier?", "name"),
    ("Mrs. Odette Lavallee has it | check # 55120934", "name"),
    ("Odette Lavallee has it, born 1938 | what modifier?", "name"),
    # the patient's item after the holder's words, beside a vendor's name
    ("Wendell Prusik has it, the lift chair from Harbor Lift Chair Service", "name"),
    # a patient's word anywhere in the note
    ("pt Wendell Prusik has it | DOS 3/2/26", "name"),
    ("Wendell Prusik has it | the patient's son wants a call", "name"),
    # a real identifier in another field stays refused
    ("Odette Lavallee has it | DOB 04/11/1941", "dob"),
    ("Odette Lavallee has it | Vance, Loretta MBI 5TN8-QR2-WK63", "mbi"),
    ("Odette Lavallee, ext 218 | Loretta Vance 757-555-0177 wants a call", "phone"),
)


def test_a_colleague_holding_a_case_in_a_pasted_note_passes() -> None:
    assert [text for text in TEAM_NOTES if scan(text)] == []


def test_a_patient_in_the_same_shapes_is_refused_naming_what_was_found() -> None:
    assert [text for text, kind in PATIENT_NOTES if kind not in scan(text).kinds] == []


def test_a_repair_desks_mailbox_on_a_business_domain_is_no_patients() -> None:
    assert not scan("RMA 5521: REPAIRS@KESTRELMOBILITY.EXAMPLE.ORG wants the serial first")
    assert not scan("send the broken armrest photos to repairs@tidewaterseating.example.com")
    for text in (
        "pt email: repairs@hotmail.com, send the statement there",
        "her grandson reads repairs@yahoo.com for her",
        "member's email is repairs.okafor@gmail.com",
    ):
        assert "email" in scan(text).kinds, text


def test_a_desks_mailbox_a_person_is_said_to_read_is_refused() -> None:
    for text in (
        "use repairs@okaforhouse.net, her grandson checks it",
        "alerts@vangelder.org is his personal inbox",
        "mail desk@tremblayfamily.net - the pt reads it on Sundays",
    ):
        assert "email" in scan(text).kinds, text
    assert not scan("write repairs@lakeshoreseating.example.com, they reply within a day")
