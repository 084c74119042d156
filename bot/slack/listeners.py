"""Bolt listeners: record what the bot will answer, then acknowledge; a worker does the rest.

One small function per event, action, command and shortcut. Each records its payload in the
inbox before Slack gets the acknowledgement (Bolt runs with process_before_response), so an
acknowledged payload is never lost; the turn and the replies happen in bot/slack/workers.py.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App
from slack_sdk.models.blocks import MarkdownTextObject, PlainTextObject, SectionBlock
from slack_sdk.models.views import View

from bot.slack.blocks import ACTION_PREFIX
from bot.slack.kb import register_kb
from bot.slack.payloads import JobKind
from bot.slack.usergroups import GroupMembers
from flows.messages import Messages

log = logging.getLogger("e1399.slack")
SHORTCUT_CALLBACK = "ask_e1399_bot"
SLASH_COMMAND = "/e1399"
# A message with a file attached, or a thread reply also sent to the channel, is still a message.
ANSWERED_SUBTYPES = (None, "file_share", "thread_broadcast")

Record = Callable[[JobKind, dict[str, Any]], None]


def _is_users_message(event: dict[str, Any]) -> bool:
    """People's messages; not edits, deletions, joins or bots' (the bot's own included), nor
    anything without a person who sent it."""
    answered = event.get("subtype") in ANSWERED_SUBTYPES and not event.get("bot_id")
    return answered and bool(event.get("user"))


def _is_users_edit(event: dict[str, Any]) -> bool:
    """A person changed a message's text (not the bot updating its own, nor Slack adding a
    link preview, which leaves the text as it was)."""
    if event.get("subtype") != "message_changed":
        return False
    message, before = event.get("message") or {}, event.get("previous_message") or {}
    by_a_person = bool(message.get("user")) and not message.get("bot_id")
    return by_a_person and message.get("text") != before.get("text")


def register(app: App, record: Record, allowed_members: GroupMembers, messages: Messages) -> None:
    """Wires every listener to the Bolt app; `record(kind, body)` stores the job durably, and
    `allowed_members` (E1399_ALLOWED_USERGROUPS) guards the one listener that answers itself;
    `messages` words the answer to a form from an older version."""

    @app.event("message")
    def on_direct_message(body: dict[str, Any]) -> None:
        """Direct messages are turns; a person's edit of one is answered with how to change an
        answer (an edit is never read as one)."""
        event = body["event"]
        if event.get("channel_type") != "im":
            return
        if _is_users_message(event):
            record("direct_message", body)
        elif _is_users_edit(event):
            # The new text is only scanned for patient identifiers (payloads.UNREAD: never kept).
            edit = {"type": "message", "channel": event.get("channel"), "channel_type": "im",
                    "user": event["message"]["user"], "edited_text": event["message"]["text"],
                    "ts": event.get("ts") or event.get("event_ts")}  # fmt: skip
            record("edited", {**body, "event": edit})

    @app.event("app_mention")
    def on_mention(body: dict[str, Any]) -> None:
        """A mention in a channel is answered in that message's thread."""
        if _is_users_message(body["event"]):
            record("mention", body)

    @app.action(re.compile(rf"^{ACTION_PREFIX}-(choice-\d+|select)$"))
    def on_choice(ack: Ack, body: dict[str, Any]) -> None:
        """A button or menu pick advances the conversation it belongs to."""
        record("choice", body)
        ack()

    @app.action(f"{ACTION_PREFIX}-home-start")
    def on_home_start(ack: Ack, body: dict[str, Any]) -> None:
        """The App Home's Start-intake button."""
        record("home_start", body)
        ack()

    @app.command(SLASH_COMMAND)
    def on_slash_command(ack: Ack, body: dict[str, Any]) -> None:
        """/e1399 ...: answered through the response URL."""
        record("slash", body)
        ack()

    @app.event("app_home_opened")
    def on_home_opened(body: dict[str, Any]) -> None:
        """The user opened the App Home tab."""
        if body["event"].get("tab") in (None, "home"):
            record("home_opened", body)

    @app.shortcut(SHORTCUT_CALLBACK)
    def on_shortcut(ack: Ack, body: dict[str, Any]) -> None:
        """The "Ask the E1399 bot" message shortcut."""
        record("shortcut", body)
        ack()

    @app.event(re.compile("^(app_uninstalled|tokens_revoked)$"))
    def on_uninstalled(body: dict[str, Any]) -> None:
        """The app was removed or its tokens revoked: nothing more will arrive, and the bot's
        calls will be refused. The admin decides about the stored conversations (they go at
        the retention period, or at once with `e1399-bot purge --days 1`)."""
        log.warning("Slack says %s for workspace %s: the bot hears nothing more from it; "
                    "its stored conversations are deleted after E1399_RETENTION_DAYS, or run "
                    "`e1399-bot purge --days 1`", body["event"].get("type"),
                    body.get("team_id"))  # fmt: skip

    register_kb(app, record, allowed_members)  # the team knowledge base: Answer, form, Approve
    register_leftovers(app, record, messages)


def register_leftovers(app: App, record: Record, messages: Messages) -> None:
    """Last, so they catch only what no listener above takes (Bolt runs the first that
    matches): a button or form of a message from an older version of the bot is answered
    in words, never with Bolt's bare 404."""

    @app.action(re.compile(".*"))
    def on_old_button(ack: Ack, body: dict[str, Any]) -> None:
        """Told privately that the button is from an older message."""
        record("old_button", body)
        ack()

    @app.view_submission(re.compile(".*"))
    def on_old_form(ack: Ack) -> None:
        """The form says in place that it is from an older version; nothing was saved."""
        said = SectionBlock(text=MarkdownTextObject(text=messages.text("slack_old_form")))
        view = View(type="modal", title=PlainTextObject(text=messages.text("slack_old_form_title")),
                    close=PlainTextObject(text=messages.text("slack_old_form_close")),
                    blocks=[said])  # fmt: skip
        ack(response_action="update", view=view)
