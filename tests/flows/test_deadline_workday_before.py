"""A safe date on a weekend or holiday says "transmit by 5 p.m. ET on the workday before" only
while that workday is still ahead or is today: once it has gone by (or the deadline itself has),
the line would send a biller to a day already past. The intake's outcome, the checklist and a
dated question in ask read the same rule (deadlines.yaml's days off)."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.all_content import Content
from flows.engine import Engine
from flows.memory_store import MemoryStore
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until

LINE = "transmit by 5 p.m. ET on 03/12/2027, the workday before"

# The intake's date of service 03/14/2026 gives a timely-filing safe date of Sunday 03/14/2027.
WHEN = [
    (dt.date(2027, 3, 1), True),  # the Friday before is still ahead
    (dt.date(2027, 3, 12), True),  # the Friday before is today
    (dt.date(2027, 3, 13), False),  # Saturday: the Friday has gone by, the Sunday has not
    (dt.date(2027, 3, 15), False),  # the safe date itself has gone by
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


@pytest.mark.parametrize(("today", "shown"), WHEN)
def test_the_intake_outcome_says_the_workday_before_only_while_it_can_be_met(
    content: Content, today: dt.date, shown: bool
) -> None:
    text = intake_outcome(content, today)
    assert "03/14/2027" in text
    assert (LINE in text) is shown


@pytest.mark.parametrize(("today", "shown"), WHEN)
def test_ask_and_the_checklist_agree_on_the_workday_before(
    content: Content, today: dt.date, shown: bool
) -> None:
    ask = content.knowledge.dated.day_off(
        "delivered 03/14/2026, when must the claim be filed by?", ["timely-filing-weekends"], today
    )
    assert ask is not None and ask.due == dt.date(2027, 3, 14)
    assert (LINE in ask.said(content.messages)) is shown
