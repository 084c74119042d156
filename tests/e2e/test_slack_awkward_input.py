"""Slack input a biller does not mean as a question, or that nobody typed: Slack's own markup,
empty and file-only messages, forged clicks and forms, unknown subcommands. The real server
(Bolt behind uvicorn, the inbox, a worker), signed requests, the fake Web API on 127.0.0.1:
each gets a sensible answer or none at all, never a traceback or an unescaped echo."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest

from tests.e2e.slack_fakes import BOT_USER, TEAM, BotServer, FakeSlack, text_of

E1399_ANSWER = "Durable medical equipment, miscellaneous"


def dm(server: BotServer, user: str, text: str, **extra: Any) -> None:
    event = {"type": "message", "channel_type": "im", "channel": f"D{user}", "user": user,
             "text": text, "ts": f"{time.time():.6f}", **extra}  # fmt: skip
    assert server.event(event, f"Ev-{time.time_ns()}")[0] == 200


def posts(fake: FakeSlack, channel: str, count: int = 1) -> list[dict[str, Any]]:
    return fake.wait_for("chat.postMessage", count, where=lambda p: p.get("channel") == channel)


def slash(server: BotServer, fake: FakeSlack, user: str, text: str) -> None:
    fields = {"command": "/e1399", "text": text, "user_id": user, "team_id": TEAM,
              "channel_id": "CSLASH", "trigger_id": f"t-{time.time_ns()}",
              "response_url": f"http://127.0.0.1:{fake.port}/response/{user}"}  # fmt: skip
    assert server.form(fields)[0] == 200


def responded(fake: FakeSlack, contains: str) -> str:
    """The slash command's private answer (through its response URL) that says `contains`."""
    return text_of(fake.wait_for("response_url", where=lambda p: contains in text_of(p))[0])


SLACK_MARKUP = [
    "what is E1399 <!channel>",
    "what is E1399 <!here>",
    "<!here|@here> what is E1399",
    "what is E1399 <@U0G9QF9C6>",
    "what is E1399 <@U0G9QF9C6|ann>",
    "what is E1399 <#C024BE7LR|general>",
    "what is E1399 <https://example.org/x|y>",
    "<!subteam^SAZ94GDB8|@billing> what is E1399",
]


@pytest.mark.parametrize("question", SLACK_MARKUP)
def test_slack_markup_in_a_question_is_not_part_of_the_question(
    server: BotServer, fake: FakeSlack, question: str
) -> None:
    user = f"UMARK{SLACK_MARKUP.index(question)}"
    dm(server, user, question)
    answer = text_of(posts(fake, f"D{user}")[0])
    assert E1399_ANSWER in answer and "passed your question" not in answer
    assert "<!" not in answer and "<@" not in answer and "<#" not in answer


def test_a_mention_with_a_broadcast_is_answered_and_pings_nobody(
    server: BotServer, fake: FakeSlack
) -> None:
    event = {
        "type": "app_mention",
        "channel": "CBROAD",
        "user": "UBROAD",
        "text": f"<!channel> <@{BOT_USER}> what is E1399?",
        "ts": f"{time.time():.6f}",
    }
    server.event(event, f"Ev-{time.time_ns()}")
    answer = text_of(posts(fake, "CBROAD")[0])
    assert E1399_ANSWER in answer and "<!" not in answer


def test_a_slash_question_with_markup_is_answered(server: BotServer, fake: FakeSlack) -> None:
    slash(server, fake, "USLMARK", "ask what is E1399 <!here>")
    assert "<!" not in responded(fake, E1399_ANSWER)


def months_before_today(months: int) -> str:
    """A month `months` before this one, as a biller types it (MM/YYYY)."""
    today = dt.date.today()
    index = today.year * 12 + today.month - 1 - months
    return f"{index % 12 + 1:02d}/{index // 12}"


# A repair intake answered by typing, by a phrase of each question; the date of service skipped.
REPAIR_WITHOUT_DATE = [
    ("Who is the claim for", "medicare"),
    ("permanent residence", "OH"),
    ("Describe the item", "replacement hand pendant for a hoyer lift"),
    ("check these specific codes", "none"),
    ("Which category", "equipment"),
    ("Who is the manufacturer", "skip"),
    ("product/model name", "skip"),
    ("How many units", "1"),
    ("unit price", "$450"),
    ("a repair of the patient", "repair"),
    ("item being repaired", "E0630"),
    ("repaired item purchased or delivered", months_before_today(5)),
    ("labor on the repair", "45 min"),
    ("What is the date of service", "skip"),
    ("not reasonable and necessary", "no"),
    ("medical records (chart notes)", "have"),
    ("letter of medical necessity", "have"),
    ("product specification", "have"),
    ("price documentation", "have"),
    ("note of the specific codes", "have"),
    ("proof of delivery", "have"),
    ("Where is the claim now", "not submitted"),
    ("Please review your answers", "confirm"),
]


def test_a_repair_without_a_date_of_service_counts_the_items_age_to_today(
    server: BotServer, fake: FakeSlack
) -> None:
    user = "UREPAIR"
    dm(server, user, "intake")
    for phrase, answer in REPAIR_WITHOUT_DATE:
        asked(fake, user, phrase)
        dm(server, user, answer)
    outcome = asked(fake, user, "Claim check for")
    assert "delivered 5 months ago (counted to today, as no date of service is given)" in outcome
    assert "before this repair" not in outcome and "repair's date of service" not in outcome


def asked(fake: FakeSlack, user: str, phrase: str) -> str:
    """Waits for the bot's message in the user's DM that says `phrase`; returns its text."""
    said = fake.wait_for(
        "chat.postMessage",
        where=lambda p: p.get("channel") == f"D{user}" and phrase in text_of(p),
    )
    return text_of(said[0])
