"""Retention and reminders: purge old conversations, nudge abandoned intakes once."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.settings import Settings, log_failure
from bot.slack.keys import place_of
from bot.slack.refused import Refusal
from bot.store import SqlStore, utcnow
from flows.intake import STEP_BY_STATE
from flows.messages import Messages

log = logging.getLogger("e1399.housekeeping")


def housekeeping_pass(
    store: SqlStore,
    settings: Settings,
    messages: Messages,
    client: WebClient | None,
    now: dt.datetime | None = None,
) -> tuple[int, int]:
    """One pass: purges past retention, then sends due reminders. Returns (purged, reminded).

    Each reminder is claimed in the database before it is sent, so however many instances run
    housekeeping, an idle intake gets one reminder (at most once: a failed send is not retried).
    """
    now = now or utcnow()
    purged = store.purge(settings.retention_days, now=now)
    reminded = 0
    for conversation in store.due_reminders(settings.reminder_hours, now=now):
        if not store.claim_reminder(conversation):
            continue  # another instance sent it, or the user came back meanwhile
        place = place_of(conversation.key)
        step = STEP_BY_STATE.get(conversation.state)
        if place is None or client is None or step is None:
            continue
        try:
            client.chat_postMessage(
                channel=place.channel,
                thread_ts=place.thread_ts,
                text=messages.text("reminder", step=messages.label(step.name)),
            )
            reminded += 1
        except (SlackApiError, OSError) as error:
            said = Refusal.of(error).code if isinstance(error, SlackApiError) else None
            log.warning("reminder not delivered (chat.postMessage: %s) conversation=%s",
                        said or type(error).__name__, conversation.key)  # fmt: skip
    if purged or reminded:
        log.info("housekeeping purged=%s reminded=%s", purged, reminded)
    return purged, reminded


def start_housekeeping(
    store: SqlStore,
    settings: Settings,
    messages: Messages,
    client: WebClient | None,
    clock: Callable[[], dt.datetime] = utcnow,
    tick: Callable[[], None] | None = None,
) -> threading.Event:
    """Runs housekeeping in a daemon thread every `housekeeping_seconds`; set the event to stop.
    `clock` says what time it is (tests pass a later one instead of waiting)."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(settings.housekeeping_seconds):
            try:
                housekeeping_pass(store, settings, messages, client, now=clock())
                if tick is not None:
                    tick()  # the team knowledge base's periodic job (notices, reminders)
            except Exception:
                log_failure(log, "housekeeping pass failed")

    threading.Thread(target=loop, name="housekeeping", daemon=True).start()
    return stop
