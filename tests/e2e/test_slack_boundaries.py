"""What a cautious admin checks at the endpoint: only the bot's own workspace is served."""

from __future__ import annotations

import json
import time
from typing import Any

from tests.e2e.slack_fakes import TEAM, BotServer, FakeSlack, text_of
from tests.e2e.test_slack import settle

EVIL = "TEVIL"


def message(user: str, channel: str, **extra: Any) -> dict[str, Any]:
    return {"type": "message", "channel_type": "im", "channel": channel, "user": user,
            "text": "what is e1399?", "ts": f"{time.time():.6f}", **extra}  # fmt: skip


def calls_to(fake: FakeSlack, channel: str) -> list[str]:
    return [name for name, params in fake.calls if params.get("channel") == channel]


def test_another_workspaces_events_and_clicks_are_acknowledged_and_never_answered(
    server: BotServer, fake: FakeSlack
) -> None:
    body = {"token": "t", "team_id": EVIL, "api_app_id": "A1", "type": "event_callback",
            "event_id": "Ev-evil-1", "event_time": int(time.time()),
            "event": message("UEVIL", "DEVIL")}  # fmt: skip
    assert server.post(json.dumps(body), "application/json") == (200, "")
    # A Slack Connect member of another organisation, in a channel of ours: not served either.
    guest = message("UGUEST", "CSHARED", channel_type="channel", user_team=EVIL)
    assert server.event({**guest, "type": "app_mention"}, "Ev-evil-2")[0] == 200
    click = {"type": "block_actions", "user": {"id": "UGUEST", "team_id": EVIL},
             "team": {"id": TEAM}, "channel": {"id": "CSHARED"},
             "trigger_id": "trigger-evil", "actions": [{"action_id": "e1399-choice-0",
             "block_id": "e1399|x|idle", "value": "cmd:intake", "action_ts": "1.0"}]}  # fmt: skip
    assert server.interaction(click)[0] == 200
    settle(server, fake)  # jobs run in order: anything recorded above has been answered by now
    assert calls_to(fake, "DEVIL") == [] and calls_to(fake, "CSHARED") == []
    assert "payload from another workspace" in server.log_path.read_text()


def test_a_slash_command_from_another_workspace_is_told_privately(
    server: BotServer, fake: FakeSlack
) -> None:
    command = {"command": "/e1399", "text": "ask what is e1399", "team_id": EVIL,
               "user_id": "UEVIL2", "channel_id": "CEVIL2",
               "response_url": f"http://127.0.0.1:{fake.port}/response/evil",
               "trigger_id": "t-evil"}  # fmt: skip
    before = len(fake.named("response_url"))
    status, said = server.form(command)
    assert status == 200 and "serves only the workspace it is installed in" in said
    assert json.loads(said)["response_type"] == "ephemeral"
    settle(server, fake)
    assert len(fake.named("response_url")) == before  # the reply above is all it gets


def test_the_own_workspace_is_still_answered(server: BotServer, fake: FakeSlack) -> None:
    assert server.event(message("UOWN", "DUOWN", user_team=TEAM), "Ev-own-1")[0] == 200
    assert "E1399" in text_of(
        fake.wait_for("chat.postMessage", where=lambda p: p["channel"] == "DUOWN")[0]
    )
