"""A date of service typed in a filing-deadline question settles which answer fits: a last day on
a weekend or federal holiday gets the entry on such days, with the day counted; a last day the
holiday list does not reach is counted with a note to check it."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from flows.content import ContentError, default_content_dir
from flows.knowledge import KnowledgeBase
from flows.knowledge_dates import NamedDays, labelled_date
from flows.messages import Messages
from flows.text import Tokenizer
from tests.conftest import repository_content

KB = repository_content().knowledge


@pytest.mark.parametrize(
    ("question", "said"),
    [("dos 11/14/2026, when is the last day to file this with medicare",
      "the last day from 11/14/2026 is 11/14/2027, a Sunday"),
     ("date of service 9/6/25. filing deadline?",
      "the last day from 09/06/2025 is 09/06/2026, a Sunday"),
     ("DOS Nov 14, 2026 - last day to file?",
      "the last day from 11/14/2026 is 11/14/2027, a Sunday"),
     ("dos was veterans day (11/11/2026), TF deadline?",
      "the last day from 11/11/2026 is 11/11/2027, a federal holiday"),
     ("dos was veterans day 11/11/2026, when does TF run out",
      "the last day from 11/11/2026 is 11/11/2027, a federal holiday"),
     ("item delivered on 12/24/2026, last day to file?",
      "the last day from 12/24/2026 is 12/24/2027, a federal holiday"),
     ("sun 11/14/2026 delivery. TF?", "the last day from 11/14/2026 is 11/14/2027, a Sunday"),
     # a rental month's claim is dated by its From date, a year ahead at most
     ("rental month 1/22/2027, last day to file?",
      "the last day from 01/22/2027 is 01/22/2028, a Saturday"),
     ("rental from date 1/22/2027: filing deadline for that month?",
      "the last day from 01/22/2027 is 01/22/2028, a Saturday"),
     # a deadline asked "for" a date counts from it
     ("TF for 11/14/2026", "the last day from 11/14/2026 is 11/14/2027, a Sunday")],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_a_deadline_on_a_weekend_gets_the_weekend_answer_with_the_day_counted(question, said):
    result = KB.ask(question)
    assert result.entry_id == "timely-filing-weekends"
    assert said in result.text
    assert not result.tentative  # the date settled it: no "I think you mean"


def test_a_deadline_on_a_workday_gets_the_general_filing_limit() -> None:
    result = KB.ask("dos 11/16/2026, when is the last day to file this with medicare")
    assert result.entry_id == "timely-filing"
    assert "the last day from 11/16/2026 is 11/16/2027, a Tuesday." in result.text


def test_a_weekday_last_day_gets_the_general_filing_limit_even_asked_about_weekends() -> None:
    result = KB.ask("delivered sat 3/6/2027 — does the weekend push the TF deadline?")
    assert result.entry_id == "timely-filing"
    assert "the last day from 03/06/2027 is 03/06/2028, a Monday and no federal holiday" in (
        result.text
    )


def test_a_worked_example_years_ahead_is_counted_when_its_year_is_typed_in_full() -> None:
    result = KB.ask("what is the last day to file for a 11/11/2028 dos")
    assert result.entry_id == "timely-filing-weekends"
    assert "the last day from 11/11/2028 is 11/11/2029, a Sunday" in result.text


TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "question",
    ["dos 3/4 last day to file", "dos 2/30/2026 deadline", "dos 1/2/26 or 1/9/26",
     "denied 11/14/2026, dos last month", "dos 11/14/2028 last day to file"],
)  # fmt: skip
def test_no_year_an_impossible_date_two_dates_an_unlabelled_or_future_date_settle_nothing(question):
    assert labelled_date(question, ["dos"], ["was"], TODAY) is None


def test_a_date_years_ahead_is_believed_only_with_its_year_in_full():
    assert labelled_date("dos 11/14/2028 last day", ["dos"], [], TODAY, years_ahead=True) == (
        dt.date(2028, 11, 14)
    )
    assert labelled_date("dos 11/14/28 last day", ["dos"], [], TODAY, years_ahead=True) is None
    assert labelled_date("dos 1/14/2040 last day", ["dos"], [], TODAY, years_ahead=True) == (
        dt.date(2040, 1, 14)
    )


@pytest.mark.parametrize(
    ("question", "date_of_service"),
    [("dos 11/14/99", dt.date(1999, 11, 14)), ("DOS was 1/5/27", dt.date(2027, 1, 5)),
     ("denied 11/14/2026, dos: 10/3/26", dt.date(2026, 10, 3)),
     ("last day for a 9/6/25 dos", dt.date(2025, 9, 6)),
     ("DOS september 6th, 2025", dt.date(2025, 9, 6)),
     ("dos was labor day (9/7/2026)", dt.date(2026, 9, 7))],
)  # fmt: skip
@pytest.mark.sweep(n=3)
def test_the_date_the_dos_word_labels_is_read_with_a_sensible_century(question, date_of_service):
    assert labelled_date(question, ["dos"], ["was"], TODAY) == date_of_service


def test_a_denial_date_beside_the_dos_word_is_not_counted_as_the_date_of_service() -> None:
    result = KB.ask("denied 11/14/2026, dos last month, when is the last day to file with medicare")
    assert "11/14/2026" not in result.text
    assert "Counted strictly" not in result.text


def test_a_last_day_the_holiday_list_does_not_reach_is_counted_with_a_note_to_check_it() -> None:
    result = KB.ask("dos 3/15/2022 when is the last day to file with medicare")
    assert result.entry_id == "timely-filing"
    assert "the last day from 03/15/2022 is 03/15/2023, a Wednesday" in result.text
    assert "holiday list covers" in result.text


def test_a_last_day_after_the_holiday_list_ends_is_not_called_a_workday() -> None:
    assert KB.rules.deadlines is not None
    list_ends = max(day.date for day in KB.rules.deadlines.federal_holidays.days)
    week = [list_ends + dt.timedelta(days=n) for n in range(1, 8)]
    asked = "last day to file"
    counted = [KB.dated.day_off(f"dos {day:%m/%d/%Y} {asked}", ["timely-filing"], today=day)
               for day in week]  # fmt: skip
    on_weekdays = [day_off for day_off in counted if day_off and not day_off.why]
    assert len(on_weekdays) == 5
    assert all("holiday list covers" in day_off.said(KB.messages) for day_off in on_weekdays)


def test_a_dated_deadline_naming_an_unknown_entry_is_a_content_error(tmp_path) -> None:
    content = tmp_path / "content"
    shutil.copytree(default_content_dir(), content)
    rules = content / "rules" / "knowledge.yaml"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(text.replace("on_day_off: timely-filing-weekends", "on_day_off: nope"))
    with pytest.raises(ContentError, match="unknown entry 'nope'"):
        KnowledgeBase.load(content, Messages.load(content), Tokenizer.load(content))


@pytest.mark.parametrize(
    ("question", "said"),
    [("delivered Fri, 11/13/2026 -- last day for timely filing?",
      "the last day from 11/13/2026 is 11/13/2027, a Saturday"),
     ("dos was juneteenth 2026, when's the filing deadline",
      "the last day from 06/19/2026 is 06/19/2027, a Saturday"),
     ("item delivered on the 4th of July, 2026. last day to file?",
      "the last day from 07/04/2026 is 07/04/2027, a Sunday")],
)  # fmt: skip
def test_a_weekday_or_a_holiday_named_with_its_year_dates_the_service(question, said):
    result = KB.ask(question)
    assert result.entry_id == "timely-filing-weekends"
    assert said in result.text


NAMED = NamedDays(
    KB.rules.named_days.days if KB.rules.named_days else {},
    KB.rules.deadlines.federal_holidays.days if KB.rules.deadlines else [],
)


@pytest.mark.parametrize(
    ("question", "date_of_service"),
    [("dos labor day 2026", dt.date(2026, 9, 7)),  # set by weekday: that year's row
     ("DOS was Thanksgiving 2025", dt.date(2025, 11, 27)),
     ("dos: xmas 2025", dt.date(2025, 12, 25)),  # the day itself, not the day observed
     ("dos was christmas, deadline?", None),  # no year: no date
     ("dos was labor day 2033", None)],  # a year the holiday list does not reach
)  # fmt: skip
def test_a_named_holiday_is_read_as_its_day_in_the_year_typed(question, date_of_service):
    assert labelled_date(question, ["dos"], ["was"], TODAY, NAMED) == date_of_service


def test_a_filing_deadline_ranked_second_answers_a_question_about_filing_the_claim() -> None:
    ranked = ["inpatient-delivery", "timely-filing"]  # a delivery question, the deadline next
    off = KB.dated.day_off("delivered 11/13/2026, when must it be filed by", ranked, TODAY)
    assert off is not None and off.entry_id == "timely-filing-weekends"
    work = KB.dated.day_off("delivered 11/16/2026, when must it be filed by", ranked, TODAY)
    assert work is not None and work.entry_id == "timely-filing" and work.settles


@pytest.mark.parametrize(
    "question",
    ["delivery was 11/13/2026, whats our window to ask for a reopening",
     "item delivered on the fourth of july 2026. how long for a reopening?",
     "DOS 11/13/2026 - deadline to appeal the denial?",
     "date of service 11/13/2026, how long to refund the overpayment",
     "dos 11/13/2026, when is the redet due"],
)  # fmt: skip
def test_a_dated_question_about_another_deadline_is_not_given_the_filing_limit(question):
    answer = KB.ask(question)  # the ranking's own reading, offered or declined, not stated
    assert answer.entry_id != "timely-filing-weekends" and "Counted strictly" not in answer.text
    assert answer.entry_id is None or answer.tentative


def test_a_filing_deadline_ranked_second_answers_only_a_question_about_filing_the_claim() -> None:
    ranked = ["redetermination", "timely-filing"]
    for question in (
        "delivered 11/13/2026, how long to file a reopening",
        "delivered 11/13/2026, how long do we get",
    ):
        assert KB.dated.day_off(question, ranked, TODAY) is None
    off = KB.dated.day_off("delivered 11/13/2026, when do we submit the claim", ranked, TODAY)
    assert off is not None and off.entry_id == "timely-filing-weekends"


@pytest.mark.parametrize(
    "question",
    ["Fri 1/8/2027 delivery. claim due by?",
     "delivery 1/8/2027 on a tub bench, when's the claim due",
     "shipped, dos 1/8/2027. when is the claim due"],
)  # fmt: skip
def test_a_short_dated_filing_question_gets_its_day_off_however_its_words_rank(question) -> None:
    # "claim due" says the claim's own filing limit is asked, even when the few other words
    # rank another entry first: the last day, 1/8/2028, is a Saturday.
    result = KB.ask(question)
    assert result.answered and result.entry_id == "timely-filing-weekends"
    assert "the last day from 01/08/2027 is 01/08/2028, a Saturday" in result.text


def test_a_dated_appeal_deadline_saying_claim_due_keeps_its_own_answer() -> None:
    result = KB.ask("dos 1/8/2027, claim due for the redetermination when?")
    assert not (result.answered and result.entry_id == "timely-filing-weekends")


def test_a_filing_deadline_in_a_year_past_opm_s_published_list_still_finds_its_holiday() -> None:
    answer = KB.ask("delivered 11/27/2030, last day to file the claim?")
    assert answer.entry_id == "timely-filing-weekends"
    assert "11/27/2031, a federal holiday (Thanksgiving Day)" in answer.text


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    ("question", "said"),
    [("xmas eve 2032 delivery, what day is the claim due",
      "the last day from 12/24/2032 is 12/24/2033, a Saturday"),
     ("dos new years eve 2026, last day to file?",
      "the last day from 12/31/2026 is 12/31/2027, a federal holiday"),
     # past the holiday list's end a weekend is still a day off
     ("DOS 5/8/2038 -- last day to file the claim?",
      "the last day from 05/08/2038 is 05/08/2039, a Sunday"),
     ("delivered Sep 14 2040, TF deadline?",
      "the last day from 09/14/2040 is 09/14/2041, a Saturday"),
     # "transmit" is how billers say they send the claim
     ("dos 11/13/2026, clearinghouse only sends on fridays, when must we transmit it",
      "the last day from 11/13/2026 is 11/13/2027, a Saturday"),
     ("date of service 1/8/2027, whats the last day we can transmit",
      "the last day from 01/08/2027 is 01/08/2028, a Saturday"),
     ("dos 9/4/2027, we can only get it out on the 4th, is that late?",
      "the last day from 09/04/2027 is 09/04/2028, a federal holiday")],
)  # fmt: skip
def test_an_eve_a_far_year_or_a_transmit_question_still_finds_its_day_off(question, said):
    result = KB.ask(question)
    assert result.entry_id == "timely-filing-weekends"
    assert said in result.text


@pytest.mark.sweep(n=3)
@pytest.mark.parametrize(
    "question",
    ["leap day 2028 delivery, timely filing?",  # 2/28/2029, a Wednesday
     "DOS Feb 29 2032, last day to file",  # 2/28/2033, a Monday
     "christmas eve 2029 delivery, last day to file",  # 12/24/2030, a Tuesday
     "new years eve 2029 dos, TF?",  # 12/31/2030, a Tuesday
     "new years eve 2030 delivery, deadline to file",  # 12/31/2031, a Wednesday
     "dos 6/2/2035, claim due by?",  # 6/2/2036, a Monday
     "dos 1/11/2039 when do we have to transmit",  # 1/11/2040, a Wednesday
     "dos 11/16/2026, clearinghouse batches go out tuesdays, when do I have to transmit",
     "leap day 2027 delivery, timely filing?",  # no such day
     "dos 11/13/2026, how do I transmit the redetermination"],  # another deadline
)  # fmt: skip
def test_a_last_day_on_a_workday_or_no_day_at_all_never_gets_the_weekend_answer(question):
    result = KB.ask(question)
    assert result.entry_id != "timely-filing-weekends"
    assert not any(f"a {day}" in result.text for day in ("Saturday", "Sunday", "federal holiday"))
