"""Answers a newcomer checks against the facts: a code whose payment the facts mark unconfirmed
is never told "bill with GY", a loaner is the loan's code, and no second topic contradicts or
strays from the answer."""

from __future__ import annotations

from tests.conftest import repository_content
from tests.flows.test_codes import BOOK

KB = repository_content().knowledge


def test_k0740_is_never_told_bill_with_gy_beside_its_unconfirmed_caveat() -> None:
    """F16.8: when K0740 is payable is unconfirmed; its coverage code M must not say "GY"."""
    answer = KB.ask("oxygen concentrator repair can we bill K0740")
    assert "K0740" in answer.text and "your DME MAC" in answer.text
    assert "with GY" not in answer.text and "never covers" not in answer.text
    listed = BOOK.coverage_label("K0740")  # the line under K0740 in a list of codes
    assert listed is not None and "GY" not in listed and "DME MAC" in listed


def test_a_code_medicare_never_covers_keeps_its_gy_advice() -> None:
    answer = KB.ask("automatic blood pressure monitor for home use - e1399?")
    assert "Medicare never covers this item" in answer.text and "GY" in answer.text


def test_a_loaner_asked_for_by_code_gets_k0462_without_a_search_on_the_lent_item() -> None:
    """A loaner is billed as the loan (K0462), whatever item is lent: no transport chair."""
    answer = KB.ask("loaner wheelchair while repairing pts chair - what code")
    assert answer.entry_id == "loaner-k0462" and answer.text.startswith("K0462")
    assert "E1038" not in answer.text and answer.code_search is None


def test_a_medicare_advantage_appeal_is_not_offered_the_dme_macs_redetermination() -> None:
    answer = KB.ask("humana MA denied e1399 - do i send redetermination to noridian?")
    assert answer.entry_id == "medicare-advantage-appeals"
    assert "never to a DME MAC" in answer.text and "Ask the DME MAC" not in answer.text


def test_another_domains_question_is_declined_with_no_billing_topics_beside_it() -> None:
    answer = KB.ask("what is the weather in paris")
    assert not answer.answered and answer.related == []
