"""The Slack delivery path in one process: order, flow control, crashes between steps, faults."""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from bot.settings import Settings
from bot.slack import handlers, payloads
from bot.slack import inbox as inbox_module
from bot.slack.app import web_client
from bot.slack.handlers import Jobs
from bot.slack.inbox import Inbox
from bot.slack.keys import conversation_key
from bot.slack.workers import MAX_TRIES, MAX_WAIT_SECONDS, Worker
from bot.store import SqlStore, slack_jobs
from bot.wiring import build_engine
from flows.all_content import Content
from tests.conftest import MEDICARE_ANSWERS, TODAY
from tests.e2e.slack_fakes import TEAM, FakeSlack, button_action, click_payload, text_of


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeSlack]:
    slack = FakeSlack()
    yield slack
    slack.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def url(request: pytest.FixtureRequest, database_url: str) -> str:
    return database_url if request.param == "sqlite" else request.getfixturevalue("postgres_url")


def make_worker(url: str, fake: FakeSlack, content: Content, lease: float = 30) -> Worker:
    """One instance's worker (a fresh one stands in for a restarted or another server)."""
    settings = Settings(DATABASE_URL=url, SLACK_BOT_TOKEN="xoxb-test", SLACK_API_URL=fake.url,
                        SLACK_API_TIMEOUT=1)  # fmt: skip
    engine = build_engine(settings, today=lambda: TODAY, content=content)
    assert isinstance(engine.store, SqlStore)
    inbox = Inbox(engine.store.engine, lease, owner=uuid.uuid4().hex)
    return Worker(Jobs(engine, web_client(settings)), inbox, 1)


def dm_body(user: str, text: str, ts: str) -> dict[str, Any]:
    event = {"type": "message", "channel_type": "im", "channel": f"D{user}", "user": user,
             "text": text, "ts": ts}  # fmt: skip
    return {"team_id": TEAM, "event_id": f"Ev-{uuid.uuid4().hex}", "event": event}


def record(worker: Worker, body: dict[str, Any], kind: payloads.JobKind = "direct_message") -> None:
    assert worker.inbox.record(payloads.delivery_key(kind, body), kind,
                               payloads.conversation_of(kind, body), payloads.slack_ts_of(body),
                               payloads.without_phi(body))  # fmt: skip


def run_all(worker: Worker) -> None:
    while worker.run_one():
        pass


def posts_to(fake: FakeSlack, channel: str) -> list[dict[str, Any]]:
    return [p for p in fake.named("chat.postMessage") if p.get("channel") == channel]


def make_due(worker: Worker) -> None:
    """Time passes: every Retry-After and lease has run out (instead of sleeping)."""
    with worker.store.engine.begin() as connection:
        connection.execute(update(slack_jobs).values(not_before=None, lease_until=None))


def user() -> str:
    return f"U{uuid.uuid4().hex[:8].upper()}"


def test_one_conversations_messages_apply_in_slack_order_across_workers(
    url: str, fake: FakeSlack, content: Content
) -> None:
    here, there = make_worker(url, fake, content), make_worker(url, fake, content)
    biller = user()
    record(here, dm_body(biller, "intake", "1700000001.000001"))
    run_all(here)
    # The later message is recorded first (it reached the other server sooner).
    record(there, dm_body(biller, "OH", "1700000003.000001"))
    record(here, dm_body(biller, "medicare", "1700000002.000001"))
    first = there.inbox.claim()
    assert first is not None and first.payload["event"]["text"] == "medicare"
    assert here.inbox.claim() is None  # the next one waits until the first is done
    there._turn(first)
    there._send(first)
    run_all(here)
    stored = here.store.load(dm_key(biller))
    assert stored is not None and stored.data["answers"]["payer_type"] == "medicare"
    assert stored.data["answers"]["beneficiary_state"] == "OH"


def test_a_rate_limit_holds_only_its_own_conversation(
    url: str, fake: FakeSlack, content: Content, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")
    worker = make_worker(url, fake, content)
    limited, other = user(), user()
    fake.channel_failures[f"D{limited}"] = [(429, {"Retry-After": "40"})]
    record(worker, dm_body(limited, "what is e1399?", "1700000010.000001"))
    record(worker, dm_body(limited, "what is a kx modifier?", "1700000010.000002"))
    record(worker, dm_body(other, "what is e1399?", "1700000011.000001"))
    run_all(worker)
    assert len(posts_to(fake, f"D{other}")) == 1  # not held behind the 40 s wait
    assert posts_to(fake, f"D{limited}") == []
    assert "reply delayed 40s (rate limited)" in caplog.text
    make_due(worker)
    run_all(worker)
    assert len(posts_to(fake, f"D{limited}")) == 2  # both, once each, in order


def test_a_rate_limited_slash_command_reply_waits_as_long_as_slack_asks(
    url: str, fake: FakeSlack, content: Content, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO")
    worker, biller = make_worker(url, fake, content), user()
    fake.failures.append(("response_url", 429, {"Retry-After": "40"}))
    slash = {"command": "/e1399", "text": "ask what is e1399?", "user_id": biller,
             "team_id": TEAM, "channel_id": "CSLASH", "trigger_id": "trigger-1",
             "response_url": f"http://127.0.0.1:{fake.port}/response/1"}  # fmt: skip
    record(worker, slash, "slash")
    run_all(worker)
    assert "reply delayed 40s (HTTP 429)" in caplog.text
    make_due(worker)
    run_all(worker)
    assert "Sources:" in text_of(fake.named("response_url")[0])


def test_after_giving_up_the_user_is_told_once_and_the_log_says_why(
    url: str, fake: FakeSlack, content: Content, caplog: pytest.LogCaptureFixture
) -> None:
    worker = make_worker(url, fake, content)
    stormed = user()
    fake.channel_failures[f"D{stormed}"] = [(429, {"Retry-After": "1"})] * MAX_TRIES
    record(worker, dm_body(stormed, "what is e1399?", "1700000020.000001"))
    for _try in range(MAX_TRIES + 2):
        run_all(worker)
        make_due(worker)
    told = posts_to(fake, f"D{stormed}")
    assert len(told) == 1 and "did not arrive" in text_of(told[0])
    assert f"gave up on a reply after {MAX_TRIES} tries (rate limited)" in caplog.text


def later(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """The inbox's clock reads `seconds` from now (time passes, without sleeping)."""
    now = inbox_module.utcnow()
    monkeypatch.setattr(inbox_module, "utcnow", lambda: now + dt.timedelta(seconds=seconds))


def test_an_hour_long_retry_after_holds_a_reply_a_minute_at_most(
    url: str, fake: FakeSlack, content: Content, caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    caplog.set_level("INFO")
    worker, biller = make_worker(url, fake, content), user()
    fake.channel_failures[f"D{biller}"] = [(429, {"Retry-After": "3600"})]
    record(worker, dm_body(biller, "what is e1399?", "1700000015.000001"))
    run_all(worker)
    assert posts_to(fake, f"D{biller}") == []
    later(monkeypatch, MAX_WAIT_SECONDS + 1)
    run_all(worker)
    assert "Sources:" in text_of(posts_to(fake, f"D{biller}")[0])
    assert "reply delayed 60s (rate limited; Slack asked for 3600s)" in caplog.text


def test_when_slack_keeps_refusing_the_user_is_told_even_if_the_notice_must_wait(
    url: str, fake: FakeSlack, content: Content, caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    worker, biller = make_worker(url, fake, content), user()
    # The reply's tries, then the first two tries at the notice, are refused for an hour.
    fake.channel_failures[f"D{biller}"] = [(429, {"Retry-After": "3600"})] * (MAX_TRIES + 2)
    record(worker, dm_body(biller, "what is e1399?", "1700000025.000001"))
    minutes = 0
    while not posts_to(fake, f"D{biller}") and minutes < 10:
        later(monkeypatch, minutes * (MAX_WAIT_SECONDS + 1))
        run_all(worker)
        minutes += 1
    told = posts_to(fake, f"D{biller}")
    assert len(told) == 1 and "did not arrive" in text_of(told[0])
    assert minutes <= MAX_TRIES + 2  # told within minutes, not hours
    assert f"gave up on a reply after {MAX_TRIES} tries (rate limited)" in caplog.text
    later(monkeypatch, 3600)
    run_all(worker)
    assert len(posts_to(fake, f"D{biller}")) == 1  # told once


def test_a_reply_slack_refuses_is_not_dropped_silently(
    url: str, fake: FakeSlack, content: Content, caplog: pytest.LogCaptureFixture
) -> None:
    worker = make_worker(url, fake, content)
    refused = user()
    fake.channel_failures[f"D{refused}"] = [(400, {})]  # Slack refuses the answer's blocks
    record(worker, dm_body(refused, "what is e1399?", "1700000030.000001"))
    run_all(worker)
    told = posts_to(fake, f"D{refused}")
    assert len(told) == 1 and "part of my answer is missing" in text_of(told[0])
    assert "Slack refused a reply (chat.postMessage: invalid_blocks)" in caplog.text


def test_a_worker_killed_after_the_turn_resumes_without_redoing_it(
    url: str, fake: FakeSlack, content: Content
) -> None:
    dead = make_worker(url, fake, content)
    biller = user()
    record(dead, dm_body(biller, "intake", "1700000030.000001"))
    job = dead.inbox.claim()
    assert job is not None
    dead._turn(job)  # saved with its outbox; then the process dies before sending
    alive = make_worker(url, fake, content)
    assert alive.inbox.claim() is None  # the dead worker's lease still holds
    make_due(alive)
    run_all(alive)
    posted = posts_to(fake, f"D{biller}")
    assert len(posted) == 1 and "Step 1 of" in text_of(posted[0])
    stored = alive.store.load(dm_key(biller))
    assert stored is not None and stored.version == 1  # the turn ran once


def test_a_reply_interrupted_mid_send_is_not_sent_again(
    url: str, fake: FakeSlack, content: Content, caplog: pytest.LogCaptureFixture
) -> None:
    dead = make_worker(url, fake, content)
    biller = user()
    record(dead, dm_body(biller, "what is e1399?", "1700000040.000001"))
    job = dead.inbox.claim()
    assert job is not None
    dead._turn(job)
    dead.inbox.mark_in_flight(job, 0)  # killed while the call was on its way
    alive = make_worker(url, fake, content)
    make_due(alive)
    run_all(alive)
    assert posts_to(fake, f"D{biller}") == []
    assert "may not have arrived (interrupted)" in caplog.text


def test_a_store_that_cannot_save_says_so_and_still_answers_questions(
    fake: FakeSlack, content: Content, tmp_path: Path
) -> None:
    path = tmp_path / "bot.db"
    SqlStore.from_url(f"sqlite:///{path}").check_writable()  # created with every table
    read_only = make_worker(f"sqlite:///file:{path}?mode=ro&uri=true", fake, content)
    biller = user()
    read_only.run_unrecorded("direct_message", dm_body(biller, "what is e1399?", "1.1"))
    read_only.run_unrecorded("direct_message", dm_body(biller, "intake", "1.2"))
    question, intake = (text_of(p) for p in posts_to(fake, f"D{biller}"))
    assert "Sources:" in question
    assert "I could not save that answer; please send it again in a minute." in intake
    assert "intake is saved" not in intake


def test_patient_identifiers_never_reach_the_inbox() -> None:
    body = dm_body("UPHI", "knee walker for patient Johnathan Smithers ssn 123-45-6789", "1.3")
    stored = payloads.without_phi(body)
    assert "Smithers" not in str(stored) and "123-45-6789" not in str(stored)
    assert stored[payloads.PHI_MARK] and body["event"]["text"].startswith("knee walker")


def click_body(user: str, posted: dict[str, Any], value: str) -> dict[str, Any]:
    """A click on the button with `value` in a message the bot posted (as Slack sends it)."""
    return click_payload(posted, user, button_action(posted, lambda b: b.get("value") == value))


def deliver(worker: Worker, kind: payloads.JobKind, body: dict[str, Any]) -> None:
    assert worker.inbox.record(payloads.delivery_key(kind, body), kind,
                               payloads.conversation_of(kind, body), payloads.slack_ts_of(body),
                               payloads.without_phi(body))  # fmt: skip
    run_all(worker)


def say(worker: Worker, biller: str, text: str) -> None:
    deliver(worker, "direct_message", dm_body(biller, text, f"{time.time():.6f}"))


def dm_key(biller: str) -> str:
    return conversation_key(TEAM, f"D{biller}")


def intake_until(worker: Worker, biller: str, step: str) -> None:
    """Starts an intake in the biller's DM and answers the Medicare intake up to `step`."""
    say(worker, biller, "intake")
    while handlers.question_of(worker.store.load(dm_key(biller))) != step:
        say(worker, biller, next_answer(worker, biller))


def test_three_bad_answers_offer_no_cancel_button_and_a_2_is_the_quantity(
    fake: FakeSlack, content: Content, database_url: str
) -> None:
    worker = make_worker(database_url, fake, content)
    biller = user()
    intake_until(worker, biller, "quantity")
    for wrong in ("lots", "lots", "lots"):  # three tries at the quantity
        say(worker, biller, wrong)
    # The way out is in words, so no button (and no number) can cancel by accident.
    assert "cmd:cancel" not in json.dumps(posts_to(fake, f"D{biller}")[-1])
    say(worker, biller, "2")  # the user carries on
    stored = worker.store.load(dm_key(biller))
    assert stored is not None and stored.data["answers"]["quantity"] == 2


def test_an_old_cancel_button_does_not_cancel_the_intake(
    fake: FakeSlack, content: Content, database_url: str
) -> None:
    worker = make_worker(database_url, fake, content)
    biller = user()
    intake_until(worker, biller, "quantity")
    say(worker, biller, "cancel")  # "Cancel this intake?" with Yes / No buttons
    asked = next(
        p for p in reversed(posts_to(fake, f"D{biller}")) if "cmd:drop_confirmed" in json.dumps(p)
    )
    say(worker, biller, "2")  # the biller answers the quantity instead and carries on
    deliver(worker, "choice", click_body(biller, asked, "cmd:drop_confirmed"))
    assert "already answered" in text_of(posts_to(fake, f"D{biller}")[-1])
    stored = worker.store.load(dm_key(biller))
    assert stored is not None and stored.state not in ("idle", "done")
    assert stored.data["answers"]["quantity"] == 2


def test_the_review_cancel_button_is_refused_after_confirm(
    fake: FakeSlack, content: Content, database_url: str
) -> None:
    worker = make_worker(database_url, fake, content)
    biller = user()
    say(worker, biller, "intake")
    for _step in range(40):
        last = posts_to(fake, f"D{biller}")[-1]
        if "cmd:confirm" in json.dumps(last.get("blocks")):
            break
        say(worker, biller, next_answer(worker, biller))
    review = posts_to(fake, f"D{biller}")[-1]
    deliver(worker, "choice", click_body(biller, review, "cmd:confirm"))
    deliver(worker, "choice", click_body(biller, review, "cmd:cancel"))
    assert "already answered" in text_of(posts_to(fake, f"D{biller}")[-1])
    stored = worker.store.load(dm_key(biller))
    assert stored is not None and stored.state == "done"


def next_answer(worker: Worker, biller: str) -> str:
    return next_answer_for(handlers.question_of(worker.store.load(dm_key(biller))))


def test_a_dm_with_a_file_attached_gets_its_text_answered(
    fake: FakeSlack, content: Content, database_url: str
) -> None:
    from bot.slack.listeners import ANSWERED_SUBTYPES

    assert "file_share" in ANSWERED_SUBTYPES  # the listener passes it on
    worker = make_worker(database_url, fake, content)
    biller = user()
    body = dm_body(biller, "what is e1399?", f"{time.time():.6f}")
    body["event"] |= {"subtype": "file_share", "files": [{"id": "F1", "name": "invoice.pdf"}]}
    deliver(worker, "direct_message", body)
    assert "Sources:" in text_of(posts_to(fake, f"D{biller}")[0])


def test_the_home_tab_start_button_works_with_a_channel_allow_list(
    fake: FakeSlack, content: Content, database_url: str
) -> None:
    worker = make_worker(database_url, fake, content)
    worker.jobs.allowed_channels = {"CALLOWED"}
    biller = user()
    home = {"type": "block_actions", "user": {"id": biller}, "team": {"id": TEAM},
            "trigger_id": uuid.uuid4().hex,
            "actions": [{"action_id": "e1399-home-start", "block_id": "e1399|home",
                         "value": "cmd:intake", "action_ts": f"{time.time():.6f}"}]}  # fmt: skip
    deliver(worker, "home_start", home)
    assert "Step 1 of" in text_of(posts_to(fake, f"D{biller}")[0])


def test_a_finished_thread_intake_stays_its_owners(
    fake: FakeSlack, content: Content, database_url: str
) -> None:
    worker = make_worker(database_url, fake, content)
    owner, other, thread = user(), user(), f"{time.time():.6f}"

    def mention(who: str, text: str) -> None:
        event = {"type": "app_mention", "channel": "CTEAM", "user": who, "thread_ts": thread,
                 "text": f"<@UBOT> {text}", "ts": f"{time.time():.6f}"}  # fmt: skip
        body = {"team_id": TEAM, "event_id": f"Ev-{uuid.uuid4().hex}", "event": event}
        deliver(worker, "mention", body)

    key = conversation_key(TEAM, "CTEAM", thread)
    mention(owner, "intake")
    for _step in range(40):
        stored = worker.store.load(key)
        assert stored is not None
        if stored.state == "done":
            break
        question = handlers.question_of(stored)
        mention(owner, "confirm" if question == "reviewing" else next_answer_for(question))
    mention(other, "restart")
    stored = worker.store.load(key)
    assert stored is not None and stored.user_id == owner and stored.state == "done"
    notice = fake.named("chat.postEphemeral")[-1]
    assert notice["user"] == other and "belongs to someone else" in text_of(notice)


def next_answer_for(step: str) -> str:
    return MEDICARE_ANSWERS[step]


def test_text_as_slack_sends_it_is_read_as_the_biller_typed_it(
    database_url: str, fake: FakeSlack, content: Content
) -> None:
    worker, biller = make_worker(database_url, fake, content), user()
    # Slack escapes "&", "<" and ">" in message text: "&gt;700 lb" is ">700 lb", not "gt" (a tube).
    record(worker, dm_body(biller, "codes bariatric commode &gt;700 lb", "1700000001.000001"))
    run_all(worker)
    shown = text_of(posts_to(fake, f"D{biller}")[-1])
    assert "E0168" in shown and "Gastrostomy" not in shown
    assert "&amp;gt;" not in shown  # echoed once escaped, not twice
