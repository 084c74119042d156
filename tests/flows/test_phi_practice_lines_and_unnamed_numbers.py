"""A doctor's practice line in a message about the practice is team talk; a full name said with
any verb after it, and a name between a doctor and a number, are still refused. An SSN slashed,
in two groups or read out digit by digit, an MBI printed in bracketed boxes and one with its
last four masked are refused with no label before them."""

from __future__ import annotations

import pytest

from flows.phi import scan

PRACTICE_LINES = (
    "Dr. Tomasz Ilic at Ridgeview Rehab wants his office fax on the order: (614) 555-0132",
    "Dr. Ilse Varga asked that we stop calling her cell. use the office: 614-555-0143.",
    "Dr. Ilse Varga refers from Lakeview Clinic. her fax: 614-555-0171.",
)

PATIENTS = (
    ("Odile Farkas says her chair squeaks when she turns", "name"),
    ("Odile Farkas says my statement is wrong", "name"),
    ("Odile Farkas says the cushion is too thin", "name"),
    ("pt Odile Farkas says the claim was denied", "name"),
    ("Pilar Quesada asked us to stop texting 614-555-0177, use email instead", "phone"),
    ("Pilar Quesada says the Medicaid plan changed, DOB 03/04/1941", "dob"),
    ("Dr. Ilse Varga says call Rosa at 614-555-0123 about her walker", "phone"),
    ("per Dr. Ilse Varga the pt cell is 614-555-0123", "phone"),
)

UNNAMED_NUMBERS = (
    ("Mrs. Dorn, 418/50/7837, wants a callback", "ssn"),
    ("Mr Dorn, 708 302795, needs the ABN", "ssn"),
    ("Ms. Dorn, six nine eight six three one one nine one, per the intake call", "ssn"),
    ("Lorna Dorn, MBI [3EK3][PT3][FK35], is the portal right?", "mbi"),
    ("Lorna Dorn [4UY5][F77][EY28] wants the delivery Tuesday", "mbi"),
    ("Dorn, Lorna - 7GV2DK0???? - the card is worn", "mbi"),
)

NOT_IDENTIFIERS = (
    "see items [1] [2] [3] of the LCD",
    "part 4WG7G22???? is back-ordered",
    "claim number four four two, oh one, nine two eight three",
    "invoice 418/50/7837 from the vendor",
)


def test_a_practice_line_passes() -> None:
    assert [text for text in PRACTICE_LINES if scan(text)] == []


def test_a_persons_own_case_in_the_same_shapes_is_refused() -> None:
    assert [text for text, kind in PATIENTS if kind not in scan(text).kinds] == []


@pytest.mark.sweep(n=3, by="kind")
@pytest.mark.parametrize(("text", "kind"), UNNAMED_NUMBERS)
def test_an_unlabelled_ssn_or_mbi_is_named(text: str, kind: str) -> None:
    assert kind in scan(text).kinds


def test_look_alike_numbers_pass() -> None:
    assert [text for text in NOT_IDENTIFIERS if scan(text)] == []
