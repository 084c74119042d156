"""Short forms billers name a patient by in everyday messages, for the PHI guard's name checks
(flows/phi_names.py): a surname alone before the case it stands for ("the Szymanski claim",
"the Ostranders want the bed moved"), initials before a surname ("J. Whitmire needs the
rollator", "Pfenning, R. - ABN signed"), and the words that end a name's phrase or name the
patient's item after it ("Lorraine Fitzhugh rollator", "JOHN SMITH CO-50")."""

from __future__ import annotations

import itertools
import re

from flows.phi_name_lists import (
    NameRules,
    bare_word,
    case_of,
    clinician_near,
    is_brand,
    is_colleague,
    is_name_word,
    is_rep,
    unlisted,
)

_SURNAME = r"[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?"
# Han (Chinese, Japanese kanji) and Hangul letters.
_EAST_ASIAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def east_asian(word: str) -> bool:
    """Whether a word is written in Han or Hangul letters: "王秀英", "김영숙"."""
    return bool(_EAST_ASIAN.match(word))


def _plain_surname(rules: NameRules, word: str, census: bool = True) -> bool:
    """A capitalised surname that is not one of the bot's words, a business's or a place's:
    "Szymanski", "Ostrander"; with `census`, from the census lists."""
    bare = bare_word(word)
    return (
        len(bare) > 2
        and is_name_word(word, rules)
        and bare not in rules.ordinary
        and bare not in rules.businesses
        and bare not in rules.company_words
        and bare not in rules.place_words
        and (bare in rules.surnames or (not census and unlisted(word, rules)))
    )


def has_surname_alone(rules: NameRules, text: str) -> bool:
    """ "the Szymanski claim came back denied", "is the Delacroix account on hold?", "the
    Ostranders want the bed moved": a surname standing for the patient's case or family."""
    for found in rules.case_after_surname.finditer(text):
        word = found.group(1)
        if _plain_surname(rules, word) and not is_brand(rules, text, found.start(1)):
            return True
    for found in re.finditer(rf"\b[Tt]he ({_SURNAME}?)(?:es|s) ([a-z]+)\b", text):
        stem, verb = found.groups()
        if verb in rules.verbs_after_name and _plain_surname(rules, stem):
            return True  # "the Ostranders want", "the Joneses called"
    return False


# Initials then a surname, or a surname, a comma and an initial, opening a message or a line.
_INITIALS_FIRST = re.compile(rf"(?m)^[ \t>*_]*((?:[A-Z]\. ?){{1,2}})({_SURNAME})\b")
_INITIAL_AFTER = re.compile(rf"(?m)^[ \t>*_]*({_SURNAME}), ?([A-Z])\.")
# What follows a patient's short name: a dash or a comma and the case, or a verb.
_CASE_AFTER = re.compile(r" ?(?:[-\u2013\u2014:,]|'s\b)| ([a-z]+)\b")


def has_initialed_name(rules: NameRules, text: str) -> bool:
    """ "J. Whitmire needs the rollator reshipped", "M.A. Kerrigan - walker denied", "Pfenning,
    R. - ABN signed": not a clinician's ("J. Smith, MD"), a colleague's or a rep's."""
    for found in [*_INITIALS_FIRST.finditer(text), *_INITIAL_AFTER.finditer(text)]:
        surname = found.group(2) if found.re is _INITIALS_FIRST else found.group(1)
        if not _plain_surname(rules, surname, census=False) or is_brand(rules, text, found.start()):
            continue  # not "B. Braun needs a new quote"
        after = _CASE_AFTER.match(text, found.end())
        if after is None or (after.group(1) and after.group(1) not in rules.verbs_after_name):
            continue
        if (
            clinician_near(rules, text, found.start(1), found.end())
            or is_colleague(rules, text, found.start(1), found.end())
            or is_rep(rules, text, found.end())
        ):
            continue
        return True
    return False


def is_initial_and_surname(words: list[str], rules: NameRules) -> bool:
    """An initial for the first name, in the same case as a surname: "J. Doe", "Doe, J."."""
    initial = re.compile(r"[^\W\d_]\.,?")
    initials = len(list(itertools.takewhile(initial.fullmatch, words[:-1])))
    if initials:
        surname = words[initials]
    elif words[0].endswith(",") and initial.fullmatch(words[1]):
        surname = words[0]
    else:
        return False
    bare = surname.rstrip(".,")
    return (
        bare[:1].isupper()
        and is_name_word(surname, rules)
        and bare_word(surname) not in rules.businesses
        and (bare_word(surname) in rules.surnames or unlisted(surname, rules))
    )


def names_an_item(rules: NameRules, text: str, first: str, word: re.Match[str]) -> bool:
    """Whether the word after a name is the patient's item or a code, not part of a product's
    or a company's name: "Lorraine Fitzhugh rollator", "Theodora Mavros hospital bed", "JOHN
    SMITH CO-50"; a company's name is capitalised ("Grace Hill Medical"), and a product named
    for a person ends in a word such as "bar" or "collar" ("Denis Browne bar")."""
    if re.match(r"-\d", text[word.end() : word.end() + 2]):
        return True  # a denial code: "CO-50", "PR-204"
    bare = bare_word(word.group())
    if case_of(first) in ("upper", "lower") and case_of(word.group()) == case_of(first):
        return bare in rules.item_nouns  # "DOROTHY KESSLER WHEELCHAIR", "jerome talbot cane"
    return case_of(first) == "title" and word.group().islower() and bare not in rules.product_nouns


def ends_phrase(rules: NameRules, text: str, start: int, words: list[str]) -> bool:
    """Whether the first two of `words` (read from `start`) end a phrase or come before a verb
    that follows a person's name: "the pt, hannelore fischbach, refused", "pt leontyne marbury
    called"."""
    if len(words) < 2:
        return False
    if words[1].endswith(","):
        return True  # "pt. oyelaran adebayo, E1399 bath bench"
    found = re.search(re.escape(words[0]) + r"\W+" + re.escape(words[1]), text[start : start + 80])
    rest = text[start + found.end() :] if found else ""
    after = re.match(r" ?([a-z']+)", rest)
    return bool(re.match(r" ?(?:[,;(]|- |$)", rest)) or bool(
        after and after.group(1) in rules.verbs_after_name
    )
