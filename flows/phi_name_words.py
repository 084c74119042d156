"""Tests of one word against the PHI guard's name lists (flows/phi_name_lists.py): a census
first name or surname, a word the bot never uses, a surname's shape, a name's case, and the
particles and suffixes a name carries."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.phi_name_lists import NameRules


# -- word tests the name checks share ------------------------------------------------------
def bare_word(word: str) -> str:
    """The word as the name lists hold it: lower case, no accents, no "'s" ("Núñez's": nunez)."""
    word = word.rstrip(".,").lower().removesuffix("'s").replace("'", "")  # O'Brien: obrien
    if word.isascii():  # most words: no accent to take off
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if ch.isascii())


def is_name_word(word: str, rules: NameRules) -> bool:
    bare = bare_word(word)
    return len(bare) > 1 and bare not in rules.not_names and bare not in rules.clinicians


def surname_like(word: str, rules: NameRules) -> bool:
    """A census surname, or a word the bot itself never uses ("Whitfield", not "Notices")."""
    bare = bare_word(word)
    return bare in rules.surnames or bare not in rules.ordinary


def name_parts(word: str) -> list[str]:
    """The halves of a hyphenated name, as the lists hold them ("Anna-Maria": anna, maria)."""
    return [part for part in bare_word(word).split("-") if part]


def is_first_name(word: str, rules: NameRules) -> bool:
    return any(part in rules.first_names for part in name_parts(word))


def unlisted(word: str, rules: NameRules) -> bool:
    """A name word the bot itself never uses ("Okonkwo", "Hideo", "ah-young")."""
    parts = name_parts(word)
    return (
        is_name_word(word, rules)
        and bool(parts)
        and not any(part in rules.ordinary for part in parts)
    )


def dictionary_pair(rules: NameRules, words: list[str]) -> bool:
    """Whether a lower-case labelled pair is two dictionary words neither census list holds as a
    name there, so an item, not a person: "pt: scalp arrays", "pt: scalp cooling"; not
    "pt: kelly osei" or "pt: rose hill"."""
    return all(
        word in rules.english and word not in rules.every_first_name and word not in rules.surnames
        for word in (bare_word(w) for w in words[:2])
    )


def rare_surname(word: str, rules: NameRules) -> bool:
    """A capitalised word in no name list, no dictionary and none of the bot's or content's
    words, read as a surname where a name stands ("the Iheanacho chart", "Okwuosa rollator");
    not a first name, a business's, a company's or a place's ("the Medline account")."""
    bare = bare_word(word)
    parts = name_parts(word)
    return (
        word[:1].isupper()
        and len(bare) > 3
        and unlisted(word, rules)
        and not any(part in rules.english or part in rules.every_first_name for part in parts)
        and not any(
            w in rules.businesses or w in rules.company_words or w in rules.place_names
            for w in {bare, *parts}
        )
        and bare not in rules.place_words
        and bare not in rules.brands
    )


def case_of(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "upper"
    if word.islower():
        return "lower"
    return "title" if word[0].isupper() else "mixed"


POSSESSIVE = re.compile(r"'[sS]$")
SHAPED_SURNAME = re.compile(
    r"([^\W\d_]{2,})-([^\W\d_]{2,})|[^\W\d_]'([^\W\d_]{2,})|[Mm][Cc]([^\W\d_]{3,})"
    r"|Mac([A-Z][^\W\d_]{2,})"  # "MacTavish"; not "machine"
)


def surname_shaped(word: str, rules: NameRules) -> bool:
    """A surname by its shape, whichever lists hold it: two names joined by a hyphen
    ("Moreno-Lutz"), a particle and an apostrophe ("D'Souza", "n'diaye"), "Mc" ("McGillicuddy"),
    a surname's ending ("Kovalenko", `surname_endings`); not two of the bot's own words
    ("Follow-Up", "co-pay") nor a company's word ("Post-Acute")."""
    plain = "-" not in word and "'" not in word and word[:2].lower() != "mc" and word[:3] != "Mac"
    shape = None if plain else SHAPED_SURNAME.fullmatch(POSSESSIVE.sub("", word.rstrip(".,")))
    if shape is None:  # a surname's ending on a word the bot never uses: "Kovalenko"
        bare = bare_word(word)
        return len(bare) > 5 and bare.endswith(rules.surname_endings) and unlisted(word, rules)
    parts = [part for part in shape.groups() if part]
    if len({case_of(part) for part in parts}) > 1 or bare_word(word) in rules.company_words:
        return False
    return any(bare_word(part) not in rules.ordinary for part in parts)


SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def without_suffixes(words: list[str]) -> list[str]:
    """ "JOHNSON JR., WILLIE" reads as "JOHNSON, WILLIE"."""
    kept: list[str] = []
    for word in words:
        if kept and bare_word(word) in SUFFIXES:
            if word.endswith(",") and not kept[-1].endswith(","):
                kept[-1] += ","
            continue
        kept.append(word)
    return kept


# Particles that start a surname: "de la Fuente", "van Houten", "bin Khalid".
PARTICLES = frozenset(
    "de del della di da das dos du des la le van von der den ter ten bin ben ibn al el"
    " ó ní nic ua".split()  # Irish: "Tadhg Ó Briain", "Saoirse Ní Bhriain"
)
