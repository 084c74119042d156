"""A patient's full name typed all in lower case where a person is talked about, for the name
checks (flows/phi_names.py): "knee scooter for maribel okonkwo hale", "can ines vukovic get a
new rollator", "does kofi mensah-bonsu need an abn", "emeka okonjo's wheelchair"."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_words import PARTICLES, bare_word

# Words right before a name that say a person is talked about: "walker for ...", "about ...".
_BEFORE_NAME = frozenset({"for", "about", "re", "regarding", "is"})
# Words that ask about someone, with the name and then what they do: "can ... get", "does ...
# need", "is ... still".
_ASKING = frozenset("can could does did do will would should has have had may might is was".split())
# Fond words before a given name: "the stander for little jaxon ...".
_FOND_WORDS = frozenset({"little", "baby", "young", "poor"})
_VOWEL = re.compile(r"[aeiouy]")
_NAME_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _given_name(rules: NameRules, word: str) -> bool:
    """A given name in the lists that is no English word or word of the bot's ("maribel",
    "svetlana", "mei-ling"); "grace" and "rose" only when the census lists them as first names
    the bot never uses, as it does."""
    bare = bare_word(word)
    parts = bare.split("-")
    if len(bare) < 3 or bare in rules.not_names or bare in rules.clinicians:
        return False
    if bare in rules.place_names or bare in rules.place_words or bare in rules.businesses:
        return False  # "for austin office", "about humana"
    if bare in rules.first_names:
        return True
    if len(parts) > 1:  # "mei-ling", "hyun-woo"
        return all(part in rules.every_first_name for part in parts)
    return (
        bare in rules.every_first_name and bare not in rules.english and bare not in rules.ordinary
    )


def _unlisted_given_name(rules: NameRules, word: str, rest: list[re.Match[str]]) -> bool:
    """A given name in no list before two census surnames joined by a hyphen ("jaxon
    reyes-whitfield"), where neither word is an English word or any of `_others`."""
    bare = bare_word(word)
    if not rest or len(bare) < 3 or "-" in bare or _worded(rules, bare) or _others(rules, bare):
        return False
    parts = bare_word(rest[0].group()).split("-")
    return len(parts) == 2 and all(
        part in rules.surnames and not _worded(rules, part) for part in parts
    )


def _others(rules: NameRules, bare: str) -> bool:
    """A word of the bot's, a business's, a place's, a product's or a body's: never a surname
    in lower case ("for grace kx", "for rose invacare", "for mark hands")."""
    return (
        bare in rules.ordinary
        or bare in rules.not_names
        or bare in rules.clinicians
        or bare in rules.businesses
        or bare in rules.company_words
        or bare in rules.place_names
        or bare in rules.place_words
        or bare in rules.place_ends
        or bare in rules.first_name_brands
        or bare in rules.body_parts
        or bare in rules.item_nouns
        or bare in rules.product_nouns
    )


# Endings the dictionary leaves off its words: "oximeters", "nebulizers", "recertified".
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
            ("ing", "e"), ("er", ""), ("ers", ""), ("ly", ""))  # fmt: skip


def _worded(rules: NameRules, bare: str) -> bool:
    """An English word or one of the bot's, or one with an ending the dictionary leaves off,
    unless a census surname ("oximeters", "rentals"; not "reyes", "fischer")."""
    if bare in rules.english:
        return True
    if bare in rules.all_surnames:
        return False
    stems = (
        bare[: -len(ending)] + stem
        for ending, stem in _ENDINGS
        if bare.endswith(ending) and len(bare) > len(ending) + 2
    )
    return any(word in rules.english or word in rules.ordinary for word in stems)


def word_compound(rules: NameRules, bare: str) -> bool:
    """Dictionary words joined by a hyphen, so an item's word, not a surname: "van tie-downs",
    "a pull-out", "sit-stand" (not "garcia-lopez", "hall-okafor")."""
    parts = bare.split("-")
    return len(parts) > 1 and all(
        part in rules.english or part.removesuffix("s") in rules.english for part in parts
    )


def _unworded_surname(rules: NameRules, word: str) -> bool:
    """A surname in lower case that is no English word nor any of `_others` ("okonkwo",
    "vukovic", "reyes-whitfield", "fairweather-lyle"), so that "for grace period", "for mark
    up" and "for heather gray cushions" stay billing talk."""
    bare = bare_word(word)
    if not word.islower() or word.endswith(".") or not _NAME_WORD.fullmatch(bare):
        return False
    if len(bare) < 3 or not _VOWEL.search(bare) or _others(rules, bare):
        return False
    parts = bare.split("-")
    if len(parts) == 1:
        return not _worded(rules, bare)
    parts = [part for part in parts if part not in PARTICLES] or parts  # "el-amrani"
    if any(len(part) < 2 or _others(rules, part) for part in parts):
        return False  # "follow-up", "co-pay", "drop-off"
    # Each part a census surname or no English word, and one part no English word at all.
    unworded = [not _worded(rules, part) for part in parts]
    return any(unworded) and all(
        free or part in rules.surnames for part, free in zip(parts, unworded, strict=True)
    )


def _name_end(rules: NameRules, text: str, tokens: list[re.Match[str]], start: int) -> int | None:
    """The index past a lower-case surname starting at `start`, with its particles and a second
    surname right after it ("de la fuente", "okonkwo hale", "villalobos quintero"), or None."""
    words = [token.group() for token in tokens[start : start + 4]]
    k = 0
    while k < len(words) - 1 and k < 2 and words[k] in PARTICLES:
        k += 1  # "pilar de la fuente", "wilhelmina ter horst"
    if k >= len(words) or not _unworded_surname(rules, words[k]):
        return None
    k += 1
    if k < len(words) and not words[k - 1].endswith("'s") and _spaced(text, tokens, start + k):
        bare = bare_word(words[k])
        if words[k].islower() and bare in rules.surnames and not _others(rules, bare):
            k += 1  # a second surname from the census: "okonkwo hale", "ferreira santos"
        elif _unworded_surname(rules, words[k]):
            k += 1  # "villalobos quintero"
    return start + k


def _spaced(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    """Whether only a space comes between token `k` and the one before it."""
    return text[tokens[k - 1].end() : tokens[k].start()] == " "


def is_lower_full_name(
    rules: NameRules, text: str, tokens: list[re.Match[str]], i: int, before: str
) -> bool:
    """Whether token `i` opens a given name and a surname no English word, all in lower case,
    where a person is talked about: after "for", "about", "re", "is"; owning something ("emeka
    okonjo's chair"); asked about ("can X get", "does X need") or doing something ("X needs")."""
    first = tokens[i].group()
    if i > 1 and before in _FOND_WORDS:  # "for little jaxon ...", "about poor ines ..."
        before = tokens[i - 2].group().lower()
    if not first.islower() or first.endswith("'s"):
        return False
    if not _given_name(rules, first) and not (
        before in _BEFORE_NAME and _unlisted_given_name(rules, first, tokens[i + 1 :])
    ):
        return False
    if i + 1 >= len(tokens) or not _spaced(text, tokens, i + 1):
        return False
    end = _name_end(rules, text, tokens, i + 1)
    if end is None:
        return False
    if before in _BEFORE_NAME or tokens[end - 1].group().endswith("'s"):
        return True
    if end >= len(tokens) or not _spaced(text, tokens, end):
        return False
    after = tokens[end].group().lower()
    if after in rules.verbs_after_name or after in rules.surname_alone_verbs:
        return True  # "kwame asante-boateng needs a commode"
    # "can gustavo albarracin get", "does lakshmi venkataraman need": an English word next
    return before in _ASKING and after in rules.english
