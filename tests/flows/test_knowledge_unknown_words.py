"""Words no knowledge entry uses (a carrier's name, a typo, a made-up word) never break an
answer: the bot answers or declines, as it would without them. Generated made-up words:
tests/test_properties.py."""

from __future__ import annotations

import pytest

from tests.conftest import Chat, memory_engine, repository_content

CONTENT = repository_content()
KB = CONTENT.knowledge
OTHER_PAYERS = [
    phrase
    for payer in ("medicare_advantage", "commercial")
    for phrase in KB.rules.payer_phrases[payer]
]


@pytest.mark.parametrize(
    "question",
    ["ABN for an Anthem member?", "does BCBS need an ABN?", "do we need an ABN for a BCBS patient?",
     "Cigna patient wants the upgrade, ABN?", "kaiser patient, do I need an abn?",
     "marketplace plan patient, abn needed?", "Wellcare MA patient, need an ABN?",
     "Devoted Health member, ABN?"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_an_abn_asked_about_for_a_carrier_no_entry_names_says_it_is_medicares_notice(
    question: str,
) -> None:
    # Asked in a Slack thread, the way the engine hears it.
    reply = Chat(memory_engine(CONTENT)).say(question)
    assert "Original Medicare" in "\n".join(r.text for r in reply)
    assert KB.ask(question).entry_id == "abn-medicare-advantage"


@pytest.mark.parametrize("phrase", OTHER_PAYERS)
@pytest.mark.sweep(n=3)
def test_an_abn_asked_about_for_any_other_payer_is_that_notice_or_a_decline(phrase: str) -> None:
    result = KB.ask(f"ABN for a {phrase} patient?")
    assert result.entry_id in {"abn-medicare-advantage", None}
