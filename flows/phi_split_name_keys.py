"""Reads a name a form or a portal splits into keyed parts on lines of their own ("Last:
Thornbury" above "First: Agnes"), for a message that holds another identifier: the two parts
together are the person's name."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word

# A "last" and a "first" key each opening its own line, in either order, with one word after.
_PART = r"[ \t>*_`|-]*(?:{key})(?: ?name)?[ \t*_]*[:=][ \t*_]*([A-Z][^\W\d_'-]*(?:['-][^\W\d_]+)?)"
_LAST = _PART.format(key=r"(?i:last|surname|family)")
_FIRST = _PART.format(key=r"(?i:first|given)")
_SPLIT_NAME = re.compile(rf"(?m)^{_LAST}[ \t*_|]*\r?\n{_FIRST}\b|^{_FIRST}[ \t*_|]*\r?\n{_LAST}\b")


def has_split_name(rules: NameRules, text: str) -> bool:
    """A surname and a given name keyed on two lines one after the other, neither a word the
    bot itself uses ("Last: Thornbury / First: Agnes"; not "Last: Updated / First: Pass")."""
    if "\n" not in text:
        return False
    for found in _SPLIT_NAME.finditer(text):
        words = [bare_word(word) for word in found.groups() if word]
        if not any(word in rules.ordinary or word in rules.businesses for word in words):
            return True
    return False
