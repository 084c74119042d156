"""A current HCPCS code Medicare may pay, named beside what the biller asks about it, is the item
the rule is asked for, not an unknown code: the entry on the rule answers. Terminated codes,
codes Medicare never pays, other code sets and a code with only a count stay as they were."""

from __future__ import annotations

import pytest

from flows.knowledge_unknown_codes import names_unknown_code
from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("MA130 with N264 on an E0143 walker claim, what is the problem",
         "ordering-practitioner-rejection"),
        ("our E0190 wedge shows pricing indicator 00, what does that mean for billing",
         "hcpcs-pricing-indicator"),
        ("heparin infusion pump E1520 for a home dialysis patient, do we bill the DME MAC",
         "home-dialysis-esrd"),
    ],
)  # fmt: skip
def test_a_payable_code_beside_a_rule_gets_the_rules_entry(question: str, entry_id: str) -> None:
    result = KB.ask(question)
    assert result.answered and result.entry_id == entry_id


@pytest.mark.parametrize(
    "question",
    ["L8721 qty 2", "which shelf are the E0143 walkers on", "how do we bill 97110 for therapy"],
)
def test_a_code_with_a_count_a_chore_or_a_cpt_code_is_still_declined(question: str) -> None:
    assert not KB.ask(question).answered


def test_a_terminated_code_is_still_described_from_the_code_table() -> None:
    """E0628 ended in 2016: its row, with the termination, answers whether it is valid."""
    result = KB.ask("is E0628 still valid for a seat lift")
    assert result.answered_from == "code_table"


def test_a_payable_code_is_known_only_beside_words_saying_what_is_asked() -> None:
    payable = frozenset({"k0001"})
    assert not names_unknown_code(["k0001", "claim", "reopening"], {}, payable)
    assert names_unknown_code(["k0001", "qty", "2"], {}, payable)
    assert names_unknown_code(["k0002", "claim", "reopening"], {}, payable)
