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
@pytest.mark.sweep(n=3)
def test_slack_s_own_member_lines_pass(text: str) -> None:
    assert scan(text).kinds == ()


@pytest.mark.parametrize(
    "text",
    [
        "tracking down the E1399 denial for 1EG4TE5MK73, CO-16 N350",
        "inventory of open E1399 denials: 1EG4TE5MK73 CO-16 N350",
        "tracking down 1EG4TE5MK73 today",
        "pallet of claims to rework, first one is 1EG4TE5MK73 denied N350",
    ],
)
def test_a_medicare_number_beside_everyday_tracking_words_is_still_refused(text: str) -> None:
    assert "mbi" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Wi-Fi password in the Morristown store is 3X60GK7NG12 lol change it",
        "license key for the label printer: 8DX7-HC5-CV21",
        "tracking # on the Pine Mountain box: 6W80CH1NA71 (their internal one)",
        "inventory scan: 5D92X45NF51 ✅ 4R77JE7TV65 ✅ 9EV1DK1NA78 ❌ missing from Harlan shelf",
        "Box notification: 'Dana uploaded 8UN6HV6CM95_spec_sheet.pdf to Shared/Lochsa'",
    ],
)
def test_a_labelled_password_or_stock_number_passes(text: str) -> None:
    assert "mbi" not in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "got a message from dcombs@mchsi.com about the E1399 shower chair denial",
        "can you reply to jhall@kih.net about the walker rental",
        "email from mslone@zoominternet.net re: the K0001 statement",
        "send the ABN copy to rbaker@ptd.net",
        "mary.jones@frontiernet.net asked about the bill",
    ],
)
def test_an_address_at_a_small_isp_is_refused(text: str) -> None:
    assert "email" in scan(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "Combs, Darlene — Billing Lead — x102 — dcombs@redbudhollowhm.example",
        "From: Jesse Profitt DPT <jprofitt@hazardpt.example>\nSubject: seating eval done\n\n"
        "I sent the eval to Dr. Kilburn's office for signature",
        "rsolberg@syringahm.example, kampah@syringahm.example — add both to the Lochsa portal",
        "kaitlyn.okafor@tamarackhm.example — add her to the ADR distribution list",
        "the manufacturer rep's email is jdoe@graham-field.example",
    ],
)
def test_the_team_s_and_a_supplier_s_mail_passes(text: str) -> None:
    assert scan(text).kinds == ()
