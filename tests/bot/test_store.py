"""The store keeps every answer: versioned writes, concurrent turns, and a process restart."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.store import SqlStore
from bot.wiring import build_engine
from flows.ports import StaleWrite, StoredConversation
from tests.conftest import REPO, TODAY, Chat


def test_a_stale_write_is_refused_not_silently_applied(database_url: str) -> None:
    store = SqlStore.from_url(database_url)
    first = StoredConversation(key="k", user_id="U1", state="idle", data={"n": 1}, version=0)
    assert store.save(first) == 1
    mine = store.load("k")
    theirs = store.load("k")
    theirs.data = {"n": 2}
    store.save(theirs)
    mine.data = {"n": 3}
    with pytest.raises(StaleWrite):
        store.save(mine)
    assert store.load("k").data == {"n": 2}


def test_two_inserts_of_a_new_conversation_do_not_overwrite_each_other(database_url: str) -> None:
    store = SqlStore.from_url(database_url)
    store.save(StoredConversation(key="k", user_id="U1", state="idle", data={}, version=0))
    with pytest.raises(StaleWrite):
        store.save(StoredConversation(key="k", user_id="U2", state="idle", data={}, version=0))


def test_concurrent_answers_from_two_engines_are_all_kept(database_url: str, content) -> None:
    """Two engines over one database (like two processes) answer alternately without loss."""
    engines = [build_engine(Settings(DATABASE_URL=database_url), today=lambda: TODAY,
                            content=content) for _ in range(2)]  # fmt: skip
    Chat(engines[0], key="shared").say("intake")
    errors: list[BaseException] = []

    def typist(engine_index: int, texts: list[str]) -> None:
        chat = Chat(engines[engine_index], key="shared")
        try:
            for text in texts:
                chat.say(text)
        except BaseException as error:  # surfaced by the assertion below
            errors.append(error)

    # Each worker asks questions (digressions) many times; the state must stay consistent.
    workers = [threading.Thread(target=typist, args=(i % 2, ["status"] * 15)) for i in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not errors
    chat = Chat(engines[1], key="shared")
    chat.say("medicare")
    chat.say("OH")
    assert Chat(engines[0], key="shared").answers["beneficiary_state"] == "OH"


def test_several_intakes_per_user_are_listed_by_status(engine) -> None:
    for thread in ("slack:C1:111.1", "slack:C1:222.2"):
        chat = Chat(engine, key=thread)
        chat.say("intake")
        chat.say("medicare")
    Chat(engine, key="other", user="U_OTHER").say("intake")
    replies = Chat(engine, key="dm").say("status")
    assert replies[0].payload["open_intakes"] == ["slack:C1:222.2", "slack:C1:111.1"]


def _run_chat(lines: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat"], input="\n".join(lines) + "\n",
        capture_output=True, text=True, env=env, cwd=REPO, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_new_process_resumes_the_intake_at_the_same_step(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'chat.db'}", "USER": "biller"}
    first = _run_chat(["intake", "1", "OH", "quit"], env)
    assert "Describe the item" in first
    second = _run_chat(["wheelchair tray", "quit"], env)
    assert second.index("Describe the item") < second.index("None of these fit")
