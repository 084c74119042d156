"""Serves the bot's own workspace only, and answers 400 to signed payloads Bolt cannot read.

A signing secret proves Slack sent a request, not that it is about this team: the same app may be
installed elsewhere, and in a Slack Connect channel people of other organisations post too. So
every payload's workspace (and, for a shared channel, its sender's) is compared with the one
auth.test named when the app was built. A slash command from elsewhere is told privately; any
other payload is acknowledged and dropped, counted in one log line a minute.

A signed payload of the wrong shape (a string where Slack sends an object, a missing key) makes
Bolt's own middleware raise; Bolt would answer 500 and Slack would send it three more times.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse

from bot.settings import log_failure
from bot.slack.ingress import UNREADABLE_PAYLOAD, RefusalLog

log = logging.getLogger("e1399.slack.workspace")
# What reading a payload of the wrong shape raises (in Bolt's middleware or a listener).
UNREADABLE = (KeyError, AttributeError, TypeError, ValueError, IndexError)


def payload_teams(body: dict[str, Any]) -> set[str]:
    """Every workspace a payload names: the one it was sent to, and the sender's (a Slack
    Connect member's `user_team`, a clicking user's `team_id`)."""
    event, team, user = (_part(body, name) for name in ("event", "team", "user"))
    named = (body.get("team_id"), team.get("id"), event.get("user_team"), user.get("team_id"))
    return {str(item) for item in named if item}


def _part(body: dict[str, Any], name: str) -> dict[str, Any]:
    """A nested object of the payload; {} where it is missing or not an object."""
    part = body.get(name)
    return part if isinstance(part, dict) else {}


def enterprise_of(body: dict[str, Any]) -> str | None:
    return body.get("enterprise_id") or _part(body, "enterprise").get("id")


class OwnWorkspace:
    """The global middleware that keeps other workspaces' payloads out, and the error handler
    that answers 400 to unreadable ones."""

    def __init__(self, refused_text: str) -> None:
        self.refused_text = refused_text
        self._lock = threading.Lock()
        self._refusals = RefusalLog()

    def count(self, reason: str) -> None:
        with self._lock:
            self._refusals.note(reason, time.monotonic())

    def is_ours(self, body: dict[str, Any], context: BoltContext) -> bool:
        """Every team the payload names is the bot's (auth.test); an org-wide install (no team
        of its own) takes payloads of its organisation."""
        ours = context.authorize_result
        if ours is None:
            return False
        teams = payload_teams(body)
        if ours.team_id:
            return bool(teams) and teams == {ours.team_id}
        return bool(ours.enterprise_id) and enterprise_of(body) == ours.enterprise_id

    def middleware(self, body: dict[str, Any], context: BoltContext,
                   next: Callable[[], None]) -> BoltResponse | None:  # fmt: skip  # noqa: A002
        if self.is_ours(body, context):
            next()
            return None
        self.count("payload from another workspace")
        if body.get("command"):  # a slash command's reply is seen by its user only
            return BoltResponse(status=200, body={"response_type": "ephemeral",
                                                  "text": self.refused_text})  # fmt: skip
        return BoltResponse(status=200, body="")  # acknowledged, so Slack does not resend it

    def on_error(self, error: Exception) -> BoltResponse | None:
        """Bolt's error handler: an unreadable signed payload gets 400, counted; anything else
        stays a 500 (Slack sends it again), logged by type and code path, never its text."""
        if isinstance(error, UNREADABLE):
            self.count(UNREADABLE_PAYLOAD)
            return BoltResponse(status=400, body="bad request")
        log_failure(log, "a Slack request failed")
        return None


def serve_own_workspace(app: App, refused_text: str) -> None:
    """Adds the workspace check (after Bolt's signature check and auth.test) and the 400."""
    guard = OwnWorkspace(refused_text)
    app.use(guard.middleware)
    app.error(guard.on_error)
