"""The code search's shortcuts give the answers the full reading gives: the likely-code check
skips reading every code only when no code could cover enough of the item, and the NOC
routing's phrase lists match whole words as a phrase-by-phrase test does."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from flows import code_search
from flows.noc_families import contains_words
from tests.conftest import repository_content

BOOK = repository_content().codes
CODE_SETS = Path(__file__).resolve().parents[2] / "benches"


def _items(name: str) -> list[str]:
    data = yaml.safe_load((CODE_SETS / name).read_text(encoding="utf-8"))
    return [case["item"] for section in ("specific", "noc") for case in data.get(section, [])]


@pytest.mark.slow  # reads every item of two labelled code sets, some of them twice
@pytest.mark.parametrize("name", ["codes_dev.yaml", "codes_heldout9.yaml"])
def test_the_likely_code_is_the_one_the_full_reading_finds(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = _items(name)
    quick = {item: BOOK.likely_specific(item) for item in items}
    # An item the check found a code for went through the full reading already; each item it
    # found none for is read again with the shortcut turned off, which must find none either.
    declined = [item for item, found in quick.items() if found is None]
    monkeypatch.setattr(code_search, "share_ceiling", lambda *_: math.inf)  # always read all
    assert {item: BOOK.likely_specific(item) for item in declined} == dict.fromkeys(declined)
    assert len(declined) < len(quick) * 3 / 4  # the check still warns


@pytest.mark.parametrize(
    ("text", "phrases", "says"),
    [("Stair lift for the front steps", ["stair lift", "elevator"], True),
     ("liftgate for the van", ["lift"], False),
     ("no code fits - NOC?", ["no code fits"], True),
     ("hospital-bed rails", ["bed rails"], True),
     ("a bath lift", [], False),
     ("Sit-to-stand lift, 400 lb", ["lift chair", "sit to stand"], True),
     ("one bed rail", ["bed rails"], False)],
)  # fmt: skip
@pytest.mark.sweep(n=3, by="says")
def test_a_phrase_list_matches_whole_words_anywhere_in_the_text(
    text: str, phrases: list[str], says: bool
) -> None:
    assert contains_words(text, phrases) is says
