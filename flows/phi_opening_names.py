"""A patient named in full before what only a person does or owns, for the PHI guard's name
checks (flows/phi_names.py): opening a message, "Cosimo Bellandi still owes $212", "Jun
Takahashi's CPAP mask is cracked"; anywhere, the owner of an account's word, "is Ysolde
Haverty's claim still pending?". The given name may be in no list (a word the bot never uses and
no English word); the surname is read as a surname standing alone is (flows/phi_name_forms.py);
a verb only a person does, or an item or an account's word (`owned_case_nouns`) the name owns,
must follow."""

from __future__ import annotations

import re

from flows.phi_name_forms import SURNAME, acts_after_name, lone_surname
from flows.phi_name_lists import NameRules
from flows.phi_name_roles import clinician_near, is_brand, is_colleague, is_rep
from flows.phi_name_words import bare_word, is_first_name, unlisted

_OPENING_NAME = re.compile(rf"^[\s>*_]*({SURNAME}) ({SURNAME})('s)? ((?:[a-z']+ ){{0,2}}[\w']+)")
# Anywhere in a message, a name owning the next word: "write off Benedikt Quist's balance".
_OWNER_NAME = re.compile(rf"\b({SURNAME}) ({SURNAME})('s) ((?:[a-z']+ ){{0,2}}[\w']+)")


def has_opening_name(rules: NameRules, text: str) -> bool:
    """A given name and a surname opening a message, then a person's verb (maybe after "still"
    or "won't") or, owned, an item; not a maker's model ("Tilite Aero needs new casters"), a
    clinician's, a colleague's or a rep's name."""
    found = _OPENING_NAME.match(text)
    if found is not None and _is_patient(rules, text, found, opening=True):
        return True
    return any(_is_patient(rules, text, owner) for owner in _OWNER_NAME.finditer(text))


def _is_patient(rules: NameRules, text: str, found: re.Match[str], opening: bool = False) -> bool:
    """Whether `found` is a patient's given name and surname before a person's verb (`opening`)
    or an owned item or account's word."""
    first, bare = found.group(1), bare_word(found.group(1))
    given = is_first_name(first, rules) or (
        unlisted(first, rules)
        and bare not in rules.english
        and bare not in rules.businesses
        and bare not in rules.place_words
        and bare not in rules.place_names
    )
    words = found.group(4).split()
    owned = bool(found.group(3)) and bare_word(words[0]) in rules.item_nouns
    owned = owned or (bool(found.group(3)) and bare_word(words[0]) in rules.owned_case_nouns)
    if not given or not (owned or (opening and acts_after_name(rules, words))):
        return False
    if is_brand(rules, text, found.start(1)):
        return False
    return lone_surname(rules, text, found, group=2) and not (
        clinician_near(rules, text, found.start(1), found.end(2))
        or is_colleague(rules, text, found.start(1), found.end(2))
        or is_rep(rules, text, found.end(2))
    )
