"""A child's age picks the infant, child or junior size of a pediatric shoe or boot."""

from __future__ import annotations

import pytest

from flows.text import stem
from tests.flows.test_codes import BOOK


@pytest.mark.sweep(n=3, by="code")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("benesch boots, one pair, for a 5 month old", "L3212"),  # infant
     ("benesch boots pair, 4 yo", "L3213"),  # child
     ("benesch boots pair for an 11 year old", "L3214"),  # junior
     ("oxford orthopedic shoe with pronator, 9 months old, per shoe", "L3201"),
     ("oxford orthopedic shoe with pronator for a 6 yo", "L3202"),
     ("hightop orthopedic shoe with supinator, 14 y/o", "L3207")],
)  # fmt: skip
def test_a_typed_age_picks_the_size_band(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [("8 yo in junior sizes, oxford shoe w/ supinator", "L3203"),
     ("surgical boot, one, child size, she is 13", "L3209")],
)  # fmt: skip
def test_a_typed_size_outranks_the_age(typed: str, code: str) -> None:
    assert BOOK.search(typed, limit=1)[0].code == code


def test_a_childs_age_names_only_the_sized_codes() -> None:
    """A 12-year-old's Milwaukee brace is the brace, not a formula sold as "junior"."""
    assert BOOK.search("milwaukee CTLSO for a 12 yo", limit=1)[0].code == "L1000"


def test_how_long_is_not_how_old() -> None:
    """A number of months after "in" is a duration: an adult's socket is no infant's."""
    typed = "BK socket replaced, volume dropped 3 socks in 4 months"
    assert not {stem("pediatric"), stem("infantsize")} & set(BOOK.read_item(typed).weights)
    assert stem("infantsize") in BOOK.read_item("socket for a 4 month old").weights
