"""A long paste gets its answer at once and its identifier is still caught: the guard reads a
20,000-character message, whatever its shape, in about the time its length takes."""

from __future__ import annotations

import time

import pytest

from flows.phi import scan

LENGTH = 20_000
MBI = " MBI 1EG4-TE5-MK73"
# Shapes that once made the guard retry a long run from every letter or before every word.
SHAPES = {
    "alternating case": "Ab",
    "one capital letter": "A",
    "capitals and digits": "A1",
    "apostrophes": "Ab'",
    "hyphens": "Ab-",
    "house number and street": "123 Ab St ",
    "member word": "member Ab ",
    "patient word": "pt Ab ",
    "capitalised words": "Mary Jones ",
    "digits": "12 ",
    "punctuation": ".,-/:()[]#@",
    "file name": "a.",
}


@pytest.mark.sweep(2)
@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
def test_a_long_paste_is_answered_at_once_with_its_medicare_id_caught(shape: str) -> None:
    """A biller who pastes a whole page gets the warning, not a stalled bot: a generous bound
    (the shapes took 4 to 60 seconds when the guard read them from every letter)."""
    text = "see the EOB " + shape * (LENGTH // len(shape)) + MBI
    start = time.process_time()
    found = scan(text)
    assert time.process_time() - start < 3.0
    assert "mbi" in found.kinds
