"""A long paste still has its identifier caught: the guard reads a 20,000-character message,
whatever its shape, to its end. How the scan's time grows with the length (in step with it, never
with its square) is measured where timings belong, by `benches/bench_phi.py --long-pastes`,
which exits 1 when ten times the text takes far more than ten times as long."""

from __future__ import annotations

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
    "a list of names": "Ab, ",
    "capitals and commas": "AB,",
    "names after semicolons": "Ab; ",
}


def long_paste(shape: str, length: int = LENGTH) -> str:
    """A message of about `length` characters: a few words, then `shape` over and over."""
    return "see the EOB " + shape * (length // len(shape))


@pytest.mark.sweep(2)
@pytest.mark.parametrize("shape", SHAPES.values(), ids=SHAPES.keys())
def test_a_medicare_id_at_the_end_of_a_long_paste_is_caught(shape: str) -> None:
    """A biller who pastes a whole page with a Medicare number at its end gets the warning."""
    assert "mbi" in scan(long_paste(shape) + MBI).kinds
