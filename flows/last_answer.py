"""The answer to the last question asked of a reading, kept: ranking asks the same reading of one
question several times."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

Answer = TypeVar("Answer")


class LastAnswer(Generic[Answer]):
    """`get(key, work)`: work's answer, worked out again only when the key changes. The key and its
    answer are read and replaced as one tuple, so threads sharing it never see half of one."""

    def __init__(self) -> None:
        self._last: tuple[Hashable, Answer] | None = None

    def get(self, key: Hashable, work: Callable[[], Answer]) -> Answer:
        last = self._last
        if last is None or last[0] != key:
            last = self._last = (key, work())
        return last[1]
