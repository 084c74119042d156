"""A patient's row pasted with no labels (a spreadsheet's, a CSV's, a note's with slashes), a
member number after a name and a bracketed birth date, and a phone, an e-mail or an address
that the words around it say is a person's are refused, whatever the message's opening names;
claim rows, staff lines and a business's own move or line still pass."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a spreadsheet's row, tabs pasted as typed "\t" or as real tabs
        ("Roselyn Trahan\t5KT2WQ8PN14\t11/2/41\t225-555-0177", {"name", "mbi", "dob", "phone"}),
        (r"Achille Fontenot\t3RD6JF4KA21\t5/19/38\t504.555.0163", {"name", "mbi", "dob", "phone"}),
        # a CSV export: surname and given name in two cells, a birth date as YYYYMMDD
        ('"PRUDHOMME","ALMA",19480912,8812345670021,"Vantage",closed', {"name", "dob"}),
        # a note typed with slashes or bars between the values
        ("from the aging report: THERIOT, NOLA / 4418820017733 / 225 555 0148", {"name", "phone"}),
        ("Dugas,Orelia | 5512093378 | 2/2/40", {"name", "dob", "member_id"}),
        # a name, a birth date in brackets, a member number after it
        ("per the portal: eulalie landry (4/22/49) BKL66120934", {"name", "dob", "member_id"}),
        ("Euclide R. Mouton (9/30/1944) 88120033751", {"name", "dob", "member_id"}),
    ],
)
@pytest.mark.sweep(n=3)
def test_a_patient_s_unlabelled_row_is_refused(text: str, kinds: set[str]) -> None:
    assert kinds <= set(scan(text).kinds)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the words after the number say it is a person's own line, whatever the opening names
        ("note from the Lafayette store: call 337-555-0129 not the home #", "phone"),
        ("fax cover: ring (225) 555-0187 instead of the home number", "phone"),
        ("driver's note: text 504 555 0170, not her landline", "phone"),
        # an address that writes about her or his bill
        ("from the front desk: nolabreaux22@example.com emailed about his statement", "email"),
        ("msg from the store: gtrahan1951@example.net wrote in about her invoice", "email"),
        # a name in capitals, as a record prints a patient's, after a colleague's chat name
        ("Slack (Lafayette store) - Tammy Hebert: CLOTILDE FONTENOT 337-555-0144", "phone"),
        # moved to, or the family at, an address
        ("Note from the store: Odile Savoy moved to 4410 Bayou Blue Rd, Houma", "address"),
        ("she passed Sunday, family at 802 PECAN GROVE LN, THIBODAUX LA 70301", "address"),
        ("warehouse log: her family is at 17 Cypress Bend Dr, Raceland", "address"),
    ],
)
@pytest.mark.sweep(n=3, by="kind")
def test_a_person_s_contact_is_refused_after_a_business_opening(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        # a claim's row: a business's name, an ICN and a date of service
        "Bayou Medical Supply / 2218772783905 / 11/06/2025 / 1913.92",
        "E1399\t2218772783905\t10/14/2025\tdenied CO-4",
        # the business's own move and own lines
        "update from the store: we moved to 1200 Grand Point Hwy, Breaux Bridge",
        "our Houma office moved to 12 Main St",
        "call the Humana line 800-555-0100 not the home #",
        "call our office at 337-555-0101, not the home number on the form",
        # a model, a date of service and a serial in brackets: no birth date
        "Invacare 9153 (10/2/2025) lot 2231190045",
    ],
)
@pytest.mark.sweep(n=3)
def test_claim_rows_staff_lines_and_the_business_s_own_contacts_pass(text: str) -> None:
    assert scan(text).kinds == ()


def test_a_business_in_capitals_after_a_chat_name_keeps_its_line() -> None:
    assert (
        "phone" not in scan("Teams (store) - Al Guidry: BAYOU AMBULANCE SERVICE 504-555-0119").kinds
    )
