"""The repository's code book as the code-search tests read it: shared so each asks the same way."""

from __future__ import annotations

from tests.conftest import repository_content

BOOK = repository_content().codes


def first_code(item: str) -> str | None:
    """The code the search puts first for an item as a biller types it (None when none)."""
    found = BOOK.search(item, limit=3)
    return found[0].code if found else None
