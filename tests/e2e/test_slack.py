"""Slack end to end: the real server (Bolt behind uvicorn, the inbox, a worker), signed requests
over HTTP, a fake Web API on 127.0.0.1."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from tests.e2e.slack_fakes import (
    BOT_USER,
    TEAM,
    BotServer,
    FakeSlack,
    button_action,
    click_payload,
    text_of,
)


def dm(server: BotServer, user: str, text: str, event_id: str) -> None:
    status, _ = server.event(
        {
            "type": "message",
            "channel_type": "im",
            "channel": f"D{user}",
            "user": user,
            "text": text,
            "ts": f"{time.time():.6f}",
        },
        event_id,
    )
    assert status == 200


def posted_to(fake: FakeSlack, channel: str, count: int = 1, **kwargs: Any) -> list[dict]:
    return fake.wait_for(
        "chat.postMessage", count, where=lambda p: p.get("channel") == channel, **kwargs
    )


def settle(server: BotServer, fake: FakeSlack) -> None:
    """Sends a fresh question and waits for its answer: jobs run in order, so everything sent
    before it has been handled (a wait on a condition, not a guess at a delay)."""
    user = f"UCTL{time.time_ns()}"
    dm(server, user, "what is e1399?", f"Ev-control-{user}")
    posted_to(fake, f"D{user}")


def test_a_dm_question_is_answered_with_sources(server: BotServer, fake: FakeSlack) -> None:
    dm(server, "UDM1", "what goes in the NTE02 narrative for e1399?", "Ev-dm-1")
    answer = text_of(posted_to(fake, "DUDM1")[0])
    assert "Sources:" in answer and "NTE02" in answer


def test_a_mention_is_answered_in_that_messages_thread(server: BotServer, fake: FakeSlack) -> None:
    status, _ = server.event(
        {
            "type": "app_mention",
            "channel": "CMENTION",
            "user": "UMEN1",
            "text": f"<@{BOT_USER}> is E1399 an oxygen code?",
            "ts": "1700000100.000100",
        },
        "Ev-mention-1",
    )
    assert status == 200
    reply = posted_to(fake, "CMENTION")[0]
    assert reply["thread_ts"] == "1700000100.000100"
    assert "Durable medical equipment, miscellaneous" in text_of(reply)


def test_the_slash_command_acks_before_its_answer_is_sent_and_answers_privately(
    server: BotServer, fake: FakeSlack
) -> None:
    """Slack gives up on a command not acknowledged within 3 s: the acknowledgement must not
    wait for the answer, so here the answer cannot be delivered until it came. (How fast
    acknowledgements come is benches/bench_slack.py's to measure, not a test's.)"""
    answered = fake.hold("response_url")
    try:
        status, _ = server.form(
            {
                "command": "/e1399",
                "text": "codes knee scooter",
                "user_id": "USL1",
                "team_id": TEAM,
                "channel_id": "CSLASH",
                "trigger_id": "t1",
                "response_url": f"http://127.0.0.1:{fake.port}/response/slash-1",
            }
        )
    finally:
        answered.set()
    assert status == 200
    response = fake.wait_for("response_url", where=lambda p: "E0118" in json.dumps(p))[0]
    assert response["response_type"] == "ephemeral"


def click(server: BotServer, message: dict, user: str, value: str) -> None:
    """Clicks the option with `value` on a posted message, as Slack would send it."""
    actions = next(b for b in message["blocks"] if b["type"] == "actions")
    element = actions["elements"][0]
    if element["type"] == "static_select":
        chosen = next(o for o in element["options"] if o["value"] == value)
        action = {
            "type": "static_select",
            "action_id": element["action_id"],
            "block_id": actions["block_id"],
            "selected_option": chosen,
            "action_ts": f"{time.time():.6f}",  # Slack stamps every click
        }
    else:
        action = button_action(message, lambda button: button.get("value") == value)
    payload = click_payload(message, user, action)
    status, _ = server.interaction({**payload, "response_url": "http://127.0.0.1:1/unused"})
    assert status == 200


# What a biller answers, by a phrase of the question; ("click", value) or ("type", text).
INTAKE_SCRIPT = [
    ("review your answers", ("click", "cmd:confirm")),  # the first three also say "specific code"
    ("Who is the claim for", ("click", "medicare")),
    ("permanent residence", ("type", "OH")),
    ("Describe the item", ("type", "bath lift seat for a standard tub")),
    ("Which category", ("click", "equipment")),
    ("Do you have", ("click", "have")),
    ("specific code", ("click", "none")),
    ("manufacturer?", ("type", "Acme")),
    ("model name", ("type", "BL-1")),
    ("How many units", ("type", "1")),
    ("unit price", ("type", "$499.00")),
    ("new purchase, a used", ("click", "new_purchase")),
    ("standalone item", ("click", "standalone")),
    ("date of service", ("type", "03/14/2026")),
    ("deny this item", ("click", "no")),
    ("Where is the claim now", ("click", "not_submitted")),
]


def test_a_full_intake_driven_by_button_clicks_ends_with_the_outcome(
    server: BotServer, fake: FakeSlack
) -> None:
    user, channel = "UINT1", "DUINT1"
    dm(server, user, "intake", "Ev-intake-0")
    seen = 0
    for turn in range(40):
        messages = posted_to(fake, channel, seen + 1)
        message, seen = messages[-1], len(messages)
        shown = text_of(message)
        if "Here is what this claim needs" in shown:
            break
        sections = [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]
        question = sections[-1]  # earlier sections are notes (such as the NOC code to use)
        step = next(answer for phrase, answer in INTAKE_SCRIPT if phrase in question)
        if step[0] == "click":
            updates = len(fake.named("chat.update"))
            click(server, message, user, step[1])
            fake.wait_for("chat.update", updates + 1)
        else:
            dm(server, user, step[1], f"Ev-intake-{turn + 1}")
    else:
        raise AssertionError("the intake did not reach the outcome")
    assert "bath lift seat for a standard tub, Acme BL-1, PL $499.00" in shown
    # A bath lift is billed with E0625, which Medicare never covers: GY, not NU.
    assert "Timely filing" in shown and "E0625 with modifiers GY" in shown


def test_the_app_home_is_published_with_a_start_button(server: BotServer, fake: FakeSlack) -> None:
    status, _ = server.event(
        {"type": "app_home_opened", "user": "UHOME", "channel": "DUHOME", "tab": "home"},
        "Ev-home-1",
    )
    assert status == 200
    view = fake.wait_for("views.publish", where=lambda p: p.get("user_id") == "UHOME")[0]["view"]
    assert view["type"] == "home" and "Start an intake" in json.dumps(view)


def test_the_message_shortcut_answers_in_a_dm(server: BotServer, fake: FakeSlack) -> None:
    status, _ = server.interaction(
        {
            "type": "message_action",
            "callback_id": "ask_e1399_bot",
            "user": {"id": "USHORT"},
            "team": {"id": TEAM},
            "channel": {"id": "CSHORT"},
            "trigger_id": f"trigger-{time.time_ns()}",
            "response_url": "http://127.0.0.1:1/unused",
            "message": {
                "ts": "1700000200.000100",
                "text": "does medicare need prior auth for e1399?",
            },
        }
    )
    assert status == 200
    answer = text_of(posted_to(fake, "DUSHORT")[0])
    assert "Required Prior Authorization List" in answer


def test_user_text_is_escaped_so_nobody_gets_pinged(server: BotServer, fake: FakeSlack) -> None:
    # "<!here>" typed out (not Slack's @here) reaches the bot escaped, as Slack sends it.
    dm(server, "UESC", "is there a code for &lt;!here&gt; knee scooter?", "Ev-esc-1")
    shown = text_of(posted_to(fake, "DUESC")[0])
    assert "&lt;!here&gt;" in shown and "<!here>" not in shown


def test_own_messages_bots_and_edits_are_ignored(server: BotServer, fake: FakeSlack) -> None:
    for number, extra in enumerate(
        [{"bot_id": "B1"}, {"subtype": "message_changed"}, {"subtype": "message_deleted"}]
    ):
        server.event(
            {
                "type": "message",
                "channel_type": "im",
                "channel": "DUIGN",
                "user": "UIGN",
                "text": "what is e1399?",
                "ts": f"17000003{number}.0001",
                **extra,
            },
            f"Ev-ignore-{number}",
        )
    dm(server, "UIGN2", "what is e1399?", "Ev-ignore-control")
    posted_to(fake, "DUIGN2")  # the control message was processed, so the others had time too
    assert all(p.get("channel") != "DUIGN" for p in fake.named("chat.postMessage"))


@pytest.mark.parametrize("bad", ["signature", "stale"])
def test_wrong_or_stale_signatures_are_rejected_with_401(
    server: BotServer, fake: FakeSlack, bad: str
) -> None:
    event = {
        "type": "message",
        "channel_type": "im",
        "channel": "DUBAD",
        "user": "UBAD",
        "text": "what is e1399?",
        "ts": "1700000400.0001",
    }
    if bad == "signature":
        status, _ = server.event(event, "Ev-bad-1", signature="v0=" + "0" * 64)
    else:
        status, _ = server.event(event, "Ev-bad-2", timestamp=int(time.time()) - 600)
    assert status == 401
    settle(server, fake)
    assert all(p.get("channel") != "DUBAD" for p in fake.named("chat.postMessage"))


def test_healthz_answers_200(server: BotServer) -> None:
    import urllib.request

    with urllib.request.urlopen(f"{server.base}/healthz", timeout=60) as answer:
        assert answer.status == 200
