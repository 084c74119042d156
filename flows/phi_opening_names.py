"""A patient named in full before what only a person does or owns, for the PHI guard's name
checks (flows/phi_names.py): opening a message, "Cosimo Bellandi still owes $212", "Jun
Takahashi's CPAP mask is cracked"; anywhere, the owner of an account's word, "is Ysolde
Haverty's claim still pending?". The given name may be in no list (a word the bot never uses and
no English word); the surname is read as a surname standing alone is (flows/phi_name_forms.py);
a verb only a person does (also ongoing, "is asking"), or an item or an account's word
(`owned_case_nouns`) the name owns a word or two on, must follow; or, after a birth word or
"age", an age or a birth year ("Thelonius Abernethy YOB: 1936"). A middle name may stand between
("Mosese Kaufusi Latu wants a pickup")."""

from __future__ import annotations

import re

from flows.phi_name_forms import SURNAME, acts_after_name, lone_surname
from flows.phi_name_lists import NameRules
from flows.phi_name_roles import clinician_near, is_brand, is_colleague, is_rep
from flows.phi_name_words import bare_word, is_first_name, unlisted

# What only a person's name is followed by: an age or a birth year ("Myrtle Oakes, 91, born
# 1933, lives alone", "Ozias Kettering b 1941 is asking", "Ambrose Penhallow (1936) is being
# discharged"); a birth year alone is no identifier, but it makes the words before it a person's.
_BIRTH_WORD = r"(?i:born(?: in)?|b\.?|d\.?o\.?b\.?|yob|year of birth|birth year|age|aged)"
_LIFE_NOTE = (
    rf"(?:,? \(?{_BIRTH_WORD}:? ?'?\d{{2,4}}\)?"  # " (born in 1938)", " DOB 1939", ", age 74"
    r"|,? \((?:19|20)\d\d\)"  # " (1936)"
    r"|, \d{2}(?=,| \())"  # ", 84, ...", ", 84 (b. 1940)"
)
# A given name, maybe a middle name ("Sione Havili Tupou"), a surname, then what follows.
_OPENING_NAME = re.compile(
    rf"^[\s>*_]*(?P<first>{SURNAME})(?: (?P<middle>{SURNAME}))? (?P<last>{SURNAME})(?P<own>'s)?"
    rf"(?P<note>(?:{_LIFE_NOTE}){{1,2}},?)?(?: [-\u2013\u2014])?"
    r"(?: (?P<next>(?:[a-z']+ ){0,2}[\w']+)|(?P<end>\W*$))"
)
_NOTED_BIRTH = re.compile(rf"\b{_BIRTH_WORD}")
# Anywhere in a message, a name owning the next word: "write off Benedikt Quist's balance".
_OWNER_NAME = re.compile(
    rf"\b(?P<first>{SURNAME}) (?P<last>{SURNAME})(?P<own>'s) (?P<next>(?:[a-z']+ ){{0,2}}[\w']+)"
)


def has_opening_name(rules: NameRules, text: str) -> bool:
    """A given name and a surname opening a message, then a person's verb (maybe after "still"
    or "won't") or, owned, an item; not a maker's model ("Tilite Aero needs new casters"), a
    clinician's, a colleague's or a rep's name."""
    found = _OPENING_NAME.match(text)
    if found is not None and _is_patient(rules, text, found, opening=True):
        return True
    return any(_is_patient(rules, text, owner) for owner in _OWNER_NAME.finditer(text))


def _is_patient(rules: NameRules, text: str, found: re.Match[str], opening: bool = False) -> bool:
    """Whether `found` is a patient's given name and surname before a person's verb (`opening`),
    an owned item or account's word, or an age or a birth year ("Ruperta Lindgren YOB: 1937")."""
    first, bare = found.group("first"), bare_word(found.group("first"))
    given = is_first_name(first, rules) or (
        unlisted(first, rules)
        and bare not in rules.english
        and bare not in rules.businesses
        and bare not in rules.place_words
        and bare not in rules.place_names
    )
    middle = found.groupdict().get("middle")
    if middle and not _middle_name(rules, middle):
        return False
    note = found.groupdict().get("note") or ""
    words = (found.group("next") or "").split()
    # what the name owns, maybe after a word or two: "Tevita Fifita's power chair"
    owned = bool(found.group("own")) and any(
        bare_word(word) in rules.item_nouns or bare_word(word) in rules.owned_case_nouns
        for word in words
    )
    acts = opening and bool(words) and acts_after_name(rules, words)
    if not given or not (owned or acts or _NOTED_BIRTH.search(note)):
        return False
    if is_brand(rules, text, found.start("first")):
        return False
    return lone_surname(rules, text, found, group="last") and not (
        clinician_near(rules, text, found.start("first"), found.end("last"))
        or is_colleague(rules, text, found.start("first"), found.end("last"))
        or is_rep(rules, text, found.end("last"))
    )


def _middle_name(rules: NameRules, word: str) -> bool:
    """A middle name between a given name and a surname: a census name, or a word the bot never
    uses and no dictionary holds ("Havili", "Ofori"); not a business's or a place's word."""
    bare = bare_word(word)
    if bare in rules.businesses or bare in rules.company_words or bare in rules.place_names:
        return False
    listed = bare in rules.every_first_name or bare in rules.all_surnames
    return listed or (unlisted(word, rules) and bare not in rules.english)
