"""A Guam address and a mainframe record's run-together values, planted on the paths users take
(ask, the chat), are refused there and never echoed or stored."""

from __future__ import annotations

import json

import pytest

from flows.engine import Engine
from tests.bot.conftest import Cli
from tests.bot.test_phi_paths import files_of
from tests.conftest import MEDICARE_ANSWERS, Chat, answer_until

ADDRESS = "412 Chalan Hagu, Mangilao, GU 96913"


def test_ask_refuses_an_island_address_and_keeps_none_of_it(
    cli: Cli, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    asked = cli("ask", f"can we bill air freight for the bed going to {ADDRESS}?", "--json")
    result = json.loads(asked.stdout)
    assert "address" in result["phi_detected"] and not result["answered"]
    assert "Chalan Hagu" not in asked.stdout + asked.stderr
    assert b"Chalan Hagu" not in files_of(database_url)


def test_the_chat_refuses_a_mainframe_record_and_stores_none_of_it(
    engine: Engine, database_url: str
) -> None:
    chat = Chat(engine, key="test:mainframe-record")
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="item_description")
    reply = chat.say("QUITUGUA          ROSALIA     19440917538210466\nbariatric bed")[0]
    assert reply.kind == "warning" and reply.private and "QUITUGUA" not in reply.text
    assert chat.answers["item_description"] is None
    files = files_of(database_url)
    assert b"test:mainframe-record" in files and b"QUITUGUA" not in files


@pytest.mark.parametrize(
    ("question", "kept_out"),
    [
        ("MENDIOLA            CARMEN      19410605  E0260  0007788 denied why?", "MENDIOLA"),
        ("0311 MENDIOLA   CARMEN    F 06051941 GU96910 E0260", "MENDIOLA"),
        ("pt lives on Chalan Lihong in Sinajana, narrative for the lift?", "Lihong"),
        ("delivered the bed to pt at Lot 7781, Talofofo - how long to appeal?", "7781"),
    ],
)
def test_ask_refuses_a_record_row_or_a_streetless_island_address_and_keeps_none(
    cli: Cli, database_url: str, monkeypatch: pytest.MonkeyPatch, question: str, kept_out: str
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    asked = cli("ask", question, "--json")
    result = json.loads(asked.stdout)
    assert result["phi_detected"] and not result["answered"]
    assert kept_out not in asked.stdout + asked.stderr
    assert kept_out.encode() not in files_of(database_url)
