"""Questions the knowledge base declines before ranking: bare numbers, a lone word heading many
topics, the team's people and processes, and billing outside DMEPOS (rules/knowledge.yaml)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from flows.text import is_code, phrase_pattern


class OffTopic:
    """The `team_people_words`, `internal_phrases` and `other_domains` of the ranking rules."""

    def __init__(
        self,
        team_people_words: list[str],
        internal_phrases: list[str],
        other_domains: list[str],
        headed: Counter[str],
        known_codes: Collection[str],
        acronyms: Collection[str],
    ) -> None:
        self._team_people = phrase_pattern(team_people_words, plurals=True)
        self._internal = phrase_pattern(internal_phrases, plurals=True)
        self._other_domain = phrase_pattern(other_domains, plurals=True)
        self._headed, self._acronyms = headed, acronyms
        self._known_codes = frozenset(known_codes)  # a plain set: the content is kept pickled

    def __call__(self, question: str, tokens: list[str]) -> bool:
        """Made only of numbers ("1"), or one word that heads many topics ("modifier"); a "who"
        question about the team's people; or about the team's processes or billing outside
        DMEPOS (therapy, office visits, ICD-10) unless it names a HCPCS or remittance code the
        knowledge base knows ("CO-29, can we bill the deductible"). A modifier does not count:
        KX and GY are used in therapy and office billing too."""
        if not any(not t.isdigit() for t in tokens):
            return True
        words = re.findall(r"[a-z0-9]+", question.lower())
        # "modifier" or "denial" alone could be any of a dozen topics.
        if len(words) == 1 and len(tokens) == 1 and self._headed[tokens[0]] > 2:
            return not (is_code(tokens[0]) or tokens[0] in self._acronyms)
        text = " ".join(words)
        if self._team_people and re.match(r"who\b|whos\b", text) and self._team_people.search(text):
            return True
        if any(is_code(t) and len(t) > 2 and t in self._known_codes for t in tokens):
            return False
        return any(p is not None and p.search(text) for p in (self._internal, self._other_domain))
