"""Now, as the stores keep it: one definition for flows/ and bot/."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    """Now in UTC without a zone, as the timestamp columns hold it."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
