"""A capitalised pair read as a place's name rather than a person's, for the name checks
(flows/phi_names.py): a bay, an island or a shore by its head word ("the Coral Bay route", "the
Sunny Isle store": content's `place_heads` after "the" and before a place's word,
`street_place_after`; "the Maria Bay file" or "Sunny Isle called" stay names), or before a
public place's word ("lands at Antonio B. Won Pat airport")."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word

_THE_BEFORE = re.compile(r"\bthe $", re.IGNORECASE)


def named_place(rules: NameRules, text: str, tokens: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether tokens `i` to `j` (a capitalised pair, or three words with an initial) name a
    place: a bay or an island by its head word."""
    start, end = tokens[i].start(), tokens[j].end()
    if bare_word(tokens[j].group()) not in rules.place_heads or j + 1 >= len(tokens):
        return False
    if not _THE_BEFORE.search(text, max(0, start - 4), start):
        return False
    after = tokens[j + 1]
    return text[end : after.start()] == " " and bare_word(after.group()) in rules.street_place_after


PLACE_BEFORE = frozenset({"the", "at", "to", "into", "from", "near", "by"})


def public_place_after(rules: NameRules, tokens: list[re.Match[str]], k: int) -> bool:
    """A public place's word ("airport") right after a name, or after up to two more capitalised
    words of it ("Won Pat airport", "Won Pat International Airport")."""
    for ahead in tokens[k : k + 3]:
        if bare_word(ahead.group()) in rules.public_places:
            return True
        if not ahead.group()[:1].isupper():
            return False
    return False
