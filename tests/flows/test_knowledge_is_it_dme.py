"""Whether a named item is DME at all ("is a hospital bed DME", "are grab bars considered dme")
is the definition's five tests (42 CFR 414.202), whatever entry the item's own words would draw
(a hospital bed's repair labor, a toilet seat's coverage code). Questions about a rule DME must
meet, the DME MAC or a DME supplier keep their own entries."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge
DEFINITION = {"dme-definition", "statutory-exclusions"}


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    ["is a hospital bed DME",
     "would a raised toilet seat be dme for medicare",
     "are bed rails considered DME or not",
     "does a lift chair qualify as durable medical equipment",
     "our sales guy says a massage table counts as DME. does it?",
     "is an overbed table even dme",
     "is a walker DME",
     "would a bath lift be dme",
     "do bed rails qualify as dme"],
)  # fmt: skip
def test_asking_if_an_item_is_dme_gets_the_definition(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id in DEFINITION


@pytest.mark.parametrize(
    ("question", "not_entry"),
    [("is a CMN required for DME items anymore", "dme-definition"),
     ("what is the DME MAC for Ohio", "dme-definition"),
     ("does a rental count as dme months toward the cap", "dme-definition"),
     # a repair of a DME item, not whether the item is DME
     ("would a repair be covered for my DME?", "dme-definition"),
     ("do repairs count as a new claim for dme", "dme-definition")],
)  # fmt: skip
def test_a_rule_dme_must_meet_or_the_dme_mac_keeps_its_own_answer(
    question: str, not_entry: str
) -> None:
    assert KB.ask(question).entry_id != not_entry


@pytest.mark.parametrize(
    "question",
    ["doc switched the rented bed to a different model since the pt's condition changed. month 1?",
     "the pt's need changed mid rental and they ordered new equipment, does a new 13 months start"],
)  # fmt: skip
def test_new_equipment_for_a_changed_need_during_a_rental_is_a_new_period(question: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == "new-rental-period"
    assert "need changed" in result.text
