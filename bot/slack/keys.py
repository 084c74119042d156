"""Slack conversation keys, built and read here only: "slack:TEAM:CHANNEL[:THREAD_TS]".

A DM holds one conversation per channel; in a channel each thread holds its own.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "slack"


@dataclass(frozen=True)
class Place:
    """Where a Slack conversation lives."""

    team: str
    channel: str
    thread_ts: str | None = None

    @property
    def is_dm(self) -> bool:
        return is_dm_channel(self.channel)


def is_dm_channel(channel: str) -> bool:
    """Slack's direct-message channel ids start with D."""
    return channel.startswith("D")


def conversation_key(team: str, channel: str, thread_ts: str | None = None) -> str:
    return f"{PREFIX}:{team}:{channel}" + (f":{thread_ts}" if thread_ts else "")


def place_of(key: str) -> Place | None:
    """The place a key names; None for another surface's key (terminal, CLI)."""
    parts = key.split(":")
    if len(parts) not in (3, 4) or parts[0] != PREFIX or not parts[2]:
        return None
    return Place(parts[1], parts[2], parts[3] if len(parts) == 4 else None)
