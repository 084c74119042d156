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


@pytest.mark.parametrize(
    ("typed", "code"),
    [("power chair front caster tire, pneumatic, worn out", "E2384"),
     ("front caster air tire on the motorized chair, replace", "E2384")],
)  # fmt: skip
def test_a_front_caster_tire_is_the_caster_tire_not_the_whole_caster_assembly(
    typed: str, code: str
) -> None:
    """Casters are a wheelchair's front wheels: a front caster's tire or tube is that part, not
    the complete "Front caster assembly" (K0071) whose descriptor says "front"."""
    assert BOOK.search(typed, limit=1)[0].code == code
