"""Words named together pick a topic: a modifier beside a reopening asks how to fix the line."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["we billed KH on month 5 by mistake, it should have been KI. can we reopen the line by phone?",
     "the rental line paid with KJ but it should be KI, phone reopening?",
     "paid line has RB but the part was new, NU. reopen it?"],
)  # fmt: skip
def test_a_modifier_beside_a_reopening_gets_how_to_fix_the_processed_line(question) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id in {"modifier-corrections", "reopening"}


def test_a_rejected_line_keeps_the_modifiers_own_answer() -> None:
    assert KB.ask("the line was rejected for a missing KX, can we reopen it").entry_id == (
        "kx-modifier"
    )


def test_a_modifier_asked_about_alone_keeps_its_own_entry() -> None:
    assert KB.ask("what does the KJ modifier mean").entry_id == "kh-ki-kj"


@pytest.mark.parametrize(
    "question",
    ["humana member, the item may not be covered. should they sign an ABN before delivery",
     "MA patient wants the deluxe model, do we get an ABN signed",
     "pt has commercial insurance only, can we use an ABN so we can bill her if they deny"],
)  # fmt: skip
def test_an_abn_asked_about_on_another_payers_claim_gets_that_it_is_medicares_notice(
    question,
) -> None:
    assert KB.ask(question).entry_id == "abn-medicare-advantage"
