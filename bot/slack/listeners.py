"""Bolt listeners: acknowledge at once, filter what the bot ignores, hand the rest to a job runner.

One small function per event, action, command and shortcut. The work itself (engine turn, Web
API calls) happens in bot/slack/handlers.py, in worker processes, so acknowledgements never wait
behind someone else's turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App

from bot.slack.blocks import ACTION_PREFIX
from bot.slack.kb import register_kb

SHORTCUT_CALLBACK = "ask_e1399_bot"
SLASH_COMMAND = "/e1399"

Submit = Callable[[str, dict[str, Any]], None]


def register(app: App, submit: Submit) -> None:
    """Wires every listener to the Bolt app; `submit(kind, body)` queues the job."""

    @app.event("message")
    def on_direct_message(body: dict[str, Any]) -> None:
        """Direct messages are turns; edits, deletions, joins and bots' messages are not."""
        event = body["event"]
        if (
            event.get("channel_type") == "im"
            and not event.get("subtype")
            and not event.get("bot_id")
        ):
            submit("direct_message", body)

    @app.event("app_mention")
    def on_mention(body: dict[str, Any]) -> None:
        """A mention in a channel is answered in that message's thread."""
        if not body["event"].get("bot_id") and not body["event"].get("subtype"):
            submit("mention", body)

    @app.action(re.compile(rf"^{ACTION_PREFIX}-(choice-\d+|select)$"))
    def on_choice(ack: Ack, body: dict[str, Any]) -> None:
        """A button or menu pick advances the conversation it belongs to."""
        ack()
        submit("choice", body)

    @app.action(f"{ACTION_PREFIX}-home-start")
    def on_home_start(ack: Ack, body: dict[str, Any]) -> None:
        """The App Home's Start-intake button."""
        ack()
        submit("home_start", body)

    @app.command(SLASH_COMMAND)
    def on_slash_command(ack: Ack, body: dict[str, Any]) -> None:
        """/e1399 ...: acknowledged at once, answered through the response URL."""
        ack()
        submit("slash", body)

    @app.event("app_home_opened")
    def on_home_opened(body: dict[str, Any]) -> None:
        """The user opened the App Home tab."""
        if body["event"].get("tab") in (None, "home"):
            submit("home_opened", body)

    @app.shortcut(SHORTCUT_CALLBACK)
    def on_shortcut(ack: Ack, body: dict[str, Any]) -> None:
        """The "Ask the E1399 bot" message shortcut."""
        ack()
        submit("shortcut", body)

    register_kb(app, submit)  # the team knowledge base: Answer, the answer form, Approve
