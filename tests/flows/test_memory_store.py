"""The in-memory store keeps the promises the engine relies on from the SQL store."""

from __future__ import annotations

import pytest

from flows.memory_store import MemoryStore
from flows.ports import StaleWrite, StoredConversation
from tests.conftest import loaded


def conversation(key: str = "k", state: str = "idle", user: str = "U1") -> StoredConversation:
    return StoredConversation(key=key, user_id=user, state=state, data={"n": 1}, version=0)


def test_a_stale_save_is_refused_and_the_newer_one_kept() -> None:
    store = MemoryStore()
    store.save(conversation())
    mine, theirs = loaded(store, "k"), loaded(store, "k")
    theirs.data = {"n": 2}
    assert store.save(theirs) == 2
    mine.data = {"n": 3}
    with pytest.raises(StaleWrite):
        store.save(mine)
    with pytest.raises(StaleWrite):
        store.save(conversation())  # a second "new" conversation under the same key
    assert loaded(store, "k").data == {"n": 2}


def test_loaded_data_is_a_copy_not_the_stored_one() -> None:
    store = MemoryStore()
    store.save(conversation())
    loaded(store, "k").data["n"] = 99
    assert loaded(store, "k").data == {"n": 1}


def test_open_intakes_are_the_users_unfinished_ones_newest_first() -> None:
    store = MemoryStore()
    for key, state, user in [("a", "asking_quantity", "U1"), ("b", "done", "U1"),
                             ("c", "reviewing", "U1"), ("d", "reviewing", "U2")]:  # fmt: skip
        store.save(conversation(key, state, user))
    assert [c.key for c in store.open_intakes("U1")] == ["c", "a"]
