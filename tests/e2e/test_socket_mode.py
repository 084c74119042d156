"""Socket Mode end to end: `e1399-bot serve` with an app token, over a real WebSocket on 127.0.0.1.

No public URL and no signing secret: the app opens the connection itself, acknowledges each
envelope on it, and answers through the (fake) Web API like in HTTP mode.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from tests.e2e.slack_fakes import TEAM, BotServer, FakeSlack, ServerProcess, text_of
from tests.e2e.socket_mode_fake import FakeSocketMode


@pytest.fixture(scope="module")
def slack() -> Iterator[tuple[FakeSlack, FakeSocketMode]]:
    fake, socket_mode = FakeSlack(), FakeSocketMode()
    fake.socket_url = socket_mode.url
    yield fake, socket_mode
    socket_mode.close()
    fake.close()


@pytest.fixture(scope="module")
def server(
    slack: tuple[FakeSlack, FakeSocketMode], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BotServer]:
    fake, socket_mode = slack
    bot = ServerProcess(
        fake,
        tmp_path_factory.mktemp("socket") / "bot.db",
        extra_env={"SLACK_SIGNING_SECRET": ""},
        socket_mode=True,
    )
    try:
        socket_mode.wait_connected()
    except AssertionError:
        bot.stop()
        raise AssertionError(bot.log_path.read_text()) from None
    yield bot
    bot.stop()


def test_a_dm_over_socket_mode_is_acknowledged_and_answered(
    server: BotServer, slack: tuple[FakeSlack, FakeSocketMode]
) -> None:
    fake, socket_mode = slack
    assert fake.named("apps.connections.open"), "the app never asked Slack for a socket URL"
    event = {"type": "message", "channel_type": "im", "channel": "DUSOCK", "user": "USOCK",
             "text": "what is e1399?", "ts": f"{time.time():.6f}"}  # fmt: skip
    socket_mode.send(
        "events_api",
        {"team_id": TEAM, "api_app_id": "A1", "type": "event_callback",
         "event_id": "Ev-socket-1", "event_time": int(time.time()), "event": event},
        "envelope-1",
    )  # fmt: skip
    assert socket_mode.wait_for_ack("envelope-1")["envelope_id"] == "envelope-1"
    answer = fake.wait_for("chat.postMessage", where=lambda p: p.get("channel") == "DUSOCK")[0]
    assert "Sources:" in text_of(answer)
    assert "DEBUG" not in server.log_path.read_text(), "library debug lines in an INFO log"


def test_the_slash_command_over_socket_mode_answers_privately(
    server: BotServer, slack: tuple[FakeSlack, FakeSocketMode]
) -> None:
    fake, socket_mode = slack
    socket_mode.send(
        "slash_commands",
        {"command": "/e1399", "text": "codes knee scooter", "user_id": "USOCK2",
         "team_id": TEAM, "channel_id": "CSOCK", "trigger_id": "t-socket",
         "response_url": f"http://127.0.0.1:{fake.port}/response/socket-1"},
        "envelope-2",
    )  # fmt: skip
    socket_mode.wait_for_ack("envelope-2")
    response = fake.wait_for("response_url", where=lambda p: "E0118" in json.dumps(p))[0]
    assert response["response_type"] == "ephemeral"
