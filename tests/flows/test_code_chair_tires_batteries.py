"""Wheelchair tires and power wheelchair batteries read in billers' words: a manual chair's rear
tire is its propulsion tire, a flooded battery the non-sealed one, and a lithium-ion pack beside
a power chair the chair's lithium battery."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.parametrize(
    ("typed", "code"),
    [("back tire on her manual chair is bald, swap for the foam-filled kind", "E2216"),
     ("pair of flooded group 24 batteries for his power chair", "E2362"),
     ("lithium-ion battery for the folding power chair", "E2397")],
)  # fmt: skip
def test_a_chair_part_is_read_in_the_descriptors_words(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code
