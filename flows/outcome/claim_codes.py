"""The code book as one claim's outcome reads it: the search of the item's words runs once.

Every rule that reads the search (the likely code, the keyed code's rival, the feature siblings,
the family reading) wants the same list of the same words, only more or fewer of its codes; and
the code rules can read the facts twice. So the search runs once, as long as any rule reads it,
and each rule takes its first codes; the likely code and the NOC advice are kept the same way.
"""

from __future__ import annotations

from flows.codes import Candidate, CodeBook
from flows.models import ItemCategory
from flows.noc_file import NocAdvice
from flows.outcome.family_reading import TIED_SHOWN as SHOWN  # the longest list a rule reads


class ClaimCodes(CodeBook):
    """A CodeBook sharing the start-up index, remembering the searches of one claim."""

    def __init__(self, codes: CodeBook) -> None:  # noqa: D107 (no index is built again)
        self.__dict__.update(codes.__dict__)
        self._searched: dict[str, list[Candidate]] = {}
        self._likely: dict[str, Candidate | None] = {}
        self._noc: dict[tuple[str, ItemCategory | None], NocAdvice] = {}

    def search(self, description: str, limit: int = 5) -> list[Candidate]:
        """The codes the search shows for the item, run once per description."""
        if limit > SHOWN:
            return super().search(description, limit)
        if description not in self._searched:
            self._searched[description] = super().search(description, SHOWN)
        return self._searched[description][:limit]

    def likely_specific(self, description: str) -> Candidate | None:
        """The code the item very probably has (CodeBook.likely_specific), read once."""
        if description not in self._likely:
            self._likely[description] = super().likely_specific(description)
        return self._likely[description]

    def noc_for(self, description: str, category: ItemCategory | None = None) -> NocAdvice:
        """The NOC code for the item (CodeBook.noc_for), read once."""
        key = (description, category)
        if key not in self._noc:
            self._noc[key] = super().noc_for(description, category)
        return self._noc[key]
