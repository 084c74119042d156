"""Whether a signed body is one of the shapes Slack sends, decided before Bolt reads it.

Slack posts the Events API as a JSON object with a `type`, and clicks, forms and slash commands as
a form: a `payload` field holding a JSON object with a `type`, or a slash command's `command`
with its `response_url`, `user_id` and `team_id` (and its URL check, `ssl_check`). Anything else
(another content type, an empty body, a form with neither field, a form submission without its
view, an id that is not text, a message whose text or user is not text, a command with nowhere to
answer) is not from Slack's own code, even when correctly signed: the gate answers it 400 instead
of letting Bolt guess at it (Bolt reads an unknown body as a form and acknowledges it unanswered,
or answers 404; a listener would fail on it after the acknowledgement, with nobody told).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
COMMAND_FIELDS = ("response_url", "user_id", "team_id")
# Ids Slack sends as text wherever they appear at a payload's top (null where there is none).
TOP_IDS = ("team_id", "api_app_id", "event_id", "enterprise_id", "trigger_id", "user_id")
# The events the bot reads (others, such as a user's profile change, name a user by an object).
MESSAGE_EVENTS = ("message", "app_mention", "app_home_opened")
# What the bot reads of a message event, text wherever Slack sends it.
MESSAGE_FIELDS = ("user", "text", "channel", "channel_type", "ts", "thread_ts", "subtype",
                  "user_team", "bot_id", "tab")  # fmt: skip
# Objects a payload names its workspace, user and channel by, each with a text id.
NAMED_PARTS = ("team", "user", "channel", "enterprise")


def readable(body: bytes, content_type: bytes) -> bool:
    """True when `body` (sent with `content_type`) has the outer shape of a Slack request."""
    kind = content_type.split(b";")[0].strip().lower().decode("latin-1")
    try:
        text = body.decode()
        if kind == JSON:
            return _is_payload(json.loads(text))
        if kind != FORM:
            return False
        fields = dict(parse_qsl(text, keep_blank_values=True))
        if "payload" in fields:
            return _is_payload(json.loads(fields["payload"]))
        if fields.get("ssl_check") == "1":
            return True
        # A command is answered through its response_url and belongs to its user_id.
        command = fields.get("command", "").startswith("/")
        return command and all(fields.get(name) for name in COMMAND_FIELDS)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, nested past what json reads
        return False


def slash_command(body: str, content_type: str | None) -> dict[str, str] | None:
    """A slash command's fields, or None when the body is not one. Bolt reads any form whose text
    contains the word "payload" as an interaction (and finds none), so a command such as
    `/e1399 ask what is the payload of e1399` would reach no listener without this."""
    if (content_type or "").split(";")[0].strip().lower() != FORM:
        return None
    fields = dict(parse_qsl(body, keep_blank_values=True))
    return fields if "payload" not in fields and "command" in fields else None


def _is_payload(payload: Any) -> bool:
    """A JSON object with a `type`, and the part its type needs Bolt to find a listener."""
    if not isinstance(payload, dict) or not isinstance(payload.get("type"), str):
        return False
    if not _texts_or_null(payload, TOP_IDS) or not all(
        _named_part(payload.get(name)) for name in NAMED_PARTS
    ):
        return False
    kind = payload["type"]
    if kind == "event_callback":
        event = payload.get("event")
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            return False
        return event["type"] not in MESSAGE_EVENTS or _message_shaped(event)
    if kind in ("view_submission", "view_closed"):
        return _has_strings(payload.get("view"), "type", "callback_id")
    if kind == "block_actions":
        actions = payload.get("actions")
        return (
            bool(actions)
            and isinstance(actions, list)
            and all(_has_strings(action, "action_id") for action in actions)
        )
    return True


def _message_shaped(event: dict[str, Any]) -> bool:
    """A message event's fields, and the edited message's inside it, are text where present."""
    if not _texts_or_null(event, MESSAGE_FIELDS):
        return False
    edited = [event.get(name) for name in ("message", "previous_message") if name in event]
    return all(isinstance(part, dict) and _texts_or_null(part, MESSAGE_FIELDS) for part in edited)


def _texts_or_null(part: dict[str, Any], names: tuple[str, ...]) -> bool:
    return all(isinstance(part.get(name), str | None) for name in names)


def _named_part(part: Any) -> bool:
    """Absent, null, or an object whose id is text (Slack's `"team": {"id": "T1"}`)."""
    return part is None or (isinstance(part, dict) and isinstance(part.get("id"), str | None))


def _has_strings(part: Any, *names: str) -> bool:
    return isinstance(part, dict) and all(isinstance(part.get(name), str) for name in names)
