"""What a thing is, said after "it's" or "it is" ("maker? it's EZ-Access", "it's Harmar"), for
the PHI guard's name checks (flows/phi_names.py). The same words are content's cue for a caller
naming themself ("hi it's dorothea vantongeren"), who says a given name or a full name; one
capitalised word alone that is no given name and no census surname, not owning an item or a
case and not before a caller's words, is a maker's or a model's ("it's Invacare", "it's Harjit's
ext 214"; "it's Okafor's walker" and "it's Okafor calling back" name a patient)."""

from __future__ import annotations

from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word, is_first_name

_THING_OPENERS = frozenset({"it's", "it is"})


def person_words(rules: NameRules, cue: str, words: list[str]) -> list[str]:
    """`words` after `cue`, or none when they only say what a thing is: "it's EZ-Access", "it is
    Harmar brand"; not "it's Dorothea", "it's Mary Jones", "it's Okafor, Ngozi"."""
    if cue.lower() not in _THING_OPENERS or not words or not words[0][:1].isupper():
        return words
    alone = len(words) == 1 or not words[1][:1].isupper()
    if not alone or words[0].endswith(",") or is_first_name(words[0], rules):
        return words
    owned = words[0].rstrip(".,?!").lower().endswith(("'s", "\u2019s")) and _owns_item(rules, words)
    caller = len(words) > 1 and words[1].lower() in rules.verbs_after_name  # "calling", "again"
    if owned or caller or bare_word(words[0].rstrip("?!")) in rules.surnames:
        return words
    return []


def _owns_item(rules: NameRules, words: list[str]) -> bool:
    """Whether an item or a case follows within three words: "it's Ngozi's knee walker", "...'s
    claim"; not a staff member's extension ("it's Harjit's ext 214")."""
    owned = rules.item_nouns | rules.owned_case_nouns
    return any(bare_word(word.rstrip("?!")) in owned for word in words[1:4])
