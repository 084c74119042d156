"""Nothing lost, nothing duplicated, no PHI kept: retries, restarts, Slack faults, strangers."""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from slack_bolt import App

from bot.slack.server import serve_http
from tests.e2e.slack_fakes import (
    SIGNING_SECRET,
    TEAM,
    BotServer,
    FakeSlack,
    ServerProcess,
    ServerThread,
    text_of,
)
from tests.e2e.test_slack import click, dm, posted_to, settle


@pytest.fixture(scope="module")
def guarded_server(fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory
                   ) -> Iterator[BotServer]:  # fmt: skip
    """A server answering only in channel COK and to user group SBILLING (UIN, UIN2), whose
    Slack calls time out after 3 s: short enough to test, long enough that other posts never
    time out on a busy machine."""
    env = {"E1399_ALLOWED_CHANNELS": "COK", "E1399_ALLOWED_USERGROUPS": "SBILLING",
           "SLACK_API_TIMEOUT": "3"}  # fmt: skip
    bot = ServerThread(fake, tmp_path_factory.mktemp("guarded") / "bot.db", extra_env=env)
    yield bot
    bot.stop()


def wait_for_log(server: BotServer, text: str, timeout: float = 120) -> None:
    """Waits until the server's log mentions `text` (the failure it logs is the condition);
    generous like FakeSlack.wait_for: a busy machine is slow, a passing wait returns at once."""
    deadline = time.monotonic() + timeout
    while text not in server.log_path.read_text():
        assert time.monotonic() < deadline, f"{text!r} never logged"
        time.sleep(0.02)


def posts_in(fake: FakeSlack, channel: str, method: str = "chat.postMessage") -> list[dict]:
    """What the bot has sent to one channel so far (without waiting)."""
    return [p for p in fake.named(method) if p.get("channel") == channel]


def test_a_redelivered_event_is_answered_once(server: BotServer, fake: FakeSlack) -> None:
    event = {
        "type": "message",
        "channel_type": "im",
        "channel": "DURETRY",
        "user": "URETRY",
        "text": "what is the timely filing limit?",
        "ts": "1700000500.000100",
    }
    assert server.event(event, "Ev-retry-1")[0] == 200
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert server.event(event, "Ev-retry-1", headers=retry)[0] == 200
    settle(server, fake)
    assert len(posts_in(fake, "DURETRY")) == 1


def test_a_double_delivered_click_counts_once_and_old_buttons_do_not_answer(
    server: BotServer, fake: FakeSlack
) -> None:
    dm(server, "UCLICK", "intake", "Ev-click-0")
    first = posted_to(fake, "DUCLICK")[0]
    payload_click = {
        "type": "block_actions",
        "user": {"id": "UCLICK"},
        "team": {"id": TEAM},
        "channel": {"id": "DUCLICK"},
        "trigger_id": "trigger-same",
        "message": {"ts": first["ts"], "blocks": first["blocks"]},
        "actions": [
            {
                "type": "button",
                "action_id": "e1399-choice-0",
                "value": "medicare",
                "action_ts": "1700000600.000001",
                "block_id": first["blocks"][-1]["block_id"],
                "text": {"type": "plain_text", "text": "Original Medicare"},
            }
        ],
    }
    server.interaction(payload_click)
    server.interaction(payload_click)  # the same click delivered twice
    second = posted_to(fake, "DUCLICK", 2)[1]
    assert "Step 2 of" in text_of(second)
    click(server, first, "UCLICK", "commercial")  # a new click on the first question's buttons
    third = posted_to(fake, "DUCLICK", 3)[2]
    assert "already answered" in text_of(third) and "Step 2 of" in text_of(third)
    settle(server, fake)
    assert len(posts_in(fake, "DUCLICK")) == 3  # the duplicate click posted nothing


def test_only_the_owner_advances_a_thread_intake(server: BotServer, fake: FakeSlack) -> None:
    mention = {
        "type": "app_mention",
        "channel": "COWN",
        "user": "UOWNER",
        "text": "<@UBOT> intake",
        "ts": "1700000700.000100",
    }
    server.event(mention, "Ev-own-1")
    question = posted_to(fake, "COWN")[0]
    click(server, question, "USTRANGER", "medicare")
    notice = fake.wait_for("chat.postEphemeral", where=lambda p: p.get("user") == "USTRANGER")[0]
    assert "belongs to someone else" in text_of(notice)
    assert posts_in(fake, "COWN", "chat.update") == []  # the owner's buttons stay in place
    click(server, question, "UOWNER", "medicare")
    assert "Step 2 of" in text_of(posted_to(fake, "COWN", 2)[1])


def test_rate_limits_and_server_errors_are_retried(server: BotServer, fake: FakeSlack) -> None:
    fake.failures += [
        ("chat.postMessage", 429, {"Retry-After": "1"}),
        ("chat.postMessage", 500, {}),
    ]
    dm(server, "UFAULT", "what is e1399?", "Ev-fault-1")
    delivered = posted_to(fake, "DUFAULT")
    assert delivered and any(name == "chat.postMessage!429" for name, _ in fake.calls)
    assert any(name == "chat.postMessage!500" for name, _ in fake.calls)


def test_a_reply_that_cannot_be_sent_is_logged_and_status_shows_the_step(
    server: BotServer, fake: FakeSlack
) -> None:
    dm(server, "ULOST", "intake", "Ev-lost-0")
    posted_to(fake, "DULOST")
    # The next reply fails once (retried a second later; giving up after MAX_TRIES is tested
    # with the worker in process, tests/bot/test_workers.py).
    fake.failures.append(("chat.postMessage", 500, {}))
    dm(server, "ULOST", "medicare", "Ev-lost-1")
    wait_for_log(server, "slack:T0TEAM:DULOST")
    count = len(posted_to(fake, "DULOST"))
    dm(server, "ULOST", "status", "Ev-lost-2")
    assert "permanent residence" in text_of(posted_to(fake, "DULOST", count + 1)[-1])


def test_a_killed_server_loses_nothing_and_redeliveries_after_restart_are_ignored(
    fake: FakeSlack, tmp_path: Path
) -> None:
    """kill -9 (as a crash would) after one intake's answers were applied and while another's
    first reply waits out Slack's Retry-After: the restarted server on the same database sends
    the held reply once its dead claim runs out, and answers a redelivered event no second time."""
    resume = {"E1399_JOB_LEASE_SECONDS": "1"}  # a dead server's claims run out after 1 s
    first = ServerProcess(fake, tmp_path / "bot.db", resume, worker_processes=True)
    dm(first, "UKILL", "intake", "Ev-kill-0")
    dm(first, "UKILL", "medicaid", "Ev-kill-1")
    posted_to(fake, "DUKILL", 2)
    fake.channel_failures["DUHELD"] = [(429, {"Retry-After": "2"})]
    dm(first, "UHELD", "intake", "Ev-held-0")  # the turn runs; its reply waits
    fake.wait_for("chat.postMessage!429", where=lambda p: p.get("channel") == "DUHELD")
    first.stop(kill=True)  # during the Retry-After wait
    second = ServerThread(fake, tmp_path / "bot.db", resume, log_path=tmp_path / "second.log")
    try:
        dm(second, "UKILL", "medicaid", "Ev-kill-1")  # Slack redelivers the last event
        dm(second, "UKILL", "status", "Ev-kill-2")
        shown = text_of(posted_to(fake, "DUKILL", 3)[-1])
        assert "payer's (plan's) name" in shown and "Step 2 of" in shown
        (held,) = posted_to(fake, "DUHELD")
        assert "Step 1 of" in text_of(held)
        settle(second, fake)
        assert len(posts_in(fake, "DUKILL")) == 3
        tried = [name for name, p in fake.calls if p.get("channel") == "DUHELD"]
        assert tried == ["chat.postMessage!429", "chat.postMessage"]
    finally:
        second.stop()


def test_the_server_reminds_an_abandoned_intake_in_slack(fake: FakeSlack, tmp_path: Path) -> None:
    """The wiring only: one reminder per intake and its timing are tested with an injected clock
    in tests/bot/test_housekeeping.py."""
    bot = ServerThread(
        fake,
        tmp_path / "bot.db",
        extra_env={"E1399_REMINDER_HOURS": "0.0001", "E1399_HOUSEKEEPING_SECONDS": "0.1"},
    )
    try:
        dm(bot, "UREMIND", "intake", "Ev-remind-0")
        reminder = posted_to(fake, "DUREMIND", 2)[1]
        assert "intake waiting" in text_of(reminder)
    finally:
        bot.stop()


def test_malformed_signed_payloads_get_a_4xx_not_a_crash(
    server: BotServer, fake: FakeSlack
) -> None:
    for body, kind in [
        ("{not json", "application/json"),
        ("payload=%7Bbroken", "application/x-www-form-urlencoded"),
        (json.dumps({"type": "event_callback"}), "application/json"),
        ("", "application/json"),
    ]:
        status, _ = server.post(body, kind)
        assert 400 <= status < 500 or status == 200, (body, status)
    settle(server, fake)
    assert "Traceback" not in server.log_path.read_text()


@settings(max_examples=30, deadline=None)
@given(
    body=st.text(max_size=300) | st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    kind=st.sampled_from(["application/json", "application/x-www-form-urlencoded", "text/plain"]),
)
def test_any_signed_body_gets_an_answer_below_500(server: BotServer, body: str, kind: str) -> None:
    status, _ = server.post(body, kind)
    assert status < 500


def test_allow_lists_limit_channels_and_user_groups_and_say_so(
    guarded_server: BotServer, fake: FakeSlack
) -> None:
    bot = guarded_server

    def mention(channel: str, user: str, number: int) -> None:
        bot.event(
            {
                "type": "app_mention",
                "channel": channel,
                "user": user,
                "text": "<@UBOT> what is e1399?",
                "ts": f"1700000800.00010{number}",
            },
            f"Ev-allow-{number}",
        )

    mention("CNOT", "UIN", 1)
    mention("COK", "UOUT", 2)
    mention("COK", "UIN", 3)
    notices = fake.wait_for(
        "chat.postEphemeral", 2, where=lambda p: p.get("channel") in ("CNOT", "COK")
    )
    by_user = {p["user"]: text_of(p) for p in notices}
    assert "not enabled in this channel" in by_user["UIN"]
    assert "limited to certain teams" in by_user["UOUT"]
    answer = posted_to(fake, "COK")[0]
    assert answer["thread_ts"] == "1700000800.000103" and "Sources:" in text_of(answer)
    dm(bot, "UOUT", "what is e1399?", "Ev-allow-dm")
    assert "limited to certain teams" in text_of(posted_to(fake, "DUOUT")[0])


def test_a_timed_out_reply_is_not_sent_twice_and_status_recovers(
    guarded_server: BotServer, fake: FakeSlack
) -> None:
    bot = guarded_server  # UIN2 is in the allowed user group
    dm(bot, "UIN2", "intake", "Ev-slow-0")
    posted_to(fake, "DUIN2")
    fake.delays.append(("chat.postMessage", 4))
    dm(bot, "UIN2", "medicare", "Ev-slow-1")
    wait_for_log(bot, "slack:T0TEAM:DUIN2")
    assert [name for name, p in fake.calls if p.get("channel") == "DUIN2"].count(
        "chat.postMessage!timeout"
    ) == 1
    before = len(posted_to(fake, "DUIN2"))
    dm(bot, "UIN2", "status", "Ev-slow-2")
    assert "permanent residence" in text_of(posted_to(fake, "DUIN2", before + 1)[-1])


def test_a_locked_database_holds_up_nothing_else_and_slack_retries_are_not_answered_again(
    fake: FakeSlack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A purge, a backup or a stuck second instance holds SQLite's write lock: the message is
    acknowledged within Slack's 3 s while /healthz still answers, it is answered once, and
    Slack's retries of it (during the lock and after) are not answered again."""
    from sqlalchemy.exc import DBAPIError

    from bot.slack import inbox

    # The acknowledgement is kept waiting for the lock until the health check has answered:
    # on a busy machine that check could otherwise outlast the acknowledgement's wait.
    waiting, checked = threading.Event(), threading.Event()
    busy = inbox.is_busy

    def held_while_busy(error: DBAPIError) -> bool:
        waiting.set()
        checked.wait(120)
        return busy(error)

    monkeypatch.setattr(inbox, "is_busy", held_while_busy)
    bot = ServerThread(fake, tmp_path / "bot.db")
    event = {"type": "message", "channel_type": "im", "channel": "DULOCK", "user": "ULOCK",
             "text": "what is e1399?", "ts": "1700004000.000100"}  # fmt: skip
    acknowledged: list[int] = []
    try:
        lock = sqlite3.connect(tmp_path / "bot.db", isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")
        first = threading.Thread(target=lambda: acknowledged.append(bot.event(event, "Ev-lock")[0]))
        first.start()
        assert waiting.wait(120), "the acknowledgement never met the lock"
        with urllib.request.urlopen(f"{bot.base}/healthz", timeout=60) as health:
            assert health.status == 200  # the health check did not wait behind it
        assert first.is_alive()
        checked.set()
        first.join()
        retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
        assert bot.event(event, "Ev-lock", headers=retry)[0] == 200
        lock.execute("ROLLBACK")
        lock.close()
        retry = {"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_timeout"}
        assert bot.event(event, "Ev-lock", headers=retry)[0] == 200
        assert acknowledged == [200]
        posted_to(fake, "DULOCK")
        settle(bot, fake)
        assert len(posts_in(fake, "DULOCK")) == 1
    finally:
        checked.set()
        bot.stop()


def test_a_rate_limited_user_group_read_delays_the_answer_and_a_refused_shortcut_is_told(
    tmp_path: Path,
) -> None:
    """Slack answers the first read of the allowed user group with a 429: a member's question
    waits for Retry-After and is answered (not refused for 5 minutes), the log names the
    error, and a stranger's shortcut is refused in a DM, not silently."""
    slack = FakeSlack()
    slack.failures.append(("usergroups.users.list", 429, {"Retry-After": "1"}))
    env = {"E1399_ALLOWED_USERGROUPS": "SBILLING"}
    bot = ServerThread(slack, tmp_path / "bot.db", extra_env=env)
    try:
        dm(bot, "UIN", "what is e1399?", "Ev-429")
        assert "Sources:" in text_of(posted_to(slack, "DUIN")[0])
        assert slack.named("usergroups.users.list!429")
        message = {"text": "what is e1399?", "ts": "1700006000.000100"}
        shortcut = {"type": "message_action", "callback_id": "ask_e1399_bot",
                    "user": {"id": "UOUT"}, "team": {"id": TEAM}, "channel": {"id": "COK"},
                    "trigger_id": "trigger-429", "message": message}  # fmt: skip
        assert bot.interaction(shortcut)[0] == 200
        assert "limited to certain teams" in text_of(posted_to(slack, "DUOUT")[0])
    finally:
        bot.stop()
        slack.close()
    assert "cannot read user group SBILLING (ratelimited, HTTP 429)" in bot.log_path.read_text()


def test_a_signing_secret_pasted_with_a_line_break_still_verifies_and_is_warned_of(
    fake: FakeSlack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    padded = SIGNING_SECRET + " \n"  # from a .env file or a secrets store
    monkeypatch.setenv("SLACK_SIGNING_SECRET", padded)
    bot = ServerThread(fake, tmp_path / "bot.db", extra_env={"SLACK_SIGNING_SECRET": padded})
    try:
        dm(bot, "UPAD", "what is e1399?", "Ev-padded")
        posted_to(fake, "DUPAD")
    finally:
        bot.stop()
    assert "SLACK_SIGNING_SECRET had spaces or a line break around it" in bot.log_path.read_text()


def test_a_server_that_cannot_start_leaves_no_thread_behind() -> None:
    """uvicorn refusing the listening socket ends serve_http with the error and nothing left
    running (a thread waiting for a stop that never comes would outlive every such start)."""
    app = App(signing_secret=SIGNING_SECRET, token="xoxb-test", token_verification_enabled=False)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.close()  # what uvicorn is given cannot be served
    before = set(threading.enumerate())
    with pytest.raises(OSError):
        serve_http(app, SIGNING_SECRET, listener, threading.Event())
    assert set(threading.enumerate()) - before == set()
