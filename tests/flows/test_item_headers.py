"""Intake notes opening on a heading, and weight classes named as a class: the item still
gets its code."""

from __future__ import annotations

import pytest

from flows.item_headers import NoteHeadings
from tests.flows.test_codes import BOOK

HEADINGS = NoteHeadings(["intake", "note", "repair", "ticket", "ot"])


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("OT note: reacher for a hip precautions pt", "reacher for a hip precautions pt"),
        ("Repair ticket: caster tube only", "caster tube only"),
        ("Manual wheelchair: H strap for the calves", "Manual wheelchair: H strap for the calves"),
        ("walker with seat: 350 lb", "walker with seat: 350 lb"),
        ("no heading at all", "no heading at all"),
    ],
)
def test_only_a_heading_of_note_words_is_left_out(typed: str, left: str) -> None:
    assert HEADINGS.without_heading(typed) == left


def test_an_intake_heading_does_not_hide_a_likely_specific_code() -> None:
    typed = "Intake: silicone shoe molded to the patient model for a transmetatarsal amputee"
    likely = BOOK.likely_specific(typed)
    assert likely is not None and likely.code == "L3251"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("group 2 power chair in the 301-450 class, sling seat, no power options", "K0824"),
        ("group 3 base in the 301-450 weight class with power tilt and recline", "K0862"),
        ("group 3 power base in the 451-600 weight class, one power option", "K0860"),
    ],
)
def test_a_weight_class_typed_as_a_rating_reads_as_the_weight_band(typed: str, code: str) -> None:
    likely = BOOK.likely_specific(typed)
    assert likely is not None and likely.code == code
