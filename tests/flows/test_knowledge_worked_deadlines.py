"""A biller types the date a deadline runs from (a date of service, a denial's date, a
redetermination decision's, a Medicare Advantage plan's notice) and asks the deadline: `ask`
states the day worked out as the checklist counts it (content/rules/deadlines.yaml), whether it
has passed, the weekend or holiday roll-over and, where the law allows more, the legal last day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import repository_content

KB = repository_content().knowledge
TODAY = dt.date(2026, 12, 5)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KB.dated, "today", lambda: TODAY)


# (question, the entry answering, the last day stated, whether it has passed)
CASES = [
    # the 12-month filing limit, from the date of service in the ways billers type it
    ("dos 11/3/25, last day to file?", "timely-filing", "from 11/03/2025 is 11/03/2026", True),
    ("date of service 2025-11-03 - timely filing deadline?", "timely-filing",
     "from 11/03/2025 is 11/03/2026", True),
    ("DOS Nov 3rd, 2025: whats the TF deadline", "timely-filing",
     "from 11/03/2025 is 11/03/2026", True),
    ("dos 3 Nov 2025, last day to file?", "timely-filing", "from 11/03/2025 is 11/03/2026", True),
    ("dos was the 3rd of November 2025, when is the last day to file", "timely-filing",
     "from 11/03/2025 is 11/03/2026", True),
    ("delivered 11-3-2025, last day to file this with medicare?", "timely-filing",
     "from 11/03/2025 is 11/03/2026", True),
    ("dos 1/14/2026, filing deadline?", "timely-filing", "from 01/14/2026 is 01/14/2027", False),
    ("date of service 2026-01-14, when is timely filing up", "timely-filing",
     "from 01/14/2026 is 01/14/2027", False),
    ("dos 14 January 2026 whats the last day to file", "timely-filing",
     "from 01/14/2026 is 01/14/2027", False),
    ("dos 2/29/2024 timely filing deadline", "timely-filing",
     "from 02/29/2024 is 02/28/2025", True),
    ("dos 3/10/2026 - last day to file the claim?", "timely-filing",
     "from 03/10/2026 is 03/10/2027", False),
    ("delivery 7/2/2026, timely filing deadline?", "timely-filing",
     "from 07/02/2026 is 07/02/2027", False),
    ("dos Mar 10th 2026 when must the claim be filed by", "timely-filing",
     "from 03/10/2026 is 03/10/2027", False),
    ("date of service the 10th of march, 2026 - TF?", "timely-filing",
     "from 03/10/2026 is 03/10/2027", False),
    # a last day on a weekend or holiday: the day before, 5 p.m. ET
    ("dos 2025-12-20, last day to file?", "timely-filing-weekends",
     "from 12/20/2025 is 12/20/2026", False),
    ("dos 20 Dec 2025, can I still send a new claim?", "timely-filing-weekends",
     "from 12/20/2025 is 12/20/2026", False),
    ("dos 9/6/2026 last day to file?", "timely-filing-weekends",
     "from 09/06/2026 is 09/06/2027", False),
    ("dos 12/5/2025, last day to file?", "timely-filing-weekends",
     "from 12/05/2025 is 12/05/2026", False),
    # the redetermination's 120 days, from the denial (initial determination)
    ("denial dated 2026-09-15, redetermination deadline?", "redetermination",
     "from 09/15/2026 is 01/13/2027", False),
    ("denied on 9/15/26, how long do I have to file a redetermination", "redetermination",
     "from 09/15/2026 is 01/13/2027", False),
    ("initial determination dated Sep 15, 2026 - redet deadline?", "redetermination",
     "from 09/15/2026 is 01/13/2027", False),
    ("remit date 15 September 2026, last day for the redetermination?", "redetermination",
     "from 09/15/2026 is 01/13/2027", False),
    ("denial dated 8/1/2026 - redetermination deadline?", "redetermination",
     "from 08/01/2026 is 11/29/2026", True),
    ("medicare denied on 2026-11-20, how long do I have to file a redetermination",
     "redetermination", "from 11/20/2026 is 03/20/2027", False),
    ("denial dated 10/2/2026, redetermination deadline?", "redetermination",
     "from 10/02/2026 is 01/30/2027", False),
    ("denied 6/1/2026, redetermination deadline?", "redetermination",
     "from 06/01/2026 is 09/29/2026", True),
    # the reconsideration's 180 days, from the redetermination decision
    ("redetermination decision dated 11/3/2026, reconsideration deadline?", "reconsideration",
     "from 11/03/2026 is 05/02/2027", False),
    ("redet denied on 2026-06-10, when is the qic reconsideration due", "reconsideration",
     "from 06/10/2026 is 12/07/2026", False),
    ("redetermination dated 20 Oct 2026, reconsideration deadline?", "reconsideration",
     "from 10/20/2026 is 04/18/2027", False),
    ("unfavorable redetermination on Oct 20th, 2026 - deadline for the reconsideration",
     "reconsideration", "from 10/20/2026 is 04/18/2027", False),
]  # fmt: skip


@pytest.mark.sweep(n=3, by="entry_id")
@pytest.mark.parametrize(("question", "entry_id", "said", "passed"), CASES)
def test_a_typed_date_gets_its_deadline_worked_out(question, entry_id, said, passed) -> None:
    result = KB.ask(question)
    assert result.entry_id == entry_id
    assert f"Counted strictly, the last day {said}" in result.text
    assert ("That day has passed." in result.text) is passed


@pytest.mark.parametrize(
    ("question", "said"),
    [("MA plan denied it on 3 Nov 2026, how long do i have to appeal",
      "from 11/03/2026 is 01/07/2027"),
     ("medicare advantage plan denial dated 2026-09-01, appeal deadline with the plan?",
      "from 09/01/2026 is 11/05/2026"),
     ("advantage plan denied on 11/25/2026, appeal deadline", "from 11/25/2026 is 01/29/2027")],
)  # fmt: skip
def test_a_medicare_advantage_plans_denial_counts_the_plans_65_days(question, said) -> None:
    result = KB.ask(question)
    assert result.entry_id == "medicare-advantage-appeals"
    assert f"Counted strictly, the last day {said}" in result.text


def test_a_filing_limit_gone_by_says_what_is_still_possible() -> None:
    result = KB.ask("dos 11/3/25, last day to file?")
    assert "That day has passed. The 12-month limit has passed" in result.text
    assert not result.tentative  # the date settled it: stated, not "I think you mean"


def test_a_last_day_on_a_weekend_says_to_transmit_the_last_business_day_before() -> None:
    result = KB.ask("dos 12/20/2025 last day to file?")
    assert "transmit by 5 p.m. ET on Friday 12/18/2026, the last business day before" in result.text


def test_a_redetermination_gives_the_legal_last_day_rolled_past_a_holiday() -> None:
    # 5 days' mail then 120 days is Monday 01/18/2027, Martin Luther King Jr. Day
    result = KB.ask("denial dated 2026-09-15, redetermination deadline?")
    assert "The law allows until 01/19/2027" in result.text
    assert "https://www.ecfr.gov/current/title-42/section-405.942" in result.sources


def test_a_safe_date_gone_by_with_the_legal_day_ahead_says_send_it_now() -> None:
    # safe date Sunday 11/29/2026 gone by; 5 days' mail gives Friday 12/04/2026, also gone by
    late = KB.ask("denial dated 8/1/2026 - redetermination deadline?")
    assert "good-cause statement" in late.text
    # safe date 12/07/2026 ahead: nothing passed
    ahead = KB.ask("redet denied on 2026-06-10, when is the qic reconsideration due")
    assert "has passed" not in ahead.text and "The law allows until 12/14/2026" in ahead.text


def test_today_decides_whether_a_day_has_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KB.dated, "today", lambda: dt.date(2026, 11, 1))
    assert "has passed" not in KB.ask("dos 11/3/25, last day to file?").text


def test_a_date_of_service_does_not_start_a_redetermination() -> None:
    result = KB.ask("dos 9/15/2026, redetermination deadline?")
    assert "Counted strictly" not in result.text


@pytest.mark.parametrize(
    ("question", "said"),
    [("dos Nov 3rd, last day to file?", "from 11/03/2026 is 11/03/2027"),
     ("dos was the 3rd of November, when is timely filing up", "from 11/03/2026 is 11/03/2027"),
     ("denied on sept 30th, redetermination deadline?", "from 09/30/2026 is 01/28/2027"),
     ("delivery jan 20th - last day to file?", "from 01/20/2027 is 01/20/2028")],  # planned
)  # fmt: skip
def test_a_spelled_date_with_no_year_takes_the_latest_such_day_and_shows_it(question, said):
    # the year the intake would take: the latest such day, or one planned in the next 90 days
    assert f"Counted strictly, the last day {said}" in KB.ask(question).text


def test_a_date_the_biller_corrects_counts_as_corrected() -> None:
    result = KB.ask("dos 3/5/2026 - sorry, typo, i meant 3/6/2026. last day to file?")
    assert "the last day from 03/06/2026 is 03/06/2027, a Saturday" in result.text


def test_a_weekday_deadline_is_not_said_for_a_question_ranked_about_something_else() -> None:
    # the ranking reads a payer's own prior authorization: Medicare's filing limit is not told
    ranked = ["prior-auth-medicaid", "commercial-timely-filing"]
    question = "medicaid: delivered 8/31/2026, forgot the PA. last day to submit it?"
    assert KB.dated.day_off(question, ranked, TODAY) is None


def test_a_date_before_tf_for_is_not_the_date_it_asks_for() -> None:
    # "9/4/2028 TF for a ... setup": the deadline asked for another date, not from 9/4/2028
    result = KB.ask("is 9/4/2028 TF for a 9/4/2027 setup?")
    assert "from 09/04/2028" not in result.text


@pytest.mark.parametrize(
    "question",
    [
        "denied 12/31/9999 redet deadline",
        "MA plan denied 12/1/9999 appeal by when",
        "dos 12/31/9999 last day to file",
    ],
)
def test_a_placeholder_date_like_9999_gets_the_rule_without_a_worked_day(question: str) -> None:
    result = KB.ask(question)  # systems print 12/31/9999 for "open-ended": nothing to count
    assert result.answered
    assert "Counted strictly" not in result.text


@pytest.mark.parametrize(
    ("today", "said"),
    [(dt.date(2026, 11, 20), "by 5 p.m. ET on Friday 12/04/2026, the last business day before it"),
     (dt.date(2026, 12, 4), "so today, Friday 12/04/2026, is the last business day before it"),
     (dt.date(2026, 12, 5), "the last business day before it, Friday 12/04/2026, has passed")],
)  # fmt: skip
def test_the_last_business_day_before_is_named_said_today_or_said_gone_by(
    monkeypatch: pytest.MonkeyPatch, today: dt.date, said: str
) -> None:
    # a plan's 65 days end on Saturday 12/05/2026: Friday 12/04 is the day to send it by
    monkeypatch.setattr(KB.dated, "today", lambda: today)
    text = KB.ask("MA plan denied it on 10/1/2026, appeal by when?").text
    assert "12/05/2026, a Saturday" in text
    assert said in text
    assert ("by 5 p.m. ET on Friday 12/04/2026" in text) is (today < dt.date(2026, 12, 4))
