"""A biller names an appeal level and asks its last day beside the date its window runs from, in
their own words ("redet decision came back 10/15/2026 unfavorable, how long for QIC"): the
answer is that level's entry, stated, led by the day counted, whatever denial code or claim
number sits beside it; a relayed question ("my supervisor asked if ...") and a claim named by
its number beside a remark code are still billing questions."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge
TODAY = dt.date(2026, 12, 5)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KB.dated, "today", lambda: TODAY)


# (question, the entry answering, the last day stated)
CASES = [
    # the redetermination's decision, named many ways, and the reconsideration asked many ways
    ("redet decision came back 11/2/2026 unfavorable, how long for QIC", "reconsideration",
     "from 11/02/2026 is 05/01/2027"),
    ("redetermination came back unfavorable on 10/20/2026 - how long do we have for the qic",
     "reconsideration", "from 10/20/2026 is 04/18/2027"),
    ("got the redet decision 9/30/2026, when is the reconsideration due", "reconsideration",
     "from 09/30/2026 is 03/29/2027"),
    ("unfavorable redet dated 10/1/2026, last day for recon?", "reconsideration",
     "from 10/01/2026 is 03/30/2027"),
    ("MRN dated 10/5/2026 - how long to file the reconsideration", "reconsideration",
     "from 10/05/2026 is 04/03/2027"),
    ("redetermination decision received 10/12/2026, when is QIC due", "reconsideration",
     "from 10/12/2026 is 04/10/2027"),
    ("redet came back denied 8/20/2026, how long for reconsideration", "reconsideration",
     "from 08/20/2026 is 02/16/2027"),
    ("redet decision 10/15/2026 - last day to file with the QIC?", "reconsideration",
     "from 10/15/2026 is 04/13/2027"),
    ("when is the QIC due if the redet was denied 10/22/2026", "reconsideration",
     "from 10/22/2026 is 04/20/2027"),
    ("redet denied 7/1/2026, is it too late for reconsideration?", "reconsideration",
     "from 07/01/2026 is 12/28/2026"),
    # the denial's date beside a denial code, a claim number or an amount: the redetermination
    ("remit dated 9/1/2026 denied CO-50, whats my redetermination deadline", "redetermination",
     "from 09/01/2026 is 12/30/2026"),
    ("ERA dated 11/1/2026 CO-96 N425, how long for redet", "redetermination",
     "from 11/01/2026 is 03/01/2027"),
    ("denial came back 10/9/2026 with CO-50, when is the redet due", "redetermination",
     "from 10/09/2026 is 02/06/2027"),
    ("medicare denied the claim 10/16/2026 PR-204, redetermination deadline?", "redetermination",
     "from 10/16/2026 is 02/13/2027"),
    ("remittance dated 9/22/2026 showed CO-151, how long do I have to appeal with a "
     "redetermination", "redetermination", "from 09/22/2026 is 01/20/2027"),
    ("claim denied on 11/4/2026 CO-50 N115, last day to request redetermination",
     "redetermination", "from 11/04/2026 is 03/04/2027"),
    ("initial determination came back 10/27/2026 unfavorable, how long for redetermination",
     "redetermination", "from 10/27/2026 is 02/24/2027"),
    ("remit dated 10/1/2026 for $2,150.00 denied CO-50, redetermination deadline?",
     "redetermination", "from 10/01/2026 is 01/29/2027"),
    ("denied 10/14/2026 on claim 2026101400555 CO-50, how long for redetermination",
     "redetermination", "from 10/14/2026 is 02/11/2027"),
    ("when is my redetermination due, remit dated 11/3/2026", "redetermination",
     "from 11/03/2026 is 03/03/2027"),
    ("denial notice 10/30/2026 - when's the redetermination due", "redetermination",
     "from 10/30/2026 is 02/27/2027"),
    # the QIC's decision and the ALJ hearing's 60 days
    ("QIC decision dated 11/2/2026, ALJ deadline?", "amount-in-controversy",
     "from 11/02/2026 is 01/01/2027"),
    ("qic upheld on 10/8/2026, how long do I have for the ALJ hearing", "amount-in-controversy",
     "from 10/08/2026 is 12/07/2026"),
    ("reconsideration decision came back 9/15/2026 unfavorable, when is the ALJ request due",
     "amount-in-controversy", "from 09/15/2026 is 11/14/2026"),
    ("QIC denied 11/20/2026 - last day to ask for an ALJ hearing", "amount-in-controversy",
     "from 11/20/2026 is 01/19/2027"),
]  # fmt: skip


@pytest.mark.sweep(n=3, by="entry_id")
@pytest.mark.parametrize(("question", "entry_id", "said"), CASES)
def test_an_appeal_level_asked_beside_its_date_is_stated_with_the_day(
    question: str, entry_id: str, said: str
) -> None:
    result = KB.ask(question)
    assert result.answered and not result.tentative
    assert result.entry_id == entry_id
    assert result.text.startswith(f"Counted strictly, the last day {said}")


def test_an_alj_deadline_gone_by_says_good_cause_is_needed() -> None:
    result = KB.ask("recon decision dated 6/1/2026, too late for the ALJ?")
    assert "That day has passed. The 60 days have passed" in result.text
    assert "good cause" in result.text


@pytest.mark.parametrize(
    ("question", "legal"),
    [("QIC decision dated 11/2/2026, ALJ deadline?", "01/06/2027"),  # 5 mail days, then 60
     ("qic upheld on 10/8/2026, how long do I have for the ALJ hearing", "12/14/2026"),
     ("reconsideration came back 11/14/2026, when is the ALJ request due", "01/19/2027")],
)  # fmt: skip
def test_an_alj_deadline_gives_the_legal_last_day_like_the_other_levels(
    question: str, legal: str
) -> None:
    text = KB.ask(question).text
    assert f"The law allows until {legal} (the notice is presumed received 5 days" in text
    assert "transmit by 5 p.m. ET" not in text  # an ALJ request is no claim transmission


def test_an_alj_safe_date_on_a_holiday_says_when_the_request_must_arrive() -> None:
    text = KB.ask("QIC decision dated 11/2/2026, ALJ deadline?").text
    arrive = "reach the office the QIC's notice names by Thursday 12/31/2026, the last business day"
    assert arrive in text


def test_an_unprocessable_claims_date_is_not_counted_for_a_redetermination() -> None:
    result = KB.ask("claim denied 10/3/2026 CO-16 MA130, how long for redetermination")
    assert "Counted strictly" not in result.text


@pytest.mark.parametrize(
    "question",
    ["the claim # 2026112900417 got MA130, fix?",
     "claim number 2026100900888 got N350, what now"],
)  # fmt: skip
def test_a_claim_named_by_its_number_beside_a_remark_code_is_answered(question: str) -> None:
    result = KB.ask(question)
    assert result.answered
    assert result.entry_id in {"denial-ma130", "denial-co16-n350"}


def test_a_claims_number_alone_asking_its_status_is_still_the_teams_to_look_up() -> None:
    assert not KB.ask("ICN 2226001234 - paid yet?").answered


def test_a_segment_element_after_a_colon_is_a_field_not_a_record_number() -> None:
    result = KB.ask("auto accident case: SBR05 14 or 47?")
    assert result.answered
    assert result.entry_id == "msp-billing"


@pytest.mark.parametrize(
    "question",
    ["my supervisor asked if we can get the patient to sign an ABN now, item was delivered "
     "last week",
     "boss asked can we get an ABN signed after delivery",
     "my manager was asking whether the pt can sign the ABN after we delivered the walker"],
)  # fmt: skip
def test_a_question_relayed_from_a_supervisor_gets_the_abn_after_delivery(question: str) -> None:
    result = KB.ask(question)
    assert result.answered
    assert result.entry_id == "abn-after-delivery"


@pytest.mark.parametrize(
    ("question", "said"),
    [("MA plan denial notice dated 11/13/2026, appeal deadline?", "from 11/13/2026 is 01/17/2027"),
     ("humana denied it, notice dated 11/20/2026 - how long do we have to appeal",
      "from 11/20/2026 is 01/24/2027")],
)  # fmt: skip
def test_a_medicare_advantage_denial_is_the_plans_appeal_not_a_redetermination(
    question: str, said: str
) -> None:
    result = KB.ask(question)
    assert result.entry_id == "medicare-advantage-appeals"
    assert "redetermination's" not in result.text
    assert f"Counted strictly, the last day {said}" in result.text


def test_a_pdac_decision_is_not_counted_as_a_redeterminations() -> None:
    result = KB.ask("PDAC coding decision letter 11/3/2026, how long to ask for a reconsideration")
    assert "from 11/03/2026 is 05/02/2027" not in result.text


def test_a_redetermination_decision_named_after_the_qic_is_not_counted_for_the_alj() -> None:
    result = KB.ask("QIC decision dated 6/3/2026? no wait, the redet decision 6/3/2026. next step?")
    assert "from 06/03/2026 is 08/02/2026" not in result.text
