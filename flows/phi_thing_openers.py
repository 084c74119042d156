"""What a thing is, said after "it's" or "it is" ("maker? it's EZ-Access", "it's Harmar"), for
the PHI guard's name checks (flows/phi_names.py). The same words are content's cue for a caller
naming themself ("hi it's dorothea vantongeren"), who says a given name or a full name; one
capitalised word that is no given name, alone, is a maker's or a model's."""

from __future__ import annotations

from flows.phi_name_lists import NameRules
from flows.phi_name_words import is_first_name

_THING_OPENERS = frozenset({"it's", "it is"})


def person_words(rules: NameRules, cue: str, words: list[str]) -> list[str]:
    """`words` after `cue`, or none when they only say what a thing is: "it's EZ-Access", "it is
    Harmar brand"; not "it's Dorothea", "it's Mary Jones", "it's Okafor, Ngozi"."""
    if cue.lower() not in _THING_OPENERS or not words or not words[0][:1].isupper():
        return words
    alone = len(words) == 1 or not words[1][:1].isupper()
    if alone and not words[0].endswith(",") and not is_first_name(words[0], rules):
        return []
    return words
