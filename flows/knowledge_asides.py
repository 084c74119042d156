"""Who told the asker the rule they are checking, or who is asking (rules/knowledge.yaml
`asides`): "my supervisor says always staple the invoice. is that a DME MAC rule?" names the
team's people, while the question is the billing rule after them."""

from __future__ import annotations

import re

from pydantic import BaseModel


class AsideRules(BaseModel):
    """`asides` in rules/knowledge.yaml: one of `speakers`, then within a few words one of
    `reports` ("my manager's cheat sheet from 2020 says", "billing manager here")."""

    speakers: list[str] = []
    reports: list[str] = []


def _words(phrases: list[str]) -> str:
    """One group matching any of the phrases, words joined by any spacing."""
    return "(?:" + "|".join(r"\s+".join(re.findall(r"[a-z0-9]+", p.lower())) for p in phrases) + ")"


class Asides:
    """A question's words without who told the asker the rule or who is asking."""

    def __init__(self, rules: AsideRules) -> None:
        self._told = (
            re.compile(rf"\b{_words(rules.speakers)}(?:\s+\S+){{0,5}}?\s+{_words(rules.reports)}\b")
            if rules.speakers and rules.reports
            else None
        )

    def __call__(self, text: str) -> str:
        """`text`: the question's lower-case words joined by spaces."""
        return self._told.sub(" ", text) if self._told else text
