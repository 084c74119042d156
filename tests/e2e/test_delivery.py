"""Delivery under failure, with real servers: kill -9 at each point, two servers on PostgreSQL."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.store import SqlStore
from tests.e2e.slack_fakes import TEAM, BotServer, FakeSlack, ServerProcess, ServerThread, text_of
from tests.e2e.test_slack import posted_to

pytestmark = pytest.mark.slow  # several server processes and a PostgreSQL server
FAST_RESUME = {"E1399_JOB_LEASE_SECONDS": "1"}  # a dead server's claims run out after 1 s


@pytest.fixture(scope="module")
def pair(
    fake: FakeSlack, postgres_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ServerProcess, BotServer]]:
    """Two `serve` instances on one PostgreSQL database, as behind one load balancer: the first
    a real process with its worker process (the one a test kills), the second in this process
    with its worker in a thread (a process start fewer: about 3 s of CPU with its worker)."""
    folder = tmp_path_factory.mktemp("replicas")
    env = {**FAST_RESUME, "DATABASE_URL": postgres_url}
    servers = (
        ServerProcess(fake, folder / "a.db", env, log_path=folder / "a.log", worker_processes=True),
        ServerThread(fake, folder / "b.db", env, log_path=folder / "b.log"),
    )
    yield servers
    for server in servers:
        server.stop()


def send(server: BotServer, user: str, text: str, ts: str, event_id: str | None = None) -> None:
    event = {"type": "message", "channel_type": "im", "channel": f"D{user}", "user": user,
             "text": text, "ts": ts}  # fmt: skip
    assert server.event(event, event_id or f"Ev-{user}-{ts}")[0] == 200


def received(fake: FakeSlack, channel: str) -> list[str]:
    """Every postMessage call that reached the fake for a channel, stalled ones included."""
    return [name for name, p in fake.calls
            if name.startswith("chat.postMessage") and p.get("channel") == channel]  # fmt: skip


def wait_until(condition: object, timeout: float = 60) -> None:
    """Generous: a new server's worker starts at a low priority; a met condition returns at once."""
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def settle(server: BotServer, fake: FakeSlack) -> None:
    """A fresh question answered means every job recorded before it has been handled."""
    user = f"USETTLE{time.time_ns()}"
    send(server, user, "what is e1399?", f"{time.time():.6f}")
    wait_until(lambda: len(received(fake, f"D{user}")) == 1)


def test_two_servers_apply_one_conversations_messages_in_message_order(
    pair: tuple[ServerProcess, BotServer], fake: FakeSlack, postgres_url: str
) -> None:
    store = SqlStore.from_url(postgres_url)
    for round_ in range(4):
        first, second = pair if round_ % 2 == 0 else pair[::-1]
        user = f"UORDER{round_}{time.time_ns() % 10**6}"
        send(first, user, "intake", "1700001000.000001")
        wait_until(lambda user=user: len(received(fake, f"D{user}")) == 1)
        # The first server is busy with someone else's slow reply when the two messages come.
        busy = f"UBUSY{round_}{time.time_ns() % 10**6}"
        fake.channel_delays[f"D{busy}"] = 1.5
        send(first, busy, "what is e1399?", "1700001000.000001")
        wait_until(lambda busy=busy: received(fake, f"D{busy}") != [])
        send(first, user, "medicare", "1700001000.000002")  # back to back, two servers
        send(second, user, "OH", "1700001000.000003")
        wait_until(lambda user=user: len(received(fake, f"D{user}")) == 3)
        answers = store.load(f"slack:{TEAM}:D{user}").data["answers"]  # type: ignore[union-attr]
        assert (answers["payer_type"], answers["beneficiary_state"]) == ("medicare", "OH")


def test_an_event_delivered_to_both_servers_is_answered_once(
    pair: tuple[ServerProcess, BotServer], fake: FakeSlack
) -> None:
    for server in pair:  # Slack retrying on the other instance behind the load balancer
        send(server, "UTWICE", "what is e1399?", "1700002000.000001", event_id="Ev-twice")
    settle(pair[0], fake)
    settle(pair[1], fake)
    assert len(received(fake, "DUTWICE")) == 1


def test_a_server_killed_mid_burst_loses_nothing_and_the_other_finishes_its_work(
    pair: tuple[ServerProcess, BotServer], fake: FakeSlack
) -> None:
    doomed, survivor = pair
    users = [f"UBURST{n}" for n in range(12)]
    fake.channel_delays["DUBURST2"] = 6  # the third reply is on its way when the server dies
    for number, user in enumerate(users):
        send(doomed, user, "what is e1399?", f"1700003000.{number:06d}")
    wait_until(lambda: "chat.postMessage!timeout" in received(fake, "DUBURST2"))
    doomed.stop(kill=True)  # kill -9: replies 4-12 were acknowledged, none turned yet
    wait_until(lambda: all(received(fake, f"D{user}") for user in users))
    settle(survivor, fake)
    assert [len(received(fake, f"D{user}")) for user in users] == [1] * 12


def test_with_the_database_down_each_message_is_told_it_was_not_saved_once(
    fake: FakeSlack, postgres_url: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """PostgreSQL stops taking connections: every message is acknowledged and its user told
    "I could not save that..." once (a Slack retry is not answered again), /healthz says the
    database cannot be read, and no traceback is printed past the log's redaction."""
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    name = f"down_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    env = {"DATABASE_URL": postgres_url.rsplit("/", 1)[0] + "/" + name}
    bot = ServerThread(fake, tmp_path / "bot.db", extra_env=env)
    try:
        send(bot, "UWARM", "what is e1399?", "1700005000.000100")
        wait_until(lambda: len(received(fake, "DUWARM")) == 1)
        with admin.connect() as connection:
            connection.execute(text(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false"))
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
        send(bot, "UDOWN1", "intake", "1700005001.000100")
        send(bot, "UDOWN2", "what is e1399?", "1700005002.000100", "Ev-down-2")
        retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
        event = {"type": "message", "channel_type": "im", "channel": "DUDOWN2", "user": "UDOWN2",
                 "text": "what is e1399?", "ts": "1700005002.000100"}  # fmt: skip
        assert bot.event(event, "Ev-down-2", headers=retry)[0] == 200
        with pytest.raises(urllib.error.HTTPError) as health:
            urllib.request.urlopen(f"{bot.base}/healthz", timeout=60)
        assert health.value.code == 503
        for user in ("UDOWN1", "UDOWN2"):
            (notice,) = posted_to(fake, f"D{user}")
            assert "could not save" in text_of(notice)
        with admin.connect() as connection:
            connection.execute(text(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
        settle(bot, fake)  # back: answered; and nothing more was sent to UDOWN2
        assert len(received(fake, "DUDOWN2")) == 1
    finally:
        bot.stop()
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
    assert "Traceback" not in capfd.readouterr().err
