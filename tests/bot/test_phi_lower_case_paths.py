"""A patient's full name typed all in lower case, planted on each path (ask, codes, a claim
file, the chat), is refused there and never echoed, printed or stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.all_content import Content
from flows.engine import Engine
from flows.models import Claim
from tests.bot.conftest import Cli
from tests.bot.test_phi_paths import files_of, planted_claim
from tests.conftest import MEDICARE_ANSWERS, TODAY, Chat, answer_until

NAME = "svetlana kuznetsova"
ASKED = f"does {NAME} need an abn for her lift chair"


def test_ask_refuses_a_lower_case_name_and_keeps_no_unanswered_question(
    cli: Cli, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    asked = cli("ask", ASKED, "--json")
    result = json.loads(asked.stdout)
    assert result["phi_detected"] == ["name"] and not result["answered"]
    assert NAME not in asked.stdout + asked.stderr
    assert b"kuznetsova" not in files_of(database_url)  # not in the team's unanswered questions


def test_codes_refuses_a_lower_case_name_without_echoing_it(cli: Cli) -> None:
    coded = cli("codes", f"knee scooter for {NAME} this week", "--json")
    assert coded.returncode == 1 and "internal reference" in coded.stderr
    assert "kuznetsova" not in coded.stdout + coded.stderr


def test_a_claim_description_with_a_lower_case_name_is_warned_of_and_not_printed(
    content: Content,
) -> None:
    claims = Path(__file__).resolve().parents[1] / "fixtures" / "claims"
    base = json.loads((claims / "commercial_denied.json").read_text())
    claim = Claim.model_validate(
        planted_claim(base, {"description": f"actuator motor for {NAME} on her lift chair"})
    )
    assessment, outcome = content.outcome.assess(claim, TODAY)
    summary = outcome.model_dump(mode="json")
    assert any(
        w.startswith("The description ") and "patient identifiers" in w for w in summary["warnings"]
    )
    printed = json.dumps(summary) + content.outcome.markdown_of(assessment, outcome)
    assert "kuznetsova" not in printed


def test_the_chat_refuses_a_lower_case_name_and_stores_none_of_it(
    engine: Engine, database_url: str
) -> None:
    chat = Chat(engine, key="test:lower-name")
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="item_description")
    reply = chat.say(f"lift chair for {NAME} next week")[0]
    assert reply.kind == "warning" and reply.private and NAME not in reply.text
    assert chat.answers["item_description"] is None
    files = files_of(database_url)
    assert b"test:lower-name" in files and b"kuznetsova" not in files
