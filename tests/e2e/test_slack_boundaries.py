"""What a cautious admin checks at the endpoint: only the bot's own workspace is served, and the
allowed user groups guard every way in."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from tests.e2e import test_team_kb_slack as kb
from tests.e2e.slack_fakes import TEAM, BotServer, FakeSlack, ServerThread, text_of
from tests.e2e.test_slack import posted_to, settle

EVIL = "TEVIL"


def message(user: str, channel: str, **extra: Any) -> dict[str, Any]:
    return {"type": "message", "channel_type": "im", "channel": channel, "user": user,
            "text": "what is e1399?", "ts": f"{time.time():.6f}", **extra}  # fmt: skip


def calls_to(fake: FakeSlack, channel: str) -> list[str]:
    return [name for name, params in fake.calls if params.get("channel") == channel]


def test_another_workspaces_events_and_clicks_are_acknowledged_and_never_answered(
    server: BotServer, fake: FakeSlack
) -> None:
    body = {"token": "t", "team_id": EVIL, "api_app_id": "A1", "type": "event_callback",
            "event_id": "Ev-evil-1", "event_time": int(time.time()),
            "event": message("UEVIL", "DEVIL")}  # fmt: skip
    assert server.post(json.dumps(body), "application/json") == (200, "")
    # A Slack Connect member of another organisation, in a channel of ours: not served either.
    guest = message("UGUEST", "CSHARED", channel_type="channel", user_team=EVIL)
    assert server.event({**guest, "type": "app_mention"}, "Ev-evil-2")[0] == 200
    click = {"type": "block_actions", "user": {"id": "UGUEST", "team_id": EVIL},
             "team": {"id": TEAM}, "channel": {"id": "CSHARED"},
             "trigger_id": "trigger-evil", "actions": [{"action_id": "e1399-choice-0",
             "block_id": "e1399|x|idle", "value": "cmd:intake", "action_ts": "1.0"}]}  # fmt: skip
    assert server.interaction(click)[0] == 200
    settle(server, fake)  # jobs run in order: anything recorded above has been answered by now
    assert calls_to(fake, "DEVIL") == [] and calls_to(fake, "CSHARED") == []
    assert "payload from another workspace" in server.log_path.read_text()


def test_a_slash_command_from_another_workspace_is_told_privately(
    server: BotServer, fake: FakeSlack
) -> None:
    command = {"command": "/e1399", "text": "ask what is e1399", "team_id": EVIL,
               "user_id": "UEVIL2", "channel_id": "CEVIL2",
               "response_url": f"http://127.0.0.1:{fake.port}/response/evil",
               "trigger_id": "t-evil"}  # fmt: skip
    before = len(fake.named("response_url"))
    status, said = server.form(command)
    assert status == 200 and "serves only the workspace it is installed in" in said
    assert json.loads(said)["response_type"] == "ephemeral"
    settle(server, fake)
    assert len(fake.named("response_url")) == before  # the reply above is all it gets


def test_the_own_workspace_is_still_answered(server: BotServer, fake: FakeSlack) -> None:
    assert server.event(message("UOWN", "DUOWN", user_team=TEAM), "Ev-own-1")[0] == 200
    assert "E1399" in text_of(
        fake.wait_for("chat.postMessage", where=lambda p: p["channel"] == "DUOWN")[0]
    )


def test_the_allowed_user_groups_also_guard_the_answer_button_and_form(
    fake: FakeSlack, tmp_path: Path
) -> None:
    env = {"E1399_ALLOWED_USERGROUPS": "SBILLING", "E1399_EXPERTS_CHANNEL": "CEXPERTS2",
           "E1399_KB_LEADS": "ULEAD"}  # the fake's SBILLING has UIN and UIN2  # fmt: skip
    bot = ServerThread(fake, tmp_path / "bot.db", extra_env=env)
    try:
        kb.dm(bot, "UIN", kb.QUESTION)
        question_post = kb.posts(fake, "CEXPERTS2", 1, "Unanswered question")[0]
        opened = len(fake.named("views.open"))
        assert kb.click(bot, question_post, "UOUT", "e1399-kb-answer")[0] == 200
        told = fake.wait_for("chat.postEphemeral", where=lambda p: p.get("user") == "UOUT")[0]
        assert "limited to certain teams" in text_of(told)
        assert len(fake.named("views.open")) == opened  # no form for an outsider

        group = question_post["blocks"][-1]["elements"][0]["value"]
        view = {"type": "modal", "callback_id": "e1399-kb-answer-form", "private_metadata": group}
        assert kb.submit_form(bot, view, "UOUT", title="Outsider's answer", short=kb.SHORT,
                              sources=kb.SOURCE)[0] == 200  # fmt: skip
        assert "limited to certain teams" in text_of(kb.posts(fake, "DUOUT", 1)[0])

        assert kb.click(bot, question_post, "UIN2", "e1399-kb-answer")[0] == 200
        fake.wait_for("views.open", opened + 1)  # a member gets the form...
        kb.submit_form(bot, view, "UIN2", title="Member's answer", short=kb.SHORT,
                       sources=kb.SOURCE)  # fmt: skip
        drafts = kb.posts(fake, "CEXPERTS2", 1, "Draft answer")
        assert "UIN2" in text_of(drafts[-1]) and "UOUT" not in str(drafts)  # ...and a draft
    finally:
        bot.stop()


def click_on_intake() -> dict[str, Any]:
    return {"type": "block_actions", "user": {"id": "UCLICK"}, "team": {"id": TEAM},
            "channel": {"id": "DUCLICK"}, "container": {"channel_id": "DUCLICK"},
            "message": {"ts": "1.0", "blocks": []}, "trigger_id": "trigger-shape",
            "actions": [{"type": "button", "action_id": "e1399-choice-0", "value": "cmd:help",
                         "block_id": "e1399|slack:T0TEAM:DUCLICK|idle",
                         "action_ts": "1.0"}]}  # fmt: skip


def answer_form() -> dict[str, Any]:
    return {"type": "view_submission", "user": {"id": "UFORM2"}, "team": {"id": TEAM},
            "trigger_id": "trigger-form", "view": {"type": "modal", "id": "V1",
            "callback_id": "e1399-kb-answer-form", "private_metadata": "1",
            "state": {"values": {}}}}  # fmt: skip


def event_body(event: Any) -> dict[str, Any]:
    return {"token": "t", "team_id": TEAM, "api_app_id": "A1", "type": "event_callback",
            "event_id": f"Ev-shape-{time.time_ns()}", "event": event}  # fmt: skip


def misshapen(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """The payload with each of its objects' fields (one level down too) removed, or replaced by
    a string, a number or null: what a buggy or hostile signer could send."""
    variants = []
    for key, value in payload.items():
        for wrong in (None, "hi", 7, ...):
            variants.append({k: v for k, v in payload.items() if k != key or wrong is not ...}
                            | ({} if wrong is ... else {key: wrong}))  # fmt: skip
        if isinstance(value, dict):
            variants += [{**payload, key: inner} for inner in misshapen(value)]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            variants += [{**payload, key: [inner]} for inner in misshapen(value[0])]
    return variants


def test_every_misshapen_signed_payload_gets_400_not_500(
    server: BotServer, fake: FakeSlack
) -> None:
    # What an admin's probe sent: an event that is a string, a form's view without a type.
    assert server.post(json.dumps(event_body("hi")), "application/json")[0] == 400
    view = {**answer_form(), "view": {"callback_id": "e1399-kb-answer-form"}}
    assert server.interaction(view)[0] == 400
    for body in (b"[]", b'"hi"', b"7", b"null", b"{"):
        assert server.post(body.decode(), "application/json")[0] == 400, body
    assert server.form({"payload": "{not json"})[0] == 400
    statuses = {}
    for variant in misshapen(event_body(message("USHAPE", "DUSHAPE"))):
        statuses[json.dumps(variant)] = server.post(json.dumps(variant), "application/json")[0]
    for base in (click_on_intake(), answer_form()):
        for variant in misshapen(base):
            statuses[json.dumps(variant)] = server.interaction(variant)[0]
    failed = {body: status for body, status in statuses.items() if status >= 500}
    assert not failed and len(statuses) > 100
    assert "signed payload that could not be read" in server.log_path.read_text()
    assert "Traceback" not in server.log_path.read_text()
    settle(server, fake)  # and the server still answers


FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
SECRET_WORD = "MRN4471923"  # stands in for anything a body could carry


def unreadable_bodies() -> list[tuple[str, str]]:
    """What an admin's probe sent, signed: bodies Slack never sends, each carrying SECRET_WORD."""
    event = json.dumps(event_body(message("UODD", "DUODD", text=SECRET_WORD)))
    no_view = {k: v for k, v in answer_form().items() if k != "view"} | {"note": SECRET_WORD}
    no_type = {**answer_form(), "view": {"callback_id": SECRET_WORD}}
    return [
        (f"<a>{SECRET_WORD}</a>", "application/xml"),
        ("", "application/json"),
        ("", FORM),
        (f"foo={SECRET_WORD}", FORM),
        (event, "text/plain"),  # an event Slack would have sent as JSON
        (urlencode({"payload": json.dumps(no_view)}), FORM),
        (urlencode({"payload": json.dumps(no_type)}), FORM),
        (urlencode({"payload": json.dumps({"note": SECRET_WORD})}), FORM),
        (json.dumps({**json.loads(event), "team": 7}), "application/json"),  # Bolt reads team
        (json.dumps({**json.loads(event), "team_id": 12345}), "application/json"),
        (json.dumps(event_body(message("UODD", "DUODD", text={"t": SECRET_WORD}))), JSON),
        (json.dumps(event_body(message("UODD", "DUODD") | {"user": ["U", SECRET_WORD]})), JSON),
        (urlencode(slash_fields(SECRET_WORD)), FORM),  # no response_url: nowhere to answer
        (urlencode(slash_fields(SECRET_WORD) | {"response_url": "", "user_id": "U1"}), FORM),
    ]


def slash_fields(text: str) -> dict[str, str]:
    """A slash command as Slack would send it, without its response_url."""
    return {"command": "/e1399", "text": f"ask {text}", "user_id": "USLODD", "team_id": TEAM,
            "channel_id": "CSLODD", "trigger_id": "t-odd"}  # fmt: skip


def test_signed_bodies_slack_never_sends_get_400_and_are_logged_as_unreadable(
    fake: FakeSlack, tmp_path: Path
) -> None:
    bot = ServerThread(fake, tmp_path / "bot.db")  # a log of its own: only what this test sent
    try:
        for body, content_type in unreadable_bodies():  # unsigned: refused before any parsing
            assert bot.post(body, content_type, signature="v0=" + "3" * 64)[0] == 401, body
        for body, content_type in unreadable_bodies():
            assert bot.post(body, content_type)[0] == 400, (body, content_type)
        settle(bot, fake)  # the server still answers, and nothing above was recorded or answered
        assert not [c for c in fake.calls if SECRET_WORD in json.dumps(c)]
        log = bot.log_path.read_text()
        assert "refused 1 request(s): signed payload that could not be read" in log
        assert "another workspace" not in log
        assert SECRET_WORD not in log and "Traceback" not in log
        assert " WARNING " not in log and " ERROR " not in log  # one counted line, nothing else
    finally:
        bot.stop()


def test_a_very_long_message_is_refused_without_a_wrong_character_count(
    server: BotServer, fake: FakeSlack
) -> None:
    for length in (20_014, 47_515):
        wall = ("what modifier goes on a rental wheelchair claim " * 1000)[:length]
        event = message(f"ULONG{length}", f"DLONG{length}") | {"text": wall}
        assert server.event(event, f"Ev-long-{length}")[0] == 200
        said = text_of(posted_to(fake, f"DLONG{length}")[0])
        assert "too long to read as one question (the limit is 2000 characters)" in said
        assert "10000" not in said and "9999" not in said


def test_an_uninstall_is_acknowledged_and_logged_for_the_admin(
    server: BotServer, fake: FakeSlack
) -> None:
    for kind in ("app_uninstalled", "tokens_revoked"):
        event: dict[str, Any] = {"type": kind, "event_ts": f"{time.time():.6f}"}
        if kind == "tokens_revoked":
            event["tokens"] = {"bot": ["UBOT"]}
        assert server.event(event, f"Ev-{kind}")[0] == 200  # not a 404 Slack would resend
        assert f"Slack says {kind} for workspace {TEAM}" in server.log_path.read_text()


def test_a_burst_from_one_person_is_answered_up_to_the_limit_and_told_once(
    fake: FakeSlack, tmp_path: Path
) -> None:
    bot = ServerThread(fake, tmp_path / "bot.db", extra_env={"E1399_USER_MESSAGES_PER_MINUTE": "5"})
    try:
        for number in range(12):
            event = message("UBURST", "DBURST") | {"text": f"what is e1399? ({number})"}
            assert bot.event(event, f"Ev-burst-{number}")[0] == 200  # each acknowledged
        told = fake.wait_for("chat.postMessage", where=lambda p: p["channel"] == "DBURST"
                             and "a lot of messages in one minute" in p["text"])  # fmt: skip
        assert len(told) == 1
        settle(bot, fake)  # another person is answered as usual; the burst is done by now
        assert len(posted_to(fake, "DBURST")) == 5 + 1  # five answers and the one notice
        assert "payload over a user's rate limit" in bot.log_path.read_text()
    finally:
        bot.stop()


UNANSWERABLE = [
    "how do we bill hospice patients for a nebulizer",
    "how do we bill a saddle for a therapy horse",
    "what does our clearinghouse charge per rejected batch",
    "who in our office signs the vendor contracts for the van",
    "how should we bill a telescope for a patient",
]


def test_one_person_cannot_fill_the_experts_channel(fake: FakeSlack, tmp_path: Path) -> None:
    env = {"E1399_EXPERTS_CHANNEL": "CEXPERTS3", "E1399_KB_POSTS_PER_USER_PER_HOUR": "2"}
    bot = ServerThread(fake, tmp_path / "bot.db", extra_env=env)
    try:
        for question in UNANSWERABLE[:4]:
            kb.dm(bot, "USPAM", question)
        kb.posts(fake, "DUSPAM", 4, "passed your question")  # each asker is still answered
        kb.dm(bot, "UOTHER", UNANSWERABLE[4])  # someone else's question still goes
        kb.posts(fake, "CEXPERTS3", 1, UNANSWERABLE[4])
        posted = kb.posts(fake, "CEXPERTS3", 1, "Unanswered question")
        assert [q for q in UNANSWERABLE[:4] if any(q in text_of(p) for p in posted)] == (
            UNANSWERABLE[:2]
        )
    finally:
        bot.stop()
