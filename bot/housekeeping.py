"""Retention and reminders: purge old conversations, nudge abandoned intakes once."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.settings import Settings, log_failure
from bot.store import SqlStore, utcnow
from flows.intake import STEP_BY_STATE
from flows.messages import Messages

log = logging.getLogger("e1399.housekeeping")


def slack_place(key: str) -> tuple[str, str | None] | None:
    """(channel, thread) of a Slack conversation key; None for other surfaces."""
    parts = key.split(":")
    if len(parts) < 3 or parts[0] != "slack":
        return None
    return parts[2], (parts[3] if len(parts) > 3 else None)


def housekeeping_pass(
    store: SqlStore,
    settings: Settings,
    messages: Messages,
    client: WebClient | None,
    now: dt.datetime | None = None,
) -> tuple[int, int]:
    """One pass: purges past retention, then sends due reminders. Returns (purged, reminded)."""
    now = now or utcnow()
    purged = store.purge(settings.retention_days, now=now)
    reminded = 0
    for conversation in store.due_reminders(settings.reminder_hours, now=now):
        place = slack_place(conversation.key)
        step = STEP_BY_STATE.get(conversation.state)
        if place and client is not None and step is not None:
            channel, thread = place
            try:
                client.chat_postMessage(
                    channel=channel,
                    thread_ts=thread,
                    text=messages.text("reminder", step=messages.label(step.name)),
                )
                reminded += 1
            except SlackApiError:
                log.warning("reminder not delivered conversation=%s", conversation.key)
        store.mark_reminded(conversation.key)  # one reminder only, delivered or not
    if purged or reminded:
        log.info("housekeeping purged=%s reminded=%s", purged, reminded)
    return purged, reminded


def start_housekeeping(
    store: SqlStore,
    settings: Settings,
    messages: Messages,
    client: WebClient | None,
    clock: Callable[[], dt.datetime] = utcnow,
) -> threading.Event:
    """Runs housekeeping in a daemon thread every `housekeeping_seconds`; set the event to stop.
    `clock` says what time it is (tests pass a later one instead of waiting)."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(settings.housekeeping_seconds):
            try:
                housekeeping_pass(store, settings, messages, client, now=clock())
            except Exception:
                log_failure(log, "housekeeping pass failed")

    threading.Thread(target=loop, name="housekeeping", daemon=True).start()
    return stop
