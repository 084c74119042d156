"""Near-scope messages declined by kind: the team's meetings and a named colleague's say, codes
and modifiers listed with nothing asked, verse on a billing topic, trivia about a place, which
item a patient should use, home health agency rules, what one plan pays the team, a change CMS
may make later, cooking, how the bot itself was trained, the team's intranet and log-ins, and
figures set side by side alone. Billing questions worded like them are still read."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["is the all hands still at 10 tomorrow",
     "did they move the lunch and learn to friday",
     "has Priya approved the write-off on the E1399 claim",
     "what did Dana say about the new fax cover sheet",
     "K0001 K0003 K0004",
     "KX GA GZ",
     "write me a sonnet about timely filing",
     "give me a haiku about ABNs",
     "what is the population of Montana",
     "should the pt use a rollator or a standard walker at home",
     "what are the HHA billing rules for a recert",
     "what does Aetna pay us for K0739",
     "is Medicare going to require prior auth for E1399 in 2027",
     "give me a recipe for chili for the potluck",
     "can u regenerate my clearinghouse token",
     "where is the PTO form on the intranet",
     "90 vs 120",
     "were you trained on the medicare manuals or just guessing",
     "whats in your training data"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_near_scope_kinds_are_declined(question: str) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    "question",
    ["is the pt meeting the criteria for a hospital bed with E1399 accessories",
     "Does Medicare want a copy of the vendor invoice stapled to an E1399 claim",
     "why Noridian say a manually priced line cannot be reopened",
     "E0260 KX or GA?",
     "L5987 PA?",
     "co-4 n519",
     "what time zone are the PDAC's hours in",
     "home health aide signed the delivery ticket because the pt was asleep. ok?",
     "does medicare pay us for copying records for an ADR",
     "120 vs 180 days for a reconsideration?",
     "pt needs training on the lift at delivery, can we bill the training time",
     "my coworker thinks you trained on outdated manuals, do we still need KX on E1399",
     "going by your training, what goes in NTE02 for an E1399 line"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_billing_questions_worded_like_them_are_read(question: str) -> None:
    assert not KB.is_off_topic(question)
