"""The name checks' word finding matches what a pattern built for each name found, so the guard
refuses and lets through the same messages without compiling a pattern per message."""

from __future__ import annotations

import re

import pytest

from flows.phi import scan
from flows.phi_word_patterns import find_words, word_alternation, word_around

TEXTS = [
    "Called Oksana -- Petrenko back re: the E1399 bench",
    "pt Oksana, (Petrenko) 03/02/41",
    "Oksana Oksana Petrenko",
    "no name here at all",
    "Oksana...Petrenko!!!",
    "'Oksana' 'Petrenko'",
]


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize("text", TEXTS)
def test_words_found_as_the_pattern_finds_them(text: str) -> None:
    for words in (["Oksana", "Petrenko"], ["Oksana"], ["'Oksana'", "'Petrenko'"]):
        expected = re.search(r"\W+".join(map(re.escape, words)), text)
        found = find_words(words, text)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("return to vendor: Delta Breeze RMA", "Delta Breeze"),
        ("Mr. Park from Delta Breeze QA", "Delta Breeze"),
        ("Delta Breezes QA called", "Delta Breeze"),
        ("spoke with Delta Breeze about it", "Delta Breeze"),
    ],
)
def test_company_words_around_a_name_as_the_pattern_reads_them(text: str, name: str) -> None:
    before, after = r"\b(?i:vendor|supplier)(?:'s)?:? ", " (?:QA|(?i:accounting)\\b)"
    pattern = rf"{before}{re.escape(name)}\b|\b{re.escape(name)}{after}"
    reach = len("supplier's: ")
    assert word_around(before, reach, after, text, name) == bool(re.search(pattern, text))


def test_a_maker_named_beside_its_team_is_no_patient() -> None:
    assert not scan("Ms. Okafor from Sunrise Medical accounting says the invoice is paid")
    assert "name" in scan("pt Oksana Petrenko needs the E1399 bench").kinds


# Words sharing first letters, in the order a list gives them (longest first, as titles are).
_LIST = ["mistress", "mister", "miss", "mrs", "mr", "ms", "dame", "dr", "kumu", "sir", "ian"]


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "text",
    [
        "MISTER Oyelaran and mrs. Oyelaran",
        "Mr Okafor, Ms Okafor, Miss Okafor",
        "mrsa screen, drop-off, missing",
        "\u212aumu Aolani (the Kelvin sign is a K)",  # case-blind matching folds these too
        "\u0131an and \u017fir Tobias",  # a dotless i and a long s
        "Dame Okafor",
    ],
)
def test_a_word_list_grouped_by_first_letter_matches_as_the_flat_list(text: str) -> None:
    flat = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, _LIST)) + ")", re.IGNORECASE)
    grouped = re.compile(r"(?<!\w)(" + word_alternation(_LIST) + ")", re.IGNORECASE)
    expected = [(m.span(), m.groups()) for m in flat.finditer(text)]
    assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == expected


@pytest.mark.parametrize("text", ["MRS. OYELARAN called", "mrs oyelaran called", "Mrs. Oyelaran"])
def test_a_title_in_any_case_still_names_the_patient(text: str) -> None:
    assert "name" in scan(text + " about the E1399 bench").kinds
