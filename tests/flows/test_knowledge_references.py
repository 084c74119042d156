"""A biller names a claim by the team's own reference, as the PHI warning asks, instead of the
patient's identifiers: the reference costs the answer nothing, while a reference alone, asking
its status, is still the team's system's to answer."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "without_reference"),
    [("ticket 48213: denied N350 what do i do", "denied N350 what do i do"),
     ("claim #A7731 got CO-16 N350 MA130, fix?", "got CO-16 N350 MA130, fix?"),
     ("CO-16 N350 on ticket 48213", "CO-16 N350"),
     ("work queue #118 - CO-16 N350 what now", "CO-16 N350 what now"),
     ("ICN 2226001234 came back CO-16 N350, new claim or appeal?",
      "came back CO-16 N350, new claim or appeal?")],
)  # fmt: skip
def test_a_ticket_or_claim_reference_gets_the_answer_the_question_gets_without_it(
    question, without_reference
) -> None:
    plain = KB.ask(without_reference)
    assert plain.answered and plain.entry_id == "denial-co16-n350"
    result = KB.ask(question)
    assert (result.answered, result.entry_id, result.text) == (True, plain.entry_id, plain.text)


@pytest.mark.parametrize(
    "question",
    [
        "ticket #A7731 paid yet?",
        "ICN 2226001234 - paid yet?",
        "work queue 5521?",
        "can you see why claim 88213 got rejected",
    ],
)
def test_a_reference_alone_is_still_declined(question) -> None:
    assert not KB.ask(question).answered


def test_a_code_after_claim_is_still_read_as_a_code() -> None:
    # "claim E1399" names the code, not a record: the answer is about E1399's KX rule
    assert KB.ask("claim E1399 KX?").entry_id == KB.ask("E1399 KX?").entry_id
