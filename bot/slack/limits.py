"""How much one person may ask of the bot: E1399_USER_MESSAGES_PER_MINUTE payloads a minute.

A script, a stuck key or a pasted list would otherwise get every message answered (and every
declined one sent to the experts). Beyond the limit the first payload of a burst is recorded
marked SLOWED (its job only tells the user privately to wait a minute); the rest of the burst is
acknowledged and not recorded, counted in one log line a minute. Counts are kept in this
server's memory: with several servers behind a load balancer, each allows the limit.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any

from bot.slack.ingress import RefusalLog
from bot.slack.listeners import Record
from bot.slack.payloads import SLOWED, JobKind, user_of

WINDOW_SECONDS = 60.0
# What a person sends; the App Home opening and the experts' buttons are not counted.
LIMITED_KINDS = ("direct_message", "mention", "edited", "choice", "slash", "shortcut", "home_start",
                 "old_button")  # fmt: skip
USERS_KEPT = 10_000  # beyond this many people seen, those quiet for a minute are forgotten


class UserRate:
    """A sliding minute of each user's payloads, and whether they were told in this burst."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[str, deque[float]] = {}
        self._told: set[str] = set()
        self._lock = threading.Lock()

    def verdict(self, user: str, now: float) -> str:
        """ "ok" (record it), "tell" (the first over the limit: say so) or "drop"."""
        with self._lock:
            if len(self._seen) > USERS_KEPT:
                self._forget_quiet(now)
            times = self._seen.setdefault(user, deque())
            while times and now - times[0] >= WINDOW_SECONDS:
                times.popleft()
            if len(times) < self.per_minute:
                times.append(now)
                self._told.discard(user)  # a new burst is told again
                return "ok"
            if user in self._told:
                return "drop"
            self._told.add(user)
            return "tell"

    def _forget_quiet(self, now: float) -> None:
        for user in [u for u, t in self._seen.items() if not t or now - t[-1] >= WINDOW_SECONDS]:
            del self._seen[user]
            self._told.discard(user)


def rate_limited(record: Record, per_minute: int) -> Record:
    """`record` behind the per-user limit (0: no limit)."""
    if per_minute <= 0:
        return record
    rate, dropped, lock = UserRate(per_minute), RefusalLog(), threading.Lock()

    def limited(kind: JobKind, body: dict[str, Any]) -> None:
        user = user_of(body)
        now = time.monotonic()
        said = rate.verdict(user, now) if kind in LIMITED_KINDS and user else "ok"
        if said == "ok":
            record(kind, body)
        elif said == "tell":
            record(kind, {**body, SLOWED: True})
        else:
            with lock:
                dropped.note("payload over a user's rate limit", now)

    return limited
