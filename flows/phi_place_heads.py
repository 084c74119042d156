"""A capitalised pair read as a place's name rather than a person's, for the name checks
(flows/phi_names.py): a bay, an island or a shore by its head word ("the Coral Bay route", "the
Sunny Isle store", "the Gallows Bay side": content's `place_heads` after "the" and before a place's
word, `street_place_after`; "the Maria Bay file" or "Sunny Isle called" stay names), and an
institution named for a person after a job there ("the hospital social worker at Juan F. Luis":
content's `institution_words` a few words before "at"; not "... at Ana Ruiz's")."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word

_THE_BEFORE = re.compile(r"\bthe $", re.IGNORECASE)
_AT_BEFORE = re.compile(r"([\w' -]{0,40}) at (?:[A-Z][\w.-]* )?$")
_PERSON_WORDS = re.compile(r"\b(?:pt|(?i:patients?|member|beneficiary|her|his|their))\b")


def named_place(rules: NameRules, text: str, tokens: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether tokens `i` to `j` (a capitalised pair, or three words with an initial) name a
    place: a bay or an island by its head word, or an institution after a job's "at"."""
    start, end = tokens[i].start(), tokens[j].end()
    at = _AT_BEFORE.search(text, max(0, start - 45), start)
    if at and "'s" not in text[end - 2 : end + 2].lower():
        words = re.findall(r"[a-z]+", at.group(1).lower())
        said = set(words) | {f"{one} {two}" for one, two in zip(words, words[1:], strict=False)}
        if said & rules.institution_words and not _PERSON_WORDS.search(at.group(1)):
            return True
    if bare_word(tokens[j].group()) not in rules.place_heads or j + 1 >= len(tokens):
        return False
    if not _THE_BEFORE.search(text, max(0, start - 4), start):
        return False
    after = tokens[j + 1]
    return text[end : after.start()] == " " and bare_word(after.group()) in rules.street_place_after
