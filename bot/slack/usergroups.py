"""Members of Slack user groups, read at most every 5 minutes: who may use the bot
(E1399_ALLOWED_USERGROUPS) and who leads the team knowledge base (E1399_KB_LEADS)."""

from __future__ import annotations

import logging
import time

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.refused import Refusal, SlackBusy, retry_after

log = logging.getLogger("e1399.slack")
USERGROUP_CACHE_SECONDS = 300
USERGROUP_RETRY_SECONDS = 30  # after a refused read, when Slack names no Retry-After


class GroupMembers:
    """When Slack refuses a read, the members last read stay until the next try (after
    Retry-After); with none read yet, a 429 or 5xx raises SlackBusy (the job waits for that try)
    and a refusal for good (a missing scope) means nobody, logged."""

    def __init__(self, client: WebClient, groups: set[str]) -> None:
        self.client, self.groups = client, groups
        # (when to read the groups again, their members); None until a read succeeded
        self._members: tuple[float, set[str] | None] = (float("-inf"), None)

    def admits(self, user: str) -> bool:
        """Whether `user` may use what these groups guard (everyone when no group is set);
        raises SlackBusy like current()."""
        return not self.groups or user in self.current()

    def current(self) -> set[str]:
        due, members = self._members
        if time.monotonic() < due and members is not None:
            return members
        fresh: set[str] = set()
        for group in sorted(self.groups):
            try:
                fresh |= set(self.client.usergroups_users_list(usergroup=group)["users"])
            except SlackApiError as error:
                return self._unread(group, error)
        self._members = (time.monotonic() + USERGROUP_CACHE_SECONDS, fresh)
        return fresh

    def _unread(self, group: str, error: SlackApiError) -> set[str]:
        response = error.response
        code = Refusal.of(error).code
        hint = " - is usergroups:read granted?" if code == "missing_scope" else ""
        log.warning("cannot read user group %s (%s, HTTP %s)%s", group, code,
                    response.status_code, hint)  # fmt: skip
        wait = retry_after(response, USERGROUP_RETRY_SECONDS)
        members = self._members[1]
        self._members = (time.monotonic() + wait, members)
        if members is not None:
            return members
        if response.status_code == 429 or response.status_code >= 500:
            raise SlackBusy(wait, f"user group {code}")
        return set()
