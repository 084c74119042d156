"""A patient's surname typed in lower case after a patient word, for the name checks
(flows/phi_names.py): "pt baker needs a bed", "patient young, walker", "patient chavez"."""

from __future__ import annotations

from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word


def lower_surname_case(rules: NameRules, words: list[str], said: bool, ends: bool) -> bool:
    """In lower case after a patient word: a census surname none of the bot's words, then a
    person's verb ("pt baker needs a bed") or, after a comma, the case's item ("patient young,
    walker"); or a census given name that is also a word and a surname in no dictionary ending
    the phrase ("pt is ray mann, needs a hoyer lift")."""
    if lower_surname_alone(rules, words):
        return True  # "patient chavez's tray", "patient sandoval from Taos"
    first, second = bare_word(words[0]), bare_word(words[1])
    if first in rules.ordinary or first in rules.not_names:
        if first not in rules.every_first_name or not ends:
            return False
        return (
            second in rules.surnames
            and second not in rules.english
            and second not in rules.ordinary
        )
    if first not in rules.surnames or first in rules.item_nouns | rules.family_words:
        return False  # "pt's husband signed the POD": a relative
    if words[0].endswith(","):
        return not said and second in rules.item_nouns
    return second in rules.surname_alone_verbs


def lower_surname_alone(rules: NameRules, words: list[str]) -> bool:
    """A census surname in lower case alone after a patient word, ending the phrase or before a
    person's verb or "from": "patient chavez", "pt madrid's tray", "patient sandoval from Taos";
    no English word, given name, place or word of the bot's ("patient lift", "pt vigil")."""
    bare = bare_word(words[0])
    after = bare_word(words[1]) if len(words) > 1 else ""
    return (
        words[0].islower()
        and len(bare) > 3
        and bare in rules.surnames
        and not any(bare in listed for listed in (rules.english, rules.ordinary, rules.place_names))
        and bare not in rules.every_first_name
        and (not after or words[0].endswith("'s") or after in rules.verbs_after_name | {"from"})
    )
