"""The store keeps every answer: versioned writes, concurrent turns and processes, a restart."""

from __future__ import annotations

import multiprocessing
import threading

import pytest

from bot.settings import Settings
from bot.store import SqlStore
from bot.wiring import build_engine
from flows.engine import Engine
from flows.models import Turn
from flows.ports import StaleWrite, StoredConversation
from tests.bot.conftest import Cli
from tests.conftest import (
    MEDICARE_ANSWERS,
    TODAY,
    Chat,
    answer_until,
    loaded,
    repository_content,
)


def test_a_stale_write_is_refused_not_silently_applied(database_url: str) -> None:
    store = SqlStore.from_url(database_url)
    first = StoredConversation(key="k", user_id="U1", state="idle", data={"n": 1}, version=0)
    assert store.save(first) == 1
    mine = loaded(store, "k")
    theirs = loaded(store, "k")
    theirs.data = {"n": 2}
    store.save(theirs)
    mine.data = {"n": 3}
    with pytest.raises(StaleWrite):
        store.save(mine)
    assert loaded(store, "k").data == {"n": 2}


def test_a_database_an_earlier_version_made_gets_the_new_tables_columns_and_indexes(
    database_url: str,
) -> None:
    from sqlalchemy import create_engine, inspect, text

    from bot.store import metadata, slack_jobs

    earlier = create_engine(database_url)
    with earlier.begin() as connection:  # no reminded_at column, no team tables
        connection.execute(text(
            "CREATE TABLE conversations (key VARCHAR(200) PRIMARY KEY, user_id VARCHAR(100) NOT "
            "NULL, state VARCHAR(60) NOT NULL, data JSON NOT NULL, version INTEGER NOT NULL, "
            "created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL)"
        ))  # fmt: skip
        slack_jobs.create(connection)
        for index in slack_jobs.indexes:  # an index added since
            connection.execute(text(f"DROP INDEX {index.name}"))
    earlier.dispose()
    store = SqlStore.from_url(database_url)
    found = inspect(store.engine)
    assert set(found.get_table_names()) == set(metadata.tables)
    assert "reminded_at" in {column["name"] for column in found.get_columns("conversations")}
    indexes = {index["name"] for index in found.get_indexes("slack_jobs")}
    assert {str(index.name) for index in slack_jobs.indexes} <= indexes
    store.save(StoredConversation(key="k", user_id="U1", state="idle", data={}, version=0))
    assert loaded(store, "k").user_id == "U1"


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
    assert (replies[0].payload or {})["open_intakes"] == ["slack:C1:222.2", "slack:C1:111.1"]


def test_the_next_chat_resumes_the_intake_at_the_same_step(
    cli: Cli, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("USER", "biller")
    first = cli("chat", stdin="intake\n1\nOH\nquit\n")
    assert first.returncode == 0 and "Describe the item" in first.stdout
    second = cli("chat", stdin="wheelchair tray\nquit\n").stdout
    assert second.index("Describe the item") < second.index("None of these fit")


def _typist(database_url: str, key: str, count: int, results: object) -> None:
    settings = Settings(DATABASE_URL=database_url)  # its own connection to the database
    engine = build_engine(settings, today=lambda: TODAY, content=repository_content())
    busy = 0
    for _ in range(count):
        replies = engine.handle(Turn(conversation_key=key, user_id="U1", text="lots"))
        busy += any("crossed" in r.text for r in replies)
    results.put(busy)  # type: ignore[attr-defined]


@pytest.mark.slow  # two more processes
def test_two_processes_typing_at_once_lose_no_update(database_url: str, engine: Engine) -> None:
    """Each invalid answer is one versioned write (the retry counter); none may be lost."""
    chat = Chat(engine, key="shared", user="U1")
    chat.say("intake")
    answer_until(chat, MEDICARE_ANSWERS, stop_at="quantity")
    # Forked where the system can, the two processes start with the modules and the content
    # this one has loaded (spawned, each imports and loads them again: 2 s of CPU each).
    forks = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if forks else multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_typist, args=(database_url, "shared", 25, results))
               for _ in range(2)]  # fmt: skip
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    busy = results.get(timeout=5) + results.get(timeout=5)
    stored = loaded(engine.store, "shared")
    assert stored.data["progress"]["failed_tries"] + busy == 50
