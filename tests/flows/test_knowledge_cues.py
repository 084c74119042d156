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


def test_when_a_prior_auth_decision_is_due_is_not_answered_with_the_list_naming_its_code() -> None:
    question = "sent the PA for the K0856 last tuesday, still no decision. how long should it take"
    assert KB.ask(question).entry_id == "prior-auth-review-times"
    assert KB.ask("is K0856 on the prior auth list").entry_id == "prior-auth-list-codes"
    commercial = "prior auth for an E1399 with an aetna commercial plan, how long does it take"
    assert KB.ask(commercial).entry_id == "prior-auth-commercial"


@pytest.mark.parametrize(
    "question",
    ["we plan to rent the e1399 item, do the months go KH KI KJ like our other rentals",
     "renting a misc item to the pt, is it capped at 13 months with KH KI KJ"],
)  # fmt: skip
def test_renting_the_noc_item_itself_gets_how_its_rental_is_billed(question) -> None:
    assert KB.ask(question).entry_id in {"rr-nu-ue", "capped-rental"}


def test_a_denial_on_a_rental_line_keeps_the_denials_answer() -> None:
    assert KB.ask("CO-4 on my e1399 rental line").entry_id == "denial-co4"


@pytest.mark.parametrize(
    "question",
    ["does the signed order have to be in hand before delivery or only before billing the item",
     "swo needed pre delivery or is pre claim enough for an e1399 item"],
)  # fmt: skip
def test_when_the_order_must_be_in_hand_gets_the_timing_answer(question) -> None:
    assert KB.ask(question).entry_id in {"new-order-needed", "wopd-list-vs-prior-auth-list"}
    assert KB.ask("what documents do we need on file for an e1399 claim").entry_id == (
        "documents-overview"
    )
