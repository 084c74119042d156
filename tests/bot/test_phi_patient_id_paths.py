"""A patient's number typed with a wrong letter, a record number after "patient #" and a
patient's handle ("pt j.smith"), planted on each path (ask, codes, a claim file, the chat), are
refused there and never echoed, printed or stored."""

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

# (what is typed, the part that must never be kept, the kind the warning names)
SHAPES = [
    ("bariatric rollator w seat for pt 6WB3-QL7-HZ52", "6WB3-QL7-HZ52", "mbi"),
    ("rollator for patient #Q58206", "Q58206", "mrn"),
    ("rollator for pt t.vandermolen", "t.vandermolen", "name"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), SHAPES)
def test_ask_refuses_a_patient_id_and_keeps_no_unanswered_question(
    cli: Cli, database_url: str, monkeypatch: pytest.MonkeyPatch, text: str, secret: str, kind: str
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    asked = cli("ask", text, "--json")
    result = json.loads(asked.stdout)
    assert kind in result["phi_detected"] and not result["answered"]
    assert secret not in asked.stdout + asked.stderr
    assert secret.encode() not in files_of(database_url)


@pytest.mark.parametrize(("text", "secret", "kind"), SHAPES)
def test_codes_refuses_a_patient_id_without_echoing_it(
    cli: Cli, text: str, secret: str, kind: str
) -> None:
    coded = cli("codes", text, "--json")
    assert coded.returncode == 1 and "internal reference" in coded.stderr
    assert secret not in coded.stdout + coded.stderr


@pytest.mark.parametrize(("text", "secret", "kind"), SHAPES)
def test_a_claim_description_with_a_patient_id_is_warned_of_and_not_printed(
    content: Content, text: str, secret: str, kind: str
) -> None:
    claims = Path(__file__).resolve().parents[1] / "fixtures" / "claims"
    base = json.loads((claims / "commercial_denied.json").read_text())
    claim = Claim.model_validate(planted_claim(base, {"description": text}))
    assessment, outcome = content.outcome.assess(claim, TODAY)
    summary = outcome.model_dump(mode="json")
    assert any(
        w.startswith("The description ") and "patient identifiers" in w for w in summary["warnings"]
    )
    printed = json.dumps(summary) + content.outcome.markdown_of(assessment, outcome)
    assert secret not in printed


@pytest.mark.parametrize(("text", "secret", "kind"), SHAPES)
def test_the_chat_intake_refuses_a_patient_id_in_the_item_and_stores_none_of_it(
    engine: Engine, database_url: str, text: str, secret: str, kind: str
) -> None:
    chat = Chat(engine, key=f"test:patient-id-{kind}")
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="item_description")
    reply = chat.say(text)[0]
    assert reply.kind == "warning" and reply.private and secret not in reply.text
    assert chat.answers["item_description"] is None
    files = files_of(database_url)
    assert f"test:patient-id-{kind}".encode() in files and secret.encode() not in files
