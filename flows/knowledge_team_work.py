"""Two more shapes of a message asking for the team's own work, not a billing rule: the bot asked
to go into a system ("can you hop on the portal and resubmit it"), and what a named colleague
made or saved ("Luis made a template for PA requests, where is it")."""

from __future__ import annotations

import re
from collections.abc import Collection

from pydantic import BaseModel

from flows.text import phrase_alternatives as _alternatives


class TeamWorkRules(BaseModel):
    """`team_work` in rules/knowledge.yaml."""

    # How a biller asks the bot to get into a system (`enters`, then within a few words one of
    # `systems`), at the start of the message or after an opener ("can you", "please"): the bot
    # has no log-in anywhere. "how do I get into the portal" asks how and stays a question.
    openers: list[str] = []
    enters: list[str] = []
    systems: list[str] = []
    # A capitalised name no entry uses, opening the message or after "did|has|where did", then
    # one of `made` ("Jess saved a new narrative template", "which template did Marcus make"):
    # the team's own files and choices. `not_names` are capitalised words that name nobody.
    made: list[str] = []
    not_names: list[str] = []


class TeamWork:
    """Whether a message asks the bot into the team's systems or about a colleague's files."""

    def __init__(self, rules: TeamWorkRules) -> None:
        self._enter = (
            re.compile(
                rf"(?:^|\b{_alternatives(rules.openers)}\s+(?:(?:just|please|quickly)\s+)?)"
                rf"{_alternatives(rules.enters)}\s+(?:\S+\s+){{0,3}}?{_alternatives(rules.systems)}\b"
            )
            if rules.openers and rules.enters and rules.systems
            else None
        )
        self._made = (
            re.compile(
                r"(?:^|\b(?:[Dd]id|[Hh]as|[Hh]ave|[Ww]hat|[Ww]here|[Ww]hich\s+\w+\s+did)\s+)"
                rf"([A-Z][a-z]+)\s+(?:just\s+|already\s+)?(?i:{_alternatives(rules.made)})\b"
            )
            if rules.made
            else None
        )
        self._not_names = frozenset(word.lower() for word in rules.not_names)

    def enters_system(self, text: str) -> bool:
        """`text`: the message's lower-case words joined by spaces."""
        return bool(self._enter and self._enter.search(text))

    def colleague_made(self, question: str, *known: Collection[str]) -> bool:
        """A colleague's name (a capitalised word in none of `known`: the entries' words, the
        states') then what they made or saved."""
        if not self._made:
            return False
        for found in self._made.finditer(question):
            name = found.group(1).lower()
            stems = [name, name[:-1], name[:-2]]
            if name not in self._not_names and not any(s in k for s in stems for k in known):
                return True
        return False
