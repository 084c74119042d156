"""Who told the asker the rule they are checking, who is asking, or who or what the answer is for
(rules/knowledge.yaml `asides`): "my supervisor says always staple the invoice. is that a DME MAC
rule?" names the team's people, and "explain KX in one sentence for my manager" the reader of
the answer, while the question is the billing rule beside them."""

from __future__ import annotations

import re

from pydantic import BaseModel

from flows.text import phrase_alternatives as _words
from flows.text import plain_words


class AsideRules(BaseModel):
    """`asides` in rules/knowledge.yaml: one of `speakers`, then within a few words one of
    `reports` ("my manager's cheat sheet from 2020 says", "billing manager here"); or "for" or
    "from", a few words, then one of `audiences` ending a sentence ("for my manager.", "for a
    spreadsheet column", "quiz for my team: ...")."""

    speakers: list[str] = []
    reports: list[str] = []
    audiences: list[str] = []


class Asides:
    """A question's words without who told the asker the rule, who is asking, or whom the answer
    is for."""

    def __init__(self, rules: AsideRules) -> None:
        self._told = (
            re.compile(rf"\b{_words(rules.speakers)}(?:\s+\S+){{0,5}}?\s+{_words(rules.reports)}\b")
            if rules.speakers and rules.reports
            else None
        )
        # up to two words between "for my" and the reader ("for our ops manager", "for my
        # team's SOP"), which ends the sentence or the message
        self._for = (
            re.compile(
                r"\b(?:for|from)\s+(?:(?:my|our|the|a|an|this|that|us)\s+)?"
                rf"(?:[\w'’-]+\s+){{0,2}}?{_words(rules.audiences)}(?:s|['’]s)?"
                r"(?=\s*(?:[.,:;!?)\]\"']|$))"
            )
            if rules.audiences
            else None
        )

    def __call__(self, text: str) -> str:
        """`text`: the question's lower-case words joined by spaces."""
        return self._told.sub(" ", text) if self._told else text

    def without_reader(self, question: str) -> str:
        """The question's lower-case words joined by spaces, leaving out whom or what the answer
        is for ("for my manager", "for a spreadsheet column")."""
        if not self._for:
            return plain_words(question)
        return plain_words(self._for.sub(" ", question.lower()))
