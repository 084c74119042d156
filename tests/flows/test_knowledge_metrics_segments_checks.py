"""Messages no entry can answer are declined by their kind: the team's own rates ("what
percent of our claims paid on first pass"), an X12 segment pasted with only its qualifiers
("SBR*P*18~"), codes or fields typed with only a count or their loops ("A4253 x2", "2300 CLM05"),
a microphone or typing check, when a later form or list comes out after a
later year, and a practitioner's services by phone or video. Billing questions worded like
them are still answered."""

from __future__ import annotations

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    "question",
    ["what percent of our CGS claims got paid on first pass last quarter",
     "percentage of our E1399 lines paid on the first pass this year?",
     "SBR*P*18~",
     "NTE*ADD",
     "A4253 x2",
     "2x E0163",
     "2300 / CLM05-3",
     "loop 2010BA NM109",
     "mic check",
     "testing testing, can anyone see this",
     "when is the ABN form after the 2029 version coming out",
     "when does the 2028 fee schedule come out",
     "telemedicine visit for a wheelchair eval, which POS",
     "how many minutes of psychotherapy make a 90837"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_team_rates_bare_segments_checks_later_forms_and_visits_are_declined(
    question: str,
) -> None:
    assert KB.ask(question).entry_id is None


@pytest.mark.parametrize(
    "question",
    ["what goes in NTE02 for an E1399 line",
     "NTE*ADD*SHOWER CHAIR XYZ MFR MODEL 12 PL 240.00 is this narrative ok?",
     "which ABN form version do we use now, the one that expires in 2029?",
     "when does title transfer to the beneficiary on a capped rental",
     "what percentage of the fee schedule does Medicare pay on a capped rental?",
     "Tech spent 75 min replacing PWC batteries and testing. how many K0739 units?",
     "K0739 x5 for a 75 minute repair, is that right?",
     "what goes in loop 2400 NTE02 for a misc item"],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_rules_worded_like_them_are_answered(question: str) -> None:
    assert KB.ask(question).entry_id is not None
