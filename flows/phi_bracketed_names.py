"""Names beside a short aside in brackets, for the PHI guard's name checks (flows/phi.py): a
surname noted in brackets after a record's number ("acct 87835401 (Han)", "MR# 91421205
(Basargin)"), and a surname after a patient's word with the facility the patient lives in
bracketed after it ("Resident Sather (Fireweed Care Center) passed 11/2")."""

from __future__ import annotations

import re

from flows.phi_name_forms import plain_surname
from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word, is_first_name, unlisted

# A record's number, then one capitalised word alone in brackets.
_NUMBER_THEN_BRACKETED = re.compile(r"\b[A-Z]{0,3}\d{5,}[ \t]*\(([A-Z][a-z'-]+)\)(?![\w(])")
# A capitalised word or two, then a bracketed aside of capitalised words (a facility's name).
_NAME_THEN_PLACE = re.compile(
    r"[ \t]([A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+)?)[ \t]\(((?:[A-Z][\w'&.-]*[ \t]?){1,5})\)"
)


def _surname_word(rules: NameRules, word: str) -> bool:
    """A word that can be a surname: in no dictionary, none of the bot's, a place's, a business's
    or a clinician's words."""
    bare = bare_word(word)
    other = rules.businesses | rules.place_names | rules.company_words | rules.clinicians
    return (
        len(bare) > 1
        and unlisted(word, rules)
        and bare not in other
        and bare not in rules.place_words
        and bare not in rules.english
    )


def has_bracketed_surname(rules: NameRules, text: str) -> bool:
    """A surname in brackets right after a record's number. Read only beside another
    identifier, so it names a kind, never refuses a message alone."""
    return any(
        _surname_word(rules, found.group(1)) for found in _NUMBER_THEN_BRACKETED.finditer(text)
    )


def has_cued_name_before_place(rules: NameRules, text: str) -> bool:
    """A patient's word ("resident", "client", `name_cues`), a surname and maybe a given name,
    then a facility's name in brackets whose last word is a business's ("Care Center")."""
    if "(" not in text:
        return False
    for found in _NAME_THEN_PLACE.finditer(text):
        cue = rules.cue.search(text, max(0, found.start() - 12), found.start())
        if cue is None or cue.end() < found.start() - 1:
            continue
        place = found.group(2).split()
        if bare_word(place[-1]) not in rules.company_words | rules.street_place_after:
            continue
        if all(_surname_word(rules, word) for word in found.group(1).split()[-1:]):
            return True
    return False


# A word alone before a patient word in brackets, opening the message or after a mark.
_ALONE_BEFORE = re.compile(r"(?:^|[:;,>\u2013\u2014-] ?)([^\W\d_][\w'-]*) \((?:the |our )?$")


def has_surname_before(rules: NameRules, text: str, start: int) -> bool:
    """A census surname alone before the patient word in brackets at `start`, opening the
    message or after a mark: "TIGER (PT) ON LINE 2", "re: Benally (pt)"; not "the Taos (PT)
    clinic", "Eval (PT) done" (no surname), nor a therapist at work: "Ortiz (PT) did the eval"."""
    alone = _ALONE_BEFORE.search(text, max(0, start - 40), start)
    if alone is None or is_first_name(alone.group(1), rules):
        return False
    work = set(re.findall(r"[a-z]+", text[start : start + 40].lower())[1:6])
    bare = bare_word(alone.group(1))
    return (
        bare in rules.surnames
        and plain_surname(rules, alone.group(1))
        and not work & rules.clinical_work
    )
