"""Who counts as an allowed user or a knowledge-base lead when Slack refuses a user-group read."""

from __future__ import annotations

from typing import Any

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

from bot.slack import usergroups
from bot.slack.refused import SlackBusy
from bot.slack.usergroups import GroupMembers


class GroupsApi:
    """usergroups.users.list answering from `members`, or refusing with `status`."""

    def __init__(self, members: list[str]) -> None:
        self.members, self.status, self.reads = members, 200, 0

    def usergroups_users_list(self, usergroup: str) -> dict[str, Any]:
        self.reads += 1
        if self.status != 200:
            data = {"ok": False, "error": "ratelimited" if self.status == 429 else "missing_scope"}
            response = SlackResponse(client=None, http_verb="GET", api_url="", req_args={},
                                     data=data, headers={"Retry-After": "7"},
                                     status_code=self.status)  # fmt: skip
            raise SlackApiError("refused", response)
        return {"ok": True, "users": self.members}


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    now = [1000.0]
    monkeypatch.setattr(usergroups.time, "monotonic", lambda: now[0])
    return now


def test_a_refused_re_read_keeps_the_members_last_read_until_slack_answers(
    clock: list[float],
) -> None:
    api = GroupsApi(["U1", "U2"])
    members = GroupMembers(api, {"S1"})  # type: ignore[arg-type]
    assert members.current() == {"U1", "U2"}
    clock[0] += 301  # the 5 minutes are up and Slack rate-limits the new read
    api.status = 429
    assert members.current() == {"U1", "U2"}
    clock[0] += 3  # Slack asked for 7 seconds: no new read before then
    assert members.current() == {"U1", "U2"} and api.reads == 2
    clock[0] += 5
    api.status, api.members = 200, ["U2"]
    assert members.current() == {"U2"} and api.reads == 3


def test_with_nothing_read_yet_a_busy_slack_makes_the_job_wait_and_a_missing_scope_lets_nobody_in(
    clock: list[float],
) -> None:
    api = GroupsApi(["U1"])
    api.status = 429
    with pytest.raises(SlackBusy) as busy:
        GroupMembers(api, {"S1"}).current()  # type: ignore[arg-type]
    assert busy.value.wait == 7
    api.status = 403
    assert GroupMembers(api, {"S1"}).current() == set()  # type: ignore[arg-type]
