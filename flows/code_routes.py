"""The NOC routing (flows/noc_routing.py) with each item text routed once: a question's likely-code
check, its code search answer and its "not sure" line each route the same item text, and routing
one reads the text against every NOC family and scope (several milliseconds)."""

from __future__ import annotations

from typing import Any

from flows.models import ItemCategory
from flows.noc_routing import NocRouter

ROUTED = 1024  # item texts whose routing is kept


class RoutedOnce(NocRouter):
    """A NocRouter whose `route` answers a text it has routed from memory (it reads nothing but
    the text and the rules read at start-up, so the answer cannot differ)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A plain dict, so the content still pickles.
        self._routed: dict[tuple[str, ItemCategory | None, bool], tuple[str, str]] = {}

    def route(
        self, description: str, category: ItemCategory | None, noc_only: bool = False
    ) -> tuple[str, str]:
        key = (description, category, noc_only)
        routed = self._routed.get(key)
        if routed is None:
            if len(self._routed) >= ROUTED:
                self._routed.clear()
            routed = self._routed[key] = super().route(description, category, noc_only)
        return routed
