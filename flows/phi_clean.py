"""Texts the PHI guard found nothing in, remembered in the process: a claim file's fields, button
values and everyday answers ("have", "Acme", "none") come back again and again, and a scan costs
about a millisecond. Only texts with no identifier are kept (never one the guard refused), and
only under the rules they were read with."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flows.phi_rules import rules as active_rules

KEPT, LONGEST = 4096, 1000  # the newest texts, each of at most this many characters
_kept: dict[str, tuple[Any, set[str], Any]] = {}  # the rules, the texts, the empty finding

Finding = TypeVar("Finding")


def remember_clean(scan: Callable[[str], Finding]) -> Callable[[str], Finding]:
    """`scan`, answering a text it found nothing in before from memory."""

    @wraps(scan)
    def remembered(text: str) -> Finding:
        rules = active_rules()
        kept = _kept.get("texts")  # read once: Slack workers scan at once
        if kept and kept[0] is rules and text in kept[1]:
            return kept[2]
        found = scan(text)
        if not found and len(text) <= LONGEST:
            if not kept or kept[0] is not rules or len(kept[1]) >= KEPT:
                kept = _kept["texts"] = (rules, set(), found)
            kept[1].add(text)
        return found

    return remembered
