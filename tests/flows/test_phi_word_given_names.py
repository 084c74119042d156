"""The PHI guard on names whose given name is also an English word ("Bill", "Mark", "Pat") or
whose surname is ("Baker", "Young"), told apart by what follows: the case's item, a HCPCS code
or a person's verb. And the look-alikes: the same words in ordinary billing talk."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Johnson, Bill needs a bed",
        "Nguyen, Mark walker denied",
        "Smith, Art E0260",
        "Murphy, Pat needs a lift chair",
        "Baker, Bill E0260",
        "Bill Fisher needs a walker",
        "Mark Baker's hospital bed rental",
        "Don Miller's CPAP",
        "pt baker needs a bed",
        "patient young, walker",
        "pt is ray mann, needs a hoyer lift",
    ],
)
@pytest.mark.sweep(n=3)
def test_a_name_made_of_ordinary_words_before_the_case_is_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "the resident at Beverly Manor needs a bariatric bed, consolidated billing?",
        "pt still needs a bed",
        "pt's husband signed the POD, is that ok?",
        "pt really needs a lift chair",
        "pt is young, walker ordered",
        "Thanks, Bill needs the CMN",
        "mark the bill E0260 as paid",
    ],
)
@pytest.mark.sweep(n=3)
def test_ordinary_words_before_an_item_or_a_verb_pass(text: str) -> None:
    assert "name" not in scan(text).kinds
