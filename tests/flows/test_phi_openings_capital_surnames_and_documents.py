"""A patient named right after a message's opening, before their street, is refused whatever
business the opening names; a surname in capitals then a given name after a patient's word is a
name; an MBI labelled, then said to be on a document, is still the MBI; a "csr@" inbox is a
desk's."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "from the Dundalk store: Tamsin Okafor, 4411 Holabird Ave Apt 3, Dundalk MD 21222",
            {"name", "address"},
        ),
        (
            "fax queue - Rosalind Mbeki at 98 Frederick Rd, Ellicott City, MD 21043. deliver?",
            {"name", "address"},
        ),
        (
            "Essex office: Halina Dubrovsky, 712 Back River Neck Rd, Essex MD 21221, wants a call",
            {"name", "address"},
        ),
        # a business's addressee and its street
        ("Catonsville Mobility Parts, attn: Rosalind Mbeki, 4500 Rolling Rd, Catonsville", set()),
        ("return the motor to the vendor - attention: Desmond Achebe, 1200 Industrial Pkwy", set()),
    ],
)
def test_a_person_and_their_street_after_an_opening(text: str, kinds: set[str]) -> None:
    found = set(scan(text).kinds)
    assert kinds <= found if kinds else not found


@pytest.mark.sweep(n=3, by="named")
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("resident KOWALCZYK Halina needs the commode by friday", True),
        ("pt GONZALEZ Marisol called twice about the statement", True),
        ("patient: OKAFOR Ngozi wants the walker picked up", True),
        ("PT NOWAK Halina did the eval on the tilt base", False),  # the therapist
        ("Dr. OKAFOR Ngozi signed the SWO", False),
        ("ask GONZALEZ Marisol in billing about the ERA", False),  # a colleague
        # "Last,First" right after a word and a comma
        ("the Lakota family, Begay,Dolores wants the lift chair", True),
        ("we cover Dundalk, Essex, Parkville, Towson and Overlea", False),  # towns
    ],
)
def test_a_capital_surname_then_a_given_name(text: str, named: bool) -> None:
    assert ("name" in scan(text).kinds) is named


_LABELLED_BY_DOCUMENT_OR_DESK = [
    # an MBI said to be on a document, not a later order number
    ("the MBI on the referral is 3QW7EK2TN45, is that current?", "mbi", True),
    ("Medicare number from the CMN, 3QW7EK2TN45, does not match the card", "mbi", True),
    ("the MBI on the order matches the card; order 3QW7EK2TN45 shipped", "mbi", False),
    # a customer service inbox is a desk's
    ("RMA 88123: the return label went to csr@baysidemobility.example.com", "email", False),
    ("Towne Seating's csr@townseating.example.org answers POs within a day", "email", False),
    ("pt's son emails from csrodriguez77@example.net, reply there?", "email", True),
]


@pytest.mark.sweep(n=3, by="kind")
@pytest.mark.parametrize(("text", "kind", "refused"), _LABELLED_BY_DOCUMENT_OR_DESK)
def test_a_value_labelled_by_its_document_or_its_desk(text: str, kind: str, refused: bool) -> None:
    assert (kind in scan(text).kinds) is refused
