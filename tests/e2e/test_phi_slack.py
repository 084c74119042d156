"""Every identifier of the PHI corpus, planted on every Slack path (DM, DM mid-intake, mention,
/e1399 ask, codes and bare text, a forged button value and label, the message shortcut), is
refused, and none is left in the database files, the server log or what the bot sent to Slack.

Each identifier is sent alone in a DM; on the other paths six go in one message (one per line,
PER_MESSAGE), so every identifier still passes through every path in a sixth of the requests.
That the guard catches each one on its own is checked in process (tests/flows/test_phi.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot.test_phi_paths import assert_nowhere, searchable_words
from tests.conftest import read_yaml
from tests.e2e.slack_fakes import BOT_USER, TEAM, BotServer, FakeSlack, ServerThread, text_of
from tests.e2e.test_slack import dm, posted_to

pytestmark = pytest.mark.usefixtures("shared_phi_findings")  # tests/phi_findings.py

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "phi" / "dev.yaml"
# The corpus, then several identifiers in one item description, and a name in a question.
IDENTIFIERS = [
    *(case["text"] for case in read_yaml(CORPUS)["identifiers"]),
    "knee scooter for patient Johnathan Smithers MBI 1EG4-TE5-MK73 DOB 03/14/1951 ssn 123-45-6789",
    "what is e1399? my patient is Johnathan Smithers",
]
PER_MESSAGE = 6
GROUPED = [
    "\n".join(IDENTIFIERS[start : start + PER_MESSAGE])
    for start in range(0, len(IDENTIFIERS), PER_MESSAGE)
]
CONTENT = Path(__file__).resolve().parents[2] / "content"


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    slack = FakeSlack()
    yield slack
    slack.close()


@pytest.fixture
def server(fake: FakeSlack, tmp_path: Path) -> Iterator[BotServer]:
    bot = ServerThread(fake, tmp_path / "bot.db")
    yield bot
    bot.stop()


def slash(server: BotServer, fake: FakeSlack, text: str, n: int) -> None:
    fields = {
        "command": "/e1399", "text": text, "user_id": "USLASH", "team_id": TEAM,
        "channel_id": "CSLASH", "trigger_id": f"trigger-slash-{n}",
        "response_url": f"http://127.0.0.1:{fake.port}/response/{n}",
    }  # fmt: skip
    assert server.form(fields)[0] == 200


def forged_click(server: BotServer, message: dict, text: str, n: int) -> None:
    """A click on the intake's question whose value and label were rewritten by hand."""
    actions = next(b for b in message["blocks"] if b["type"] == "actions")
    action = {
        "type": "button", "action_id": "e1399-choice-0", "block_id": actions["block_id"],
        "value": text[:2000], "text": {"type": "plain_text", "text": text[:75]},
        "action_ts": f"1700002000.{n:06d}",
    }  # fmt: skip
    payload = {
        "type": "block_actions", "user": {"id": "UINTK"}, "team": {"id": TEAM},
        "channel": {"id": "DUINTK"}, "trigger_id": f"trigger-click-{n}",
        "message": {"ts": message["ts"], "blocks": message["blocks"]}, "actions": [action],
    }  # fmt: skip
    assert server.interaction(payload)[0] == 200


def shortcut(server: BotServer, text: str, n: int) -> None:
    payload = {
        "type": "message_action", "callback_id": "ask_e1399_bot", "user": {"id": "USHORT"},
        "team": {"id": TEAM}, "channel": {"id": "CSHORT"}, "trigger_id": f"trigger-short-{n}",
        "message": {"text": text, "ts": "1700000900.000100"},
    }  # fmt: skip
    assert server.interaction(payload)[0] == 200


def test_identifiers_on_every_slack_path_are_refused_and_leave_no_trace(
    server: BotServer, fake: FakeSlack, tmp_path: Path
) -> None:
    dm(server, "UINTK", "intake", "Ev-intake-0")
    dm(server, "UINTK", "medicare", "Ev-intake-1")
    dm(server, "UINTK", "OH", "Ev-intake-2")
    first, *_, question = posted_to(fake, "DUINTK", 3)  # the payer question had buttons
    assert "Describe the item" in text_of(question)
    for n, text in enumerate(IDENTIFIERS):
        dm(server, "UIDLE", text, f"Ev-idle-{n}")
    for n, text in enumerate(GROUPED):
        dm(server, "UINTK", text, f"Ev-intake-phi-{n}")
        mention = {"type": "app_mention", "channel": "CMENTION", "user": "UMENTION",
                   "text": f"<@{BOT_USER}> {text}", "ts": f"1700001000.{n:06d}"}  # fmt: skip
        server.event(mention, f"Ev-mention-{n}")
        for verb_number, verb in enumerate(("ask ", "codes ", "")):
            slash(server, fake, verb + text, n * 3 + verb_number)
        forged_click(server, first, text, n)
        shortcut(server, text, n)
    count = len(GROUPED)
    warned = [
        *posted_to(fake, "DUIDLE", len(IDENTIFIERS), timeout=300),
        *fake.wait_for("chat.postEphemeral", count, timeout=300),  # in the mention's thread
        *fake.wait_for("response_url", 3 * count, timeout=300),
        *posted_to(fake, "DUSHORT", count, timeout=300),  # the shortcut answers in the DM
    ]
    assert all("internal reference" in text_of(m) for m in warned)
    # The intake's DM: each typed identifier gets the warning and the question again, each
    # forged click the warning; the question stays unanswered.
    intake = posted_to(fake, "DUINTK", 3 + 3 * count, timeout=300)[3:]
    assert sum("internal reference" in text_of(m) for m in intake) == 2 * count
    assert sum("Describe the item" in text_of(m) for m in intake) == count
    assert not fake.named("chat.update")  # no forged label was shown as the choice
    server.stop()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("bot.db*"))
    # Slack timestamps ("1764486172.998877") and stored times' microseconds
    # ("14:50:59.998877") can hold any six digits by chance.
    stamps = r"\d{10,12}\.\d{6}|\d\d:\d\d:\d\d\.\d{6}"
    sent = "\n".join(json.dumps(call, ensure_ascii=False) for call in fake.calls)
    places: dict[str, str | bytes] = {
        "database": re.sub(stamps.encode(), b"", stored),
        "log": re.sub(stamps, "", server.log_path.read_text()),
        "sent to Slack": re.sub(stamps, "", sent),
    }
    bot_words = searchable_words([p.read_text() for p in CONTENT.rglob("*.yaml")])
    assert_nowhere(IDENTIFIERS, places, bot_words)


# What Slack puts beside the message text: a snippet's preview, a forwarded message, the
# attachment of the message a shortcut was used on. Planted identifiers: SSN, MBI, a name.
PLANTED = ["078-05-1120", "1EG4TE5MK73", "Zebulon Quixote"]
SNIPPET = {
    "id": "F1", "name": "notes.txt", "title": "notes", "mode": "snippet", "filetype": "text",
    "preview": "Pt Zebulon Quixote DOB 03/14/1950 SSN 078-05-1120 MBI 1EG4TE5MK73",
    "plain_text": "Zebulon Quixote 078-05-1120",
}  # fmt: skip
FORWARDED = {
    "is_share": True, "author_name": "Jo", "text": "Zebulon Quixote MBI 1EG4TE5MK73 wheelchair",
    "fallback": "[Zebulon Quixote MBI 1EG4TE5MK73]",
    "message_blocks": [{"message": {"blocks": [{"type": "rich_text", "elements": [
        {"type": "rich_text_section", "elements": [{"type": "text", "text": "SSN 078-05-1120"}]}
    ]}]}}],
}  # fmt: skip


def test_identifiers_beside_the_text_are_refused_and_leave_no_trace(
    server: BotServer, fake: FakeSlack, tmp_path: Path
) -> None:
    def shared(user: str, text: str, **beside: object) -> None:
        event = {"type": "message", "channel_type": "im", "channel": f"D{user}", "user": user,
                 "text": text, "ts": "1700003000.000100", **beside}  # fmt: skip
        assert server.event(event, f"Ev-{user}")[0] == 200

    shared("USNIP", "what is e1399?", subtype="file_share", files=[SNIPPET])
    shared("UFWD", "can you check this one?", attachments=[FORWARDED])
    shortcut_on = {"text": "what is e1399?", "ts": "1700000900.000200",
                   "attachments": [{"text": "Zebulon Quixote SSN 078-05-1120"}]}  # fmt: skip
    payload = {"type": "message_action", "callback_id": "ask_e1399_bot", "user": {"id": "USC"},
               "team": {"id": TEAM}, "channel": {"id": "CSHORT"}, "trigger_id": "trigger-sc",
               "message": shortcut_on}  # fmt: skip
    assert server.interaction(payload)[0] == 200
    for user in ("USNIP", "UFWD", "USC"):
        (reply,) = posted_to(fake, f"D{user}")
        assert "internal reference" in text_of(reply)  # the warning, not an answer
    # A DM edited to add identifiers: the edit is not read, but its sender is warned.
    edited = {"type": "message", "subtype": "message_changed", "channel_type": "im",
              "channel": "DUEDIT", "ts": "1700003000.000200", "hidden": True,
              "message": {"type": "message", "user": "UEDIT", "ts": "1700003000.000100",
                          "text": "walker for Zebulon Quixote SSN 078-05-1120"},
              "previous_message": {"type": "message", "user": "UEDIT", "text": "walker",
                                   "ts": "1700003000.000100"}}  # fmt: skip
    assert server.event(edited, "Ev-UEDIT")[0] == 200
    warning, notice = posted_to(fake, "DUEDIT", 2)
    assert "a Social Security number" in text_of(warning) and "Quixote" not in text_of(warning)
    assert "I don't read edited messages" in text_of(notice)
    server.stop()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("bot.db*"))
    places: dict[str, str | bytes] = {"database": stored, "log": server.log_path.read_text()}
    assert_nowhere(PLANTED, places, "")


# A wall of billing words, then identifiers far past what is read before the acknowledgement.
WALL = "what modifier goes on a rental wheelchair claim for the hospital bed " * 600
TAIL = " Zebulon Quixote SSN 078-05-1120"


def test_a_message_too_long_to_scan_is_told_so_and_leaves_no_trace(
    server: BotServer, fake: FakeSlack, tmp_path: Path
) -> None:
    """A 40,000-character DM, slash command or shortcut message is not scanned whole before
    Slack's acknowledgement, so none of it is stored: its sender is told it is too long, and
    an identifier at its end is in no file. A shorter one is scanned whole: one at its end is
    warned about."""
    long = (WALL[: 40_000 - len(TAIL)] + TAIL, "Ev-long-dm")
    dm(server, "ULONGDM", *long)
    slash(server, fake, "ask " + long[0], 900)
    shortcut(server, long[0], 901)
    dm(server, "USHORTER", WALL[: 2_900 - len(TAIL)] + TAIL, "Ev-shorter")
    for reply in (*posted_to(fake, "DULONGDM"), *fake.wait_for("response_url"),
                  *posted_to(fake, "DUSHORT")):  # fmt: skip
        assert "too long to read as one question (the limit is 2000 characters)" in text_of(reply)
    assert "a Social Security number" in text_of(posted_to(fake, "DUSHORTER")[0])
    server.stop()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("bot.db*"))
    places: dict[str, str | bytes] = {"database": stored, "log": server.log_path.read_text()}
    assert_nowhere(PLANTED, places, "")
    assert b"hospital bed" not in stored  # nothing of the long text was kept
