"""Slack conversation keys, built and read here only: "slack:TEAM:CHANNEL[:THREAD_TS]".

A DM holds one conversation per channel; in a channel each thread holds its own.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "slack"
# Where a question asked with no conversation (the slash command, the message shortcut) is
# answered when the team answers it: the asker's DM with the bot, opened then.
ASKER_DM = "slack-dm"


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


def asker_dm_key(team: str, user: str) -> str:
    """The key that stands for `user`'s DM with the bot before it is opened."""
    return f"{ASKER_DM}:{team}:{user}"


def asker_dm_team(key: str) -> str | None:
    """The team of an asker_dm_key (None for any other key)."""
    parts = key.split(":")
    return parts[1] if len(parts) == 3 and parts[0] == ASKER_DM else None
