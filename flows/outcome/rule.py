"""What every rule in content/rules/ has: a name, when it applies, where it comes from."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

from flows.conditions import Conditions, holds


class Rule(BaseModel):
    """What every rule has: a name, when it applies, and where it comes from."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    when: Conditions = Field(default_factory=dict)
    when_any: list[Conditions] = Field(default_factory=list)
    unless: Conditions | None = None
    unless_any: list[Conditions] = Field(default_factory=list)  # none of them may hold
    source: HttpUrl
    last_reviewed: dt.date
    note: str | None = None  # for reviewers; never shown to billers

    def applies(self, facts: dict[str, object]) -> bool:
        return (
            holds(self.when, facts)
            and (not self.when_any or any(holds(c, facts) for c in self.when_any))
            and not (self.unless is not None and holds(self.unless, facts))
            and not any(holds(c, facts) for c in self.unless_any)
        )


def unique_ids(rules: list[Rule], what: str) -> None:
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise ValueError(f"two {what} rules are called '{rule.id}'")
        seen.add(rule.id)
