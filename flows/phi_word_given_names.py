"""A census given name that is also an English word ("Bill", "Mark", "Pat") beside a census
surname, for the PHI guard's name checks (flows/phi_names.py, flows/phi_last_first.py): a name
only when the case follows it."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word, case_of

_HCPCS = re.compile(r"[A-Va-v]\d{4}")
_WORDS_AFTER = re.compile(r"(?:'s)? ([\w-]+)(?: ([\w-]+))?")


def word_given_name(rules: NameRules, first: str, last: str, text: str, end: int) -> bool:
    """A census given name that is also a word ("Bill", "Mark", "Pat") with a census surname
    that is none of the bot's words, when the case follows: an item or a HCPCS code in the next
    two words, or a person's verb next ("Johnson, Bill needs a bed", "Smith, Art E0260", "Don
    Miller's CPAP", "Bill Fisher needs a walker")."""
    bare_first, bare_last = bare_word(first), bare_word(last)
    if case_of(first) != case_of(last) or case_of(first) not in ("title", "upper"):
        return False
    if bare_first not in rules.every_first_name or bare_last not in rules.surnames:
        return False
    if bare_first not in rules.english and bare_first not in rules.ordinary:
        return False  # other given names have their own lists; not "at Beverly Manor needs"
    if bare_last in rules.ordinary or bare_last in rules.businesses:
        return False
    after = _WORDS_AFTER.match(text, end)
    if after is None:
        return False
    words = [word for word in after.groups() if word]
    if words[0].lower() in rules.surname_alone_verbs:
        return True
    return any(_HCPCS.fullmatch(word) or word.lower() in rules.item_nouns for word in words)
