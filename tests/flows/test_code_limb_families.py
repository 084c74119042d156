"""A part both prostheses and orthoses have (a pelvic band, a thigh lacer, a hip joint) is read
by what surrounds it: an amputee's leg is a prosthesis, a KAFO or a brace an orthosis."""

from __future__ import annotations

import pytest

from flows.code_families import DeviceFamilies
from flows.content import default_content_dir
from flows.search_words import SearchWords
from tests.flows.test_codes import BOOK


def _in_range(code: str, low: str, high: str) -> bool:
    return code[0] == low[0] and low <= code <= high


def test_a_belt_for_an_amputees_leg_is_the_prosthesis_addition() -> None:
    first = BOOK.search("pelvic belt for a transfemoral amputee", limit=1)[0].code
    assert _in_range(first, "L5000", "L7599")  # the prosthesis's belt, not a support belt


@pytest.mark.parametrize(
    "item",
    ["KAFO pelvic band", "hip joint added to the HKAFO", "thigh cuff on her long leg brace"],
)
def test_a_part_named_on_a_brace_stays_an_orthosis_code(item: str) -> None:
    assert _in_range(BOOK.search(item, limit=1)[0].code, "L0100", "L4999")


def test_a_breast_prosthesis_is_not_read_as_a_limb() -> None:
    assert BOOK.search("silicone breast prosthesis", limit=1)[0].code in ("L8030", "L8031")


@pytest.fixture(scope="module")
def families() -> DeviceFamilies:
    return DeviceFamilies(SearchWords.load(default_content_dir()).device_families)


@pytest.mark.parametrize(
    ("typed", "family"),
    [("new socket for his BK leg", "limb prosthesis"),
     ("hook and loop closure straps for the AFO", "orthosis"),
     ("fitted by our prosthetist-orthotist", ""),
     ("silicone breast prosthesis, left", "")],
)  # fmt: skip
def test_the_context_says_one_family_or_none(
    families: DeviceFamilies, typed: str, family: str
) -> None:
    assert families.context(typed) == family


def test_a_code_saying_the_amputee_itself_is_not_lowered(families: DeviceFamilies) -> None:
    assert not families.lowers("limb prosthesis", "", {"limb prosthesis"})  # amputee adapter
    assert families.lowers("limb prosthesis", "", set())  # a walker's leg extension
    assert families.lowers("orthosis", "limb prosthesis", set())
    assert not families.lowers("orthosis", "", set())  # an orthosis lowers only prostheses


def test_a_hook_on_a_wheelchair_is_no_prosthetic_hook() -> None:
    codes = [c.code for c in BOOK.search("bag hook for the back of a power wheelchair", limit=3)]
    assert not any(_in_range(code, "L5000", "L7599") for code in codes)
