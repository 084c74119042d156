"""The code book as one claim's outcome reads it: the search of the item's words runs once.

Every rule that reads the search (the likely code, the keyed code's rival, the feature siblings,
the family reading) wants the same list of the same words, only more or fewer of its codes; and
the code rules can read the facts twice. So the search runs once, as long as any rule reads it,
and each rule takes its first codes; the likely code and the NOC advice are kept the same way.
They are kept across claims too (`Searches`, one per code book): an edit in the chat, or the
same item under another payer or on another day, assesses the same words again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from flows.codes import Candidate, CodeBook
from flows.models import ItemCategory
from flows.noc_file import NocAdvice
from flows.outcome.family_reading import TIED_SHOWN as SHOWN  # the longest list a rule reads

KEPT = 512  # the newest item texts' searches (a few kilobytes each)
Found = TypeVar("Found")


class Searches:
    """What the search read in the item texts assessed lately, for one code book (a content
    load reads its own: a new code table is never answered from an older one's searches)."""

    def __init__(self) -> None:
        self._found: dict[Hashable, Any] = {}
        self._lock = threading.Lock()  # Slack workers assess claims at once

    def __reduce__(self) -> tuple[type[Searches], tuple[()]]:
        return Searches, ()  # the kept content starts with none (a lock does not pickle)

    def read(self, key: Hashable, search: Callable[[], Found]) -> Found:
        with self._lock:
            if key in self._found:
                return self._found[key]
        found = search()
        with self._lock:
            if len(self._found) >= KEPT:
                del self._found[next(iter(self._found))]
            self._found[key] = found
        return found


class ClaimCodes(CodeBook):
    """A CodeBook sharing the start-up index, reading the searches kept for its items."""

    def __init__(self, codes: CodeBook, kept: Searches) -> None:  # noqa: D107 (no new index)
        self.__dict__.update(codes.__dict__)
        self._kept = kept

    def search(self, description: str, limit: int = 5) -> list[Candidate]:
        """The codes the search shows for the item, run once per description."""
        if limit > SHOWN:
            return super().search(description, limit)
        shown = self._kept.read(
            ("search", description), lambda: super(ClaimCodes, self).search(description, SHOWN)
        )
        return shown[:limit]

    def likely_specific(self, description: str) -> Candidate | None:
        """The code the item very probably has (CodeBook.likely_specific), read once."""
        return self._kept.read(
            ("likely", description), lambda: super(ClaimCodes, self).likely_specific(description)
        )

    def noc_for(
        self, description: str, category: ItemCategory | None = None, noc_only: bool = False
    ) -> NocAdvice:
        """The NOC code for the item (CodeBook.noc_for), read once."""
        return self._kept.read(
            ("noc", description, category, noc_only),
            lambda: super(ClaimCodes, self).noc_for(description, category, noc_only),
        )
