"""A code that shares only a describing form of one word with the description ("adaptive" and
"adapter") is no match: the search offers nothing and the NOC code stays the answer. A code
joining a second item ("walker with seat and transport chair") is not preferred unless the
biller names that second item."""

from __future__ import annotations

import pytest

from tests.flows.test_codes import BOOK


@pytest.mark.parametrize(
    "typed",
    ["pediatric adaptive stroller",
     "adaptive tricycle for a child",
     "padded sliding board cover"],
)  # fmt: skip
def test_a_word_typed_only_to_describe_offers_no_unrelated_code(typed: str) -> None:
    offered = [c.code for c in BOOK.search(typed)]
    assert not {"A4282", "E0959", "E1358", "A4457"} & set(offered), offered


def test_an_item_no_code_names_still_gets_its_noc_code() -> None:
    assert BOOK.search("adaptive stroller") == []
    assert BOOK.noc_for("adaptive stroller").code.startswith(("E", "K"))


@pytest.mark.parametrize(
    "typed",
    ["rollator walker with seat", "rollator with a seat", "four wheeled rollator with seat"],
)
def test_a_rollator_with_seat_is_not_the_walker_transport_chair(typed: str) -> None:
    offered = [c.code for c in BOOK.search(typed)]
    assert offered[0] != "E0150" and "E0143" in offered[:2], offered


def test_a_walker_that_becomes_a_transport_chair_keeps_its_combination_code() -> None:
    assert BOOK.search("rollator and transport chair in one, with seat")[0].code == "E0150"
