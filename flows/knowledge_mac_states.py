"""A state named with a question asking for its DME MAC ("bene's permanent home is Sandusky Ohio,
which contractor gets it", "we're in Tennessee but ship to a pt in Nebraska. send to CGS like
usual?"). Each rule is content (content/rules/knowledge.yaml `mac_state_asks`): the question
says one of its `asks` and none of its `unless` words, names states, and Original Medicare or no
payer; the entry answering is the jurisdiction whose tags name every state named, or `several`
(the four jurisdictions listed) when they span more than one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from pydantic import BaseModel, Field

from flows.knowledge_entries import Entry
from flows.knowledge_payers import ORIGINAL_MEDICARE
from flows.text import phrase_pattern, plain_words


class MacStateAsks(BaseModel):
    """Words asking which contractor takes a claim, and the entries that answer by state."""

    asks: list[str] = Field(min_length=1)
    unless: list[str] = []  # another topic asked about the contractor (forwarding, its portal)
    entries: list[str] = Field(min_length=1)  # one per jurisdiction, tagged with its states
    several: str  # the entry listing every jurisdiction's states
    source: str
    last_reviewed: dt.date


class MacStatePicks:
    """The rule over the index's entries, read once."""

    def __init__(
        self, rule: MacStateAsks | None, entries: Sequence[Entry], state_names: Mapping[str, str]
    ) -> None:
        self._asks = phrase_pattern(rule.asks) if rule else None
        self._unless = phrase_pattern(rule.unless) if rule else None
        self._several = rule.several if rule else ""
        names = set(state_names.values())
        self._states = phrase_pattern(sorted(names))
        self._state_names = state_names
        wanted = set(rule.entries) if rule else set()
        self._tagged = {
            e.id: {t.lower() for t in e.tags} & names for e in entries if e.id in wanted
        }

    def pick(
        self, corrected: str, payer: str | None, context: Mapping[str, str | None] | None
    ) -> str | None:
        """The entry answering which DME MAC takes the named states' claims, or None when the
        question asks no such thing. `corrected`: the question as the ranking reads it (a town
        typed with its state's postal code reads as the state's name)."""
        plain = plain_words(corrected)
        if not (self._asks and self._states and self._asks.search(plain)):
            return None
        if payer not in (None, ORIGINAL_MEDICARE) or (self._unless and self._unless.search(plain)):
            return None
        states = set(self._states.findall(plain))
        claim_state = self._state_names.get(((context or {}).get("state") or "").upper())
        if claim_state:
            states.add(claim_state)
        if not states:
            return None
        holding = [entry_id for entry_id, tagged in self._tagged.items() if states & tagged]
        if len(holding) == 1 and states <= self._tagged[holding[0]]:
            return holding[0]
        return self._several if len(holding) > 1 else None
