"""The PHI guard reads a chat tool's member lines, a credential's or a stock number's label and a
colleague's mailbox only in their own shape: a patient who "has left the hospital", a Medicare
number in a sentence about "tracking down" a denial and an address at a small ISP are refused,
while Slack's own lines, labelled passwords and stock numbers and the team's mail still pass."""

from __future__ import annotations

import pytest

from flows.phi import scan


@pytest.mark.parametrize(
    "text",
    [
        "Earl Fugate has left the hospital and needs a hospital bed, E0260 or E1399?",
        "Ruby Sizemore was added to hospice, do we still bill the E1399 bath bench?",
        "Dorothy Caudill reacted to the hydrocolloid, can we bill a hydrogel sheet instead?",
        "Earl Fugate has joined the waiting list for a bariatric bed, E1399?",
        "Ruby Sizemore left the facility AMA, do we pick up the E1399 lift?",
    ],
)
def test_a_patient_who_has_left_joined_or_reacted_is_still_refused(text: str) -> None:
    assert "name" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Brenda Sizemore has joined #billing-harlan",
        "Bridget Nakagawa-Ross has joined the channel",
        "Darlene Combs left #billing-east",
        "Darlene Combs has left the channel",
        "Darlene Combs was added to #intake",
        "Kyle Napier reacted 👍 to 'Kanawha confirmed the ship date'",
        "Kofi reacted :white_check_mark: to 'Noridian ADR batch is out the door'",
        "Kyle Napier reacted with :eyes:",
    ],
)
def test_slack_s_own_member_lines_pass(text: str) -> None:
    assert scan(text).kinds == ()
