"""A Web API call Slack refuses. Busy (a 429 or a 5xx) means the job waits and runs again;
a call a handler makes itself (opening the user's DM) refused for good gets one log line an
operator can act on (the method and Slack's error code, never message text), and a notice
that says truthfully what happened (nothing was done or saved) and what to do."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.settings import log_failure
from flows.messages import Messages

log = logging.getLogger("e1399.slack")


class SlackBusy(Exception):
    """Slack refused a call a handler needs (a 429 or a 5xx): the job waits and runs again."""

    def __init__(self, wait: float, reason: str) -> None:
        super().__init__(reason)
        self.wait, self.reason = wait, reason


def retry_after(response: Any, default: float = 1.0) -> float:
    """Seconds Slack asked us to wait (its Retry-After header), else `default`."""
    headers = response.headers or {}
    after = str(headers.get("Retry-After") or headers.get("retry-after"))
    return float(after) if after.isdigit() else default


@dataclass(frozen=True)
class Refusal:
    """What Slack said: the method refused, its error code and, for a missing scope, the
    scope it names (Slack's `needed`)."""

    method: str
    code: str
    needed: str = ""

    @classmethod
    def of(cls, error: SlackApiError) -> Refusal:
        response = error.response
        method = str(getattr(response, "api_url", "") or "").rstrip("/").rsplit("/", 1)[-1]
        code = str(response.get("error") or f"HTTP {response.status_code}")
        return cls(method or "unknown", code, str(response.get("needed") or ""))


def busy_or_refusal(error: SlackApiError) -> Refusal:
    """A 429 or a 5xx is Slack busy (SlackBusy: the job runs again after Retry-After); any
    other answer is a refusal for good, returned to be logged and said."""
    refusal, status = Refusal.of(error), error.response.status_code
    if status == 429 or status >= 500:
        raise SlackBusy(retry_after(error.response), f"{refusal.method} {refusal.code}")
    return refusal


def log_refusal(what: str, refusal: Refusal, reference: str, conversation: str) -> None:
    needed = f" needed={refusal.needed}" if refusal.needed else ""
    log.error("%s failed ref=%s slack_method=%s slack_error=%s%s conversation=%s",
              what, reference, refusal.method, refusal.code, needed, conversation)  # fmt: skip


def refusal_notice(messages: Messages, refusal: Refusal, reference: str) -> str:
    """What the user is told: the DM that could not be opened (and how to carry on), or the
    call Slack refused; either way nothing from the message was done or saved."""
    fields = {"code": refusal.code, "method": refusal.method, "reference": reference}
    if refusal.code == "missing_scope":
        fix = messages.text("slack_fix_scope", scope=refusal.needed or "?", **fields)
    else:
        fix = messages.text("slack_fix_installation", **fields)
    key = "slack_dm_not_opened" if refusal.method == "conversations.open" else "slack_call_refused"
    return messages.text(key, fix=fix, **fields)


def on_home(text: str, publish: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The Home tab again with the notice above its buttons (a Home-tab click has no other
    place to be answered); nothing when the Home tab cannot be built either."""
    try:
        calls = publish()
    except Exception:
        log_failure(log, "the Home tab's notice was not shown")
        return []
    calls[0]["args"]["view"]["blocks"].insert(
        0, {"type": "section", "text": {"type": "mrkdwn", "text": text}}
    )
    return calls
