"""A patient's relative or household member named in a biller's message, for the PHI guard's
name checks (flows/phi.py): Safe Harbor counts their names as identifiers too. The full name
right after the relationship ("granddaughter Aaliyah Breckenridge called"), the given name alone
("her partner Ignatius said"), and the person whose relative the message is about ("Gerhardine
Voss's daughter wants to know")."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_roles import clinician_near, employer_after, is_brand, is_colleague, is_rep
from flows.phi_name_words import (
    PARTICLES,
    bare_word,
    case_of,
    is_first_name,
    is_name_word,
    rare_surname,
    surname_like,
    unlisted,
)
from flows.phi_titles import titled_product

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ"  # Latin and Cyrillic capitals: "Élodie", "Наталья"
_RELATIVE_NAME = re.compile(
    rf" ?(?:[,:]? |\()(?:is |named |si )?([{_UPPER}][^\W\d_{_UPPER}]+(?:-[{_UPPER}][^\W\d_]+)?)"
    rf" ((?:(?i:{'|'.join(sorted(PARTICLES))}) )*[{_UPPER}][^\W\d_]+(?:['-][{_UPPER}]?[^\W\d_]+)?)"
)


def has_relative_name(rules: NameRules, relatives: re.Pattern[str], text: str) -> bool:
    """A relative's full name right after the relationship ("granddaughter Aaliyah
    Breckenridge called", "spoke to the husband, Ignatius Marchetti", "son (Rutger Vandermolen)
    is the POA"): a patient's relatives are identifiers too. Not a clinician's, a colleague's, a
    rep's ("son Dr. ..." has a title) nor a place named for one ("Father Flanagan Boys Home")."""
    relations = list(relatives.finditer(text))
    if any(titled_product(rules, text, relation) for relation in relations):
        return False  # a character named with a relative's word: "Uncle Sam takes 22%"
    for relation in relations:
        found = _RELATIVE_NAME.match(text, relation.end())
        if (
            found is None
            or _writers_own(text, relation)
            or _colleagues_family(rules, text, relation)
        ):
            continue  # "my wife Jennifer Lopez": the writer's own family
        first, last = found.groups()
        bare_first, bare_last = bare_word(first), bare_word(last)
        # A word with accents or in Cyrillic is no word of the bot's ("Thị", "Наталья").
        if any(
            word.isascii() and (not is_name_word(word, rules) or bare_word(word) in rules.ordinary)
            for word in (first, last)
        ) or (bare_last in rules.businesses):
            continue  # "daughter Monday Morning", "son Medicare Advantage"
        given = (
            not first.isascii() or bare_first in rules.every_first_name or unlisted(first, rules)
        )
        surname = not last.isascii() or bare_last in rules.surnames or unlisted(last, rules)
        if given and surname and not _someone_elses(rules, text, found.start(1), found.end(2)):
            return True
    return any(
        _relative_given_name(rules, text, relation)
        or _relatives_owner(rules, text, relation)
        or _named_before_relation(rules, text, relation)
        for relation in relations
    )


# A full name, then in brackets whose relative it is: "Quentin Arbuthnot (pt's brother-in-law,
# he pays)", "Ines Kowalczyk (the patient's daughter) signed".
_NAME_BEFORE_BRACKET = re.compile(
    rf"\b([{_UPPER}][^\W\d_]+(?:-[^\W\d_]+)?) ([{_UPPER}][^\W\d_]+(?:['-][{_UPPER}]?[^\W\d_]+)?) \("
    r"(?:(?:the )?(?i:pt's|patient's|pt|patient|her|his) )?$"
)


def _named_before_relation(rules: NameRules, text: str, relation: re.Match[str]) -> bool:
    """Whether a given name and a surname stand right before "(pt's <relative>" or "(<relative>)":
    the relative's ("printed name: Theodosia Barnwell (wife)", "Jun-ho Baek (son-in-law)")."""
    found = _NAME_BEFORE_BRACKET.search(text, max(0, relation.start() - 60), relation.start())
    if found is None:
        return False
    first, last = found.groups()
    return (
        # "Jun-ho Baek (son-in-law)": a joined given name by its first part
        (bare_word(first.split("-")[0]) in rules.every_first_name or unlisted(first, rules))
        and is_name_word(first, rules)
        and is_name_word(last, rules)
        and not is_brand(rules, text, found.start(1))  # "Permobil Germany (pt's son works there)"
        and surname_like(last, rules)
        # only the words before: the "pt's" after is the patient's, no therapist's credential
        and not clinician_near(rules, text[: found.end(2)], found.start(1), found.end(2))
    )


# A full name owning the relationship: "Gerhardine Voss's daughter wants to know".
_OWNER_BEFORE = re.compile(
    rf"\b([{_UPPER}][^\W\d_]+) ([{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?)'s $"
)


def _relatives_owner(rules: NameRules, text: str, relation: re.Match[str]) -> bool:
    """A person named in full whose relative the message is about ("Gerhardine Voss's daughter
    called", "Ignatius Marchetti's son"): a given name or a word the bot never uses, then a
    surname; not the writer's family, a clinician's, a colleague's, a rep's or a brand's."""
    found = _OWNER_BEFORE.search(text, max(0, relation.start() - 60), relation.start())
    if found is None:
        return False
    first, last = found.groups()
    if not all(
        is_name_word(w, rules) and bare_word(w) not in rules.businesses for w in (first, last)
    ):
        return False
    given = is_first_name(first, rules) or (
        unlisted(first, rules)
        # a given name that is also a word, before a surname no list holds: "Marigold
        # Pennefather's son"
        and (bare_word(first) not in rules.english or rare_surname(last, rules))
    )
    return (
        given
        and surname_like(last, rules)
        and bare_word(last) not in rules.place_words | rules.company_words
        and not _someone_elses(rules, text, found.start(1), found.end(2))
    )


# A given name alone after the relationship: "son, Ezekiel, signs", "wife (Marisol) called",
# "mom's name is Octavia".
_RELATIVE_GIVEN = re.compile(
    rf" ?(?:, |: | \(| |'s (?:first )?name(?: is|'s|:) ?)"
    rf"([{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?)(?![\w'-])( [{_UPPER}])?"
)


def _relative_given_name(rules: NameRules, text: str, relation: re.Match[str]) -> bool:
    """A relative's given name alone right after the relationship ("her daughter Keisha called",
    "the niece (Priyanka) is handling it", "DAUGHTER ROSALEEN SAYS", "son Will called"): a
    capitalised word the bot never uses, or a census given name before a person's verb, in
    lower-case prose or after a relationship word in capitals. Not the writer's
    own family, not a word starting a title-case phrase ("Father Flanagan Boys Home"), not a
    clinician's, colleague's or rep's name."""
    found = _RELATIVE_GIVEN.match(text, relation.end())
    if found is None or _writers_own(text, relation) or _colleagues_family(rules, text, relation):
        return False
    word = found.group(1)
    shouted = relation.group().isupper()
    if case_of(word) != ("upper" if shouted else "title") or (found.group(2) and not shouted):
        return False
    bare = bare_word(word)
    # A given name that is also a word ("Will", "April") counts before a person's verb:
    # "pt's son Will called about the bill", "her granddaughter April called".
    after = re.match(r" ([a-z]+)\b", text[found.end(1) :])
    acts = after is not None and after.group(1) in rules.surname_alone_verbs
    given = unlisted(word, rules) or (acts and bare in rules.every_first_name)
    if not given or bare in rules.businesses or bare in rules.place_words:
        return False
    return not _someone_elses(rules, text, found.start(1), found.end(1))


def _writers_own(text: str, relation: re.Match[str]) -> bool:
    """ "my wife", "our son": the writer's own family; not inside a quotation, where "my" is the
    one quoted ('web form: "my mother Goldie Kauppila never got her cushion"')."""
    before = text[: relation.start()]
    return bool(re.search(r"\b(?:my|our) $", before, re.I)) and before.count('"') % 2 == 0


# A given name alone owning the relationship: "Marit's husband Ole", "Shawna's son Tyler".
_GIVEN_OWNER = re.compile(rf"(?:^|(\S+) )([{_UPPER}][^\W\d_{_UPPER}]+)'s $")


def _colleagues_family(rules: NameRules, text: str, relation: re.Match[str]) -> bool:
    """A colleague's family, named after the colleague's given name alone ("Marit's husband Ole
    is fixing the van ramp"), in a message with no patient's word: a patient is named in full,
    by title or as the pt ("pt Kaisa's husband Arne", "Mrs. Kealoha's son Keoni")."""
    found = _GIVEN_OWNER.search(text, max(0, relation.start() - 40), relation.start())
    if found is None or rules.patient_word.search(text):
        return False
    before, owner = found.group(1) or "", found.group(2)
    if before[:1].isupper() or bare_word(before) in rules.leading_titles:
        return False  # "Goldie Kauppila's son", "Mrs. Kealoha's son"
    return bare_word(owner) in rules.every_first_name or unlisted(owner, rules)


def _someone_elses(rules: NameRules, text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is a brand's, a clinician's, a colleague's or a rep's."""
    return (
        is_brand(rules, text, start)
        or clinician_near(rules, text, start, end)
        or is_colleague(rules, text, start, end)
        or is_rep(rules, text, end)
        or employer_after(rules, text[end : end + 60])
    )
