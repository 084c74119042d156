"""A lone given name typed in lower case that no list holds ("walker for keoni, dob ...",
"is abebe's claim still pending? mrn ..."), named only in a text already refused on another
kind, so it names who the refused text is about and never refuses one by itself."""

from __future__ import annotations

import re

from flows.phi_beside_names import is_strict_name_word
from flows.phi_name_words import bare_word
from flows.phi_rules import Rules

# Where a person is spoken of: after a word that leads to someone ("for", "with", "call"),
# closed by a mark, a possessive, "back", or a capitalised surname ("pt iolana Okonkwo").
_SLOT = re.compile(
    r"(?i:\b(?:for|with|call|called|calling|tell|told|ask|asked|re|from|about|to|on|is|was)) "
    r"([a-z][a-z'-]{2,})(?='s\b|[,:;]|$| [-(]| back\b| [A-Z][a-z]+\b)"
)
# The word right after a patient's word: "pt iolana Okonkwo, mrn ...".
_AFTER_CUE = re.compile(r" ?[:=-]? ?([a-z][a-z-]{2,})(?='s\b|[,:;]|$| [-(]| [A-Z][a-z]+\b)")
# A possessive opening a message or a sentence: "malakai's daughter says ...".
_OPENING_OWNER = re.compile(r"(?:^|[.!?\n] ?)([a-z][a-z-]{2,})'s ")


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _typo_of_word(english: frozenset[str], word: str) -> bool:
    """Whether one letter dropped, added, changed or two swapped make `word` a dictionary word:
    a typo ("noets", "mnoth"), not a name."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    return any(len(edit) > 2 and edit in english for edit in edits - {word})


def _given_name(rules: Rules, word: str) -> bool:
    """A word only a name is made of: a listed given name or surname in no dictionary, or, in
    no list, four letters or more with a vowel in three, no typo of a dictionary word; none of
    the bot's, a business's, a place's or a maker's words, no clinician's title and no cue:
    "keoni", "abebe", not "medicaid", "stmt", "e-mail", "callback", "noets"."""
    names, bare = rules.names, bare_word(word)
    if bare in names.english or bare in names.not_names or bare in names.clinicians:
        return False
    if bare in names.body_parts or bare in names.item_nouns or bare in names.family_words:
        return False
    if "-" in bare or any(cue.fullmatch(bare) for cue in rules.cue.values()):
        return False
    if bare not in names.every_first_name and bare not in names.all_surnames:
        vowels = sum(letter in "aeiouy" for letter in bare)
        if len(bare) < 4 or vowels * 3 < len(bare) or _typo_of_word(names.english, bare):
            return False
    return is_strict_name_word(names, word)


def with_lower_given_name(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with a name added when a lone lower-case given name stands where a person is
    spoken of; read only when `found` already refuses the text."""
    if not found or "name" in found:
        return found
    names = rules.names
    cued = (_AFTER_CUE.match(text, cue.end()) for cue in names.cue.finditer(text))
    slots = [*_SLOT.finditer(text), *_OPENING_OWNER.finditer(text), *filter(None, cued)]
    for slot in slots:
        word = slot.group(1).removesuffix("'s")
        if "'" not in word and _given_name(rules, word):
            return found | {"name"}
    return found
