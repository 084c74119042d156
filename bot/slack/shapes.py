"""Whether a signed body is one of the shapes Slack sends, decided before Bolt reads it.

Slack posts the Events API as a JSON object with a `type`, and clicks, forms and slash commands as
a form: a `payload` field holding a JSON object with a `type`, or a slash command's `command`
(and its URL check, `ssl_check`). Anything else (another content type, an empty body, a form
with neither field, a form submission without its view) is not from Slack's own code, even when
correctly signed: the gate answers it 400 instead of letting Bolt guess at it (Bolt reads an
unknown body as a form and acknowledges it unanswered, or answers 404).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


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
        return fields.get("command", "").startswith("/") or fields.get("ssl_check") == "1"
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
    kind = payload["type"]
    if kind == "event_callback":
        return _has_strings(payload.get("event"), "type")
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


def _has_strings(part: Any, *names: str) -> bool:
    return isinstance(part, dict) and all(isinstance(part.get(name), str) for name in names)
