"""Every identifier of the PHI corpus, planted on every path outside Slack, is refused and leaves
no trace: not in the SQLite files (-wal and -journal too), the log, or anything printed. And an
intake that is cancelled is really gone from the files."""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import logging
import re
import sqlite3
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from bot.settings import Settings
from bot.slack import payloads
from bot.slack.inbox import Inbox
from bot.terminal import run_chat
from bot.wiring import build_engine
from flows.all_content import Content
from flows.engine import Engine
from flows.models import Claim, Turn
from flows.phi import normalise, scan
from tests.bot.conftest import Cli
from tests.conftest import MEDICARE_ANSWERS, TODAY, Chat, answer_until, read_yaml

pytestmark = pytest.mark.usefixtures("shared_phi_findings")  # tests/phi_findings.py

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "phi"
IDENTIFIERS = [
    case["text"]
    for name in ("dev", "forms", "dev2")
    for case in read_yaml(CORPUS / f"{name}.yaml")["identifiers"]
]


@functools.cache  # several tests search for the same identifiers (bot_words is long to search)
def secrets_of(text: str, bot_words: str) -> tuple[str, ...]:
    """What would show that `text` was kept: the whole text (as typed and as normalised), its
    digit-bearing parts ("1EG4-TE5-MK73", "03/14/1950") and its capitalised words ("Jonesworth"),
    leaving out what the bot itself says or knows ("E1399", "Medicare")."""
    plain = normalise(text)
    parts = re.findall(r"[A-Za-z0-9]+(?:[-./@][A-Za-z0-9]+)*", plain)
    # Five digits alone ("22819") turn up by chance in timestamps; six, or letters, do not.
    found = [
        p
        for p in parts
        if sum(ch.isdigit() for ch in p) >= 3
        and len(p) >= (5 if any(ch.isalpha() for ch in p) else 6)
    ]
    found += re.findall(r"\b[A-Z][a-z'A-Z-]{3,}\b", plain)
    return (text, plain, *(part for part in found if part.lower() not in bot_words))


# The characters a secret's part can hold (see secrets_of), lower-cased.
SECRET_RUN = re.compile(r"[a-z0-9'./@-]+")


def searchable_words(texts: list[str]) -> str:
    """`texts` lower-cased, as the distinct runs of the characters a secret's part can hold, one
    a line: a part is in the texts exactly when it is in one of those runs, and the runs are a
    fraction of the texts' length to search."""
    return "\n".join(dict.fromkeys(SECRET_RUN.findall("\n".join(texts).lower())))


@pytest.fixture(scope="module")
def bot_words(content: Content) -> str:
    """Every word the bot can say or knows (its messages, FAQ and code descriptors)."""
    folder = content.directory
    texts = [p.read_text(encoding="utf-8") for p in folder.rglob("*.yaml")]
    texts += [p.read_text(encoding="utf-8") for p in (folder / "codes").glob("*.csv")]
    return searchable_words(texts)


def files_of(database_url: str) -> bytes:
    database = Path(database_url.removeprefix("sqlite:///"))
    return b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))


def unique_lines(place: str | bytes) -> str | bytes:
    """`place` with each distinct line kept once: a text without a line break is in `place`
    exactly when it is in this, which is far shorter to search (outputs repeat themselves)."""
    if isinstance(place, bytes):
        return b"\n".join(dict.fromkeys(place.split(b"\n")))
    return "\n".join(dict.fromkeys(place.split("\n")))


def assert_nowhere(texts: list[str], places: Mapping[str, str | bytes], bot_words: str) -> None:
    """No secret of any of `texts` (see secrets_of) is in any of `places`; names the first."""
    short = {name: unique_lines(place) for name, place in places.items()}
    for text in texts:
        for secret in secrets_of(text, bot_words):
            for name, place in places.items():
                if "\n" not in secret:
                    place = short[name]
                found = secret.encode() in place if isinstance(place, bytes) else secret in place
                assert not found, f"{secret!r} (from {text!r}) found in {name}"


def test_a_secret_the_bot_never_says_is_still_searched_for() -> None:
    """The bot's words are searched as their runs: a number or name the bot says is left out of
    the search, one it never says is searched for, even where its pieces sit apart in content."""
    words = searchable_words(["Call the PDAC at 877-735-1326.", "Jones Medical: walker, folding"])
    secrets = secrets_of("Jones or Mr Jonesworth at 877-735-1326, MRN 00482913", words)[2:]
    assert "877-735-1326" not in secrets and "Jones" not in secrets
    assert {"Jonesworth", "00482913"} <= set(secrets)
    assert "medical: walker" not in words  # no run spans a colon or a space


@pytest.mark.slow  # every identifier of the corpus typed into a conversation
def test_identifiers_typed_in_a_conversation_are_refused_and_never_kept(
    engine: Engine, database_url: str, bot_words: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    idle, intake = Chat(engine, key="test:idle"), Chat(engine, key="test:intake")
    intake.say("intake")
    answer_until(intake, MEDICARE_ANSWERS, stop_at="item_description")
    said: list[str] = []
    for text in IDENTIFIERS:
        for chat in (idle, intake):
            replies = chat.say(text)
            assert replies[0].kind == "warning" and replies[0].private, text
            said += [r.text for r in replies]
        forged = intake.pick(f"edit:{text}")  # a forged button value
        assert forged[0].kind == "warning" or "didn't get that" in forged[0].text.lower()
        said += [r.text for r in forged]
        said += [r.text for r in engine.answer(text) + engine.code_reply(text)]
    assert intake.step == "item_description" and intake.answers["item_description"] is None
    places: dict[str, str | bytes] = {
        "database": files_of(database_url),
        "log": caplog.text,
        "replies": "\n".join(said),
    }
    assert_nowhere(IDENTIFIERS, places, bot_words)


@pytest.mark.slow  # every identifier of the corpus typed into the terminal chat
def test_the_terminal_chat_refuses_identifiers_and_keeps_none(
    engine: Engine, database_url: str, bot_words: str
) -> None:
    one_line = [text for text in IDENTIFIERS if "\n" not in text]  # the terminal reads lines
    lines = ["intake", "medicare", "OH", *one_line, "quit"]
    output = io.StringIO()
    run_chat(engine, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=output, user="tester")
    assert output.getvalue().count("internal reference") == len(one_line)
    places: dict[str, str | bytes] = {
        "database": files_of(database_url),
        "terminal": output.getvalue(),
    }
    assert_nowhere(one_line, places, bot_words)


@pytest.mark.slow  # every identifier of the corpus through `ask` and `codes`
def test_ask_and_codes_on_the_command_line_refuse_identifiers(
    cli: Cli, database_url: str, bot_words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    printed = []
    for text in IDENTIFIERS:
        asked = cli("ask", text, "--json")
        assert asked.returncode == 0
        result = json.loads(asked.stdout)
        assert result["phi_detected"] and not result["answered"], text
        coded = cli("codes", text)
        assert coded.returncode == 1 and "internal reference" in coded.stderr
        printed += [asked.stdout, asked.stderr, coded.stdout, coded.stderr]
    assert cli("ask", "what is e1399?", "--json").stdout.count('"phi_detected": []') == 1
    face_sheet = json.loads(
        cli("ask", "PATIENT: Nguyen, Bao DOB 12/1/1951 acct 2210938", "--json").stdout
    )
    assert face_sheet["phi_detected"] == ["dob", "name", "mrn"]
    answered = json.loads(cli("ask", "what is e1399?", "--json").stdout)
    assert face_sheet.keys() == answered.keys()  # a script reading "origin" works on every path
    assert (
        "a date of birth, a patient's name and a medical record or account number"
        in (face_sheet["text"])
    )
    places: dict[str, str | bytes] = {
        "database": files_of(database_url),
        "output": "\n".join(printed),
    }
    assert_nowhere(IDENTIFIERS, places, bot_words)


# Where a claim file's free text goes, and what the warning calls it.
CLAIM_FIELDS = {
    "description": "description",
    "manufacturer": "manufacturer",
    "model": "model",
    "payer": "payer name",
    "prior_authorization": "prior authorization number",
}
CLAIM_PARTS = 3  # the claims are shared among this many tests, which run on several workers


def planted_claim(base: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """`base` with each of `texts` in the free-text field it is keyed by."""
    claim = json.loads(json.dumps(base))
    for field, text in texts.items():
        if field == "payer":
            claim["payer"]["name"] = text[:120]
        elif field == "prior_authorization":
            claim["prior_authorization_number"] = text
        else:
            claim["item"][field] = text[:120]
    return claim


@pytest.mark.slow  # 139 claims, an identifier in each free-text field, for JSON and Markdown
@pytest.mark.parametrize("part", range(CLAIM_PARTS))
def test_a_claim_file_with_an_identifier_in_any_free_text_field_never_prints_it(
    content: Content, bot_words: str, part: int
) -> None:
    """Claim n holds identifier n in its description, n+1 in the manufacturer and so on, so
    every identifier passes through every field; each field's identifier is warned of by name
    (one warning per kind, naming every field holding it)."""
    base = json.loads(
        (
            Path(__file__).resolve().parents[1] / "fixtures" / "claims" / "commercial_denied.json"
        ).read_text()
    )
    printed = []
    for number in range(part, len(IDENTIFIERS), CLAIM_PARTS):
        planted = {
            field: IDENTIFIERS[(number + shift) % len(IDENTIFIERS)]
            for shift, field in enumerate(CLAIM_FIELDS)
        }
        if len(planted["prior_authorization"]) > 50:
            del planted["prior_authorization"]  # the field holds 50: the cut text is no identifier
        parsed = Claim.model_validate(planted_claim(base, planted))
        # What `checklist --json` and `checklist` print, rendered from one assessment.
        assessment, outcome = content.outcome.assess(parsed, TODAY)
        summary = outcome.model_dump(mode="json")
        markdown = content.outcome.markdown_of(assessment, outcome)
        for field, text in planted.items():
            named = f"the {CLAIM_FIELDS[field]} "
            warnings = summary["warnings"]
            assert any(named in w.lower() and "patient identifiers" in w for w in warnings), text
        printed += [json.dumps(summary), markdown]
    assert_nowhere(IDENTIFIERS, {"checklist output": "\n".join(printed)}, bot_words)


@pytest.mark.parametrize("how", ["cancel", "restart"])
def test_a_cancelled_intake_cannot_be_read_back_from_the_database_files(
    engine: Engine, database_url: str, how: str
) -> None:
    chat = Chat(engine)
    chat.say("intake")
    typed = dict(MEDICARE_ANSWERS, item_description="Zanzibar knee scooter QX-7781",
                 manufacturer="Quillfeather Mobility", model="QF-9931")  # fmt: skip
    answer_until(chat, typed, stop_at="quantity")
    assert b"Quillfeather" in files_of(database_url)  # kept while the intake is open
    chat.say(how)
    assert "?" in chat.text  # the bot asks first
    chat.say("yes")
    files = files_of(database_url)
    for planted in ("Zanzibar", "QX-7781", "Quillfeather", "QF-9931"):
        assert planted.encode() not in files, planted


def test_refused_turns_are_not_stored_at_all(engine: Engine, database_url: str) -> None:
    turn = Turn(conversation_key="test:new", user_id="U1", text="patient Mary Jonesworth")
    assert engine.handle(turn)[0].kind == "warning"
    assert engine.store.load("test:new") is None


def test_a_purged_conversation_cannot_be_read_back_from_the_database_files(
    database_url: str, content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect = sqlite3.dbapi2.connect

    def connect_without_secure_delete(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = connect(*args, **kwargs)
        connection.execute("PRAGMA secure_delete=OFF")  # as SQLite is built by default
        return connection

    monkeypatch.setattr(sqlite3.dbapi2, "connect", connect_without_secure_delete)
    chat = Chat(build_engine(Settings(DATABASE_URL=database_url), content=content))
    chat.say("intake")
    answer_until(chat, dict(MEDICARE_ANSWERS, manufacturer="Quillfeather Mobility"), "quantity")
    assert b"Quillfeather" in files_of(database_url)
    later = dt.datetime.now() + dt.timedelta(days=2)
    assert chat.engine.store.purge(1, now=later) == 1  # type: ignore[attr-defined]
    assert b"Quillfeather" not in files_of(database_url)  # secure_delete zeroed the row


def database_files(url: str) -> bytes:
    """Every byte of the database's files: SQLite's file and logs, or, on PostgreSQL, each
    relation file (tables, TOAST, indexes) after a CHECKPOINT has written everything to disk."""
    if url.startswith("sqlite"):
        return files_of(url)
    import psycopg

    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as connection:
        connection.execute("CHECKPOINT")
        (data,) = connection.execute("SHOW data_directory").fetchone()  # type: ignore[misc]
        (oid,) = connection.execute(
            "SELECT oid FROM pg_database WHERE datname = current_database()"
        ).fetchone()  # type: ignore[misc]
    folder = Path(data) / "base" / str(oid)
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


@pytest.mark.parametrize("how", ["cancel", "purge"])
def test_a_cancelled_or_purged_intake_and_its_slack_payloads_are_gone_from_either_database(
    url: str, content: Content, how: str
) -> None:
    marker = f"Quill{uuid.uuid4().hex[:12]}"
    engine = build_engine(Settings(DATABASE_URL=url), today=lambda: TODAY, content=content)
    sql = engine.store.engine  # type: ignore[attr-defined]
    if sql.dialect.name == "postgresql":  # long values are compressed: keep them searchable
        with sql.begin() as connection:
            connection.exec_driver_sql(
                "ALTER TABLE conversations ALTER COLUMN data SET STORAGE EXTERNAL"
            )
    inbox = Inbox(sql, lease_seconds=30)
    key, event = f"test:{uuid.uuid4()}", f"event:{uuid.uuid4()}"
    # The Slack path: each message is in the inbox until its job is done, then dropped.
    assert inbox.record(event, "direct_message", key, "1.0",
                        {"event": {"text": f"{marker} Mobility"}})  # fmt: skip
    claimed = [inbox.claim() for _ in range(5)]  # other tests' jobs may be older than ours
    job = next(job for job in claimed if job is not None and job.delivery_key == event)
    inbox.finish(job)
    chat = Chat(engine, key=key)
    chat.say("intake")
    answer_until(chat, dict(MEDICARE_ANSWERS, manufacturer=f"{marker} Mobility"), "quantity")
    assert marker.encode() in database_files(url)  # kept while the intake is open
    if how == "cancel":
        chat.say("cancel")
        chat.say("yes")
        assert "its answers and the questions you asked during it are deleted" in chat.text
    else:
        later = dt.datetime.now() + dt.timedelta(days=400)
        assert engine.store.purge(30, now=later) >= 1  # type: ignore[attr-defined]
        assert engine.store.load(key) is None
    assert marker.encode() not in database_files(url)


def slack_payloads(text: str) -> list[dict[str, Any]]:
    """`text` in every place of a Slack payload a person can type or forge."""
    event = {
        "type": "message",
        "channel_type": "im",
        "channel": "D1",
        "user": "U1",
        "text": text,
        "ts": "1.1",
        "blocks": [{"type": "rich_text", "text": text}],
    }
    shared = {
        **event,
        "text": "see file",
        "blocks": [],
        "subtype": "file_share",
        "files": [{"id": "F1", "name": text.replace(" ", "_") + ".pdf", "title": text}],
    }
    button = {
        "type": "button",
        "action_id": "e1399-choice-0",
        "block_id": "e1399|k|q",
        "value": text,
        "text": {"type": "plain_text", "text": text},
    }
    menu = {
        "type": "static_select",
        "action_id": "e1399-select",
        "block_id": "e1399|k|q",
        "selected_option": {"value": text, "text": {"type": "plain_text", "text": text}},
    }
    form = {"b1": {"a1": {"type": "plain_text_input", "value": text}}}
    return [
        {"team_id": "T1", "event_id": "Ev1", "event": event},
        {"team_id": "T1", "event_id": "Ev2", "event": {**event, "type": "app_mention"}},
        {"team_id": "T1", "event_id": "Ev3", "event": shared},
        {"command": "/e1399", "text": f"codes {text}", "user_id": "U1", "channel_id": "C1"},
        {"command": "/e1399", "text": f"ask {text}", "user_id": "U1", "channel_id": "C1"},
        {"type": "block_actions", "actions": [button], "message": {"ts": "1.1"}},
        {"type": "block_actions", "actions": [menu], "message": {"ts": "1.1"}},
        {"type": "view_submission", "view": {"id": "V1", "state": {"values": form}}},
        {"type": "message_action", "message": {"text": text, "ts": "1.1"}},
    ]


ALL_IDENTIFIERS = [
    case["text"]
    for name in ("dev", "holdout", "forms")
    for case in read_yaml(CORPUS / f"{name}.yaml")["identifiers"]
]


@pytest.mark.slow  # every identifier of the corpus on every Slack payload shape
def test_the_inbox_copy_of_a_slack_payload_never_holds_an_identifier(bot_words: str) -> None:
    """What a listener writes to the inbox before Slack's acknowledgement (payloads.without_phi)
    holds no identifier the guard catches, wherever in the payload it was typed."""
    caught = [text for text in ALL_IDENTIFIERS if scan(text)]
    for text in caught:
        inbox = {}
        for number, body in enumerate(slack_payloads(text)):
            stored = payloads.without_phi(body)
            assert stored[payloads.PHI_MARK], (text, body)
            inbox[f"the inbox copy of payload {number}"] = json.dumps(stored, ensure_ascii=False)
        assert_nowhere([text], inbox, bot_words)
