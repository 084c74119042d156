"""A safe date on a weekend or holiday names the last business day before it (5 p.m. ET): while
it is ahead, as the day to send by; on it, as today; once it has gone by while the safe date has
not, said plainly, with the next-workday rule only as the fallback (F17.19). The intake's outcome,
the checklist and a dated question in ask read the same rule (deadlines.yaml's days off)."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.all_content import Content
from flows.engine import Engine
from flows.memory_store import MemoryStore
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until

LINE = "transmit by 5 p.m. ET on Friday 03/12/2027, the last business day before it"
TODAY = "today, Friday 03/12/2027, is the last business day before it: transmit today"
GONE = "the last business day before it, Friday 03/12/2027, has passed"

# The intake's date of service 03/14/2026 gives a timely-filing safe date of Sunday 03/14/2027.
WHEN = [
    (dt.date(2027, 3, 1), LINE),  # the Friday before is still ahead
    (dt.date(2027, 3, 12), TODAY),  # the Friday before is today
    (dt.date(2027, 3, 13), GONE),  # Saturday: the Friday has gone by, the Sunday has not
    (dt.date(2027, 3, 15), None),  # the safe date itself has gone by
]


def intake_outcome(content: Content, today: dt.date) -> str:
    engine = Engine(
        messages=content.messages, rules=content.rules, store=MemoryStore(),
        knowledge=content.knowledge, outcome=content.outcome, code_search=content.codes,
        today=lambda: today,
    )  # fmt: skip
    chat = Chat(engine)
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS)
    chat.say("confirm")
    assert chat.state == "done"
    return chat.text


@pytest.mark.parametrize(("today", "said"), WHEN)
def test_the_intake_outcome_names_the_workday_before_and_whether_it_has_gone_by(
    content: Content, today: dt.date, said: str | None
) -> None:
    text = intake_outcome(content, today)
    assert "03/14/2027" in text
    for line in (LINE, TODAY, GONE):
        assert (line in text) is (line == said), line
    if said == GONE:  # the next-workday rule only as the fallback, its doubt said (F17.19)
        assert "next workday (Monday 03/15/2027)" in text and "not confirmed" in text


@pytest.mark.parametrize(("today", "said"), WHEN)
def test_ask_and_the_checklist_say_the_last_business_day_before_alike(
    content: Content, today: dt.date, said: str | None
) -> None:
    ask = content.knowledge.dated.day_off(
        "delivered 03/14/2026, when must the claim be filed by?", ["timely-filing-weekends"], today
    )
    assert ask is not None and ask.due == dt.date(2027, 3, 14)
    text = ask.said(content.messages)
    for line in (LINE, TODAY, GONE):
        assert (line in text) is (line == said), line
    if said == GONE:  # the checklist's fallback and its doubt, in the same words
        assert "next workday (Monday 03/15/2027)" in text and "not confirmed" in text
