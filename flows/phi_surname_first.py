"""Names written surname first with no comma, with a generational suffix, or spelled out, for the
PHI guard's name checks (flows/phi.py): a work queue's, a ticket's or a file's heading lists a
patient as "FELTNER MAVIS" between dashes or quotes, "Whitaker Ozell Jr" is a person whatever the
order, and "first name O-L-L-I-E" is one letter by letter."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from flows.phi_name_lists import NameRules
from flows.phi_name_roles import clinician_near, is_brand, is_colleague
from flows.phi_name_words import bare_word, case_of

# Two or three words standing alone as a heading's item: after the start, a quote, a bracket or
# a dash, before a dash, a quote, a bracket, a slash or the end ("Refund request -
# FELTNER MAVIS - $41.80", "'Hensley Marvel' - last name first", "caudill orbie - wrong part").
_ITEM = re.compile(
    # an opening quote, not a word's apostrophe: tried after each one, "Ab'Ab'..." took seconds
    r"(?:^|(?<=['\"(])(?<![\w'-]['\"(])|(?<= [-/|] )|(?<=: ))"
    r"([^\W\d_][\w'-]+) ([^\W\d_][\w'-]+)( [^\W\d_][\w'-]+)?"
    r"(?=[ ]?['\")]| [-/|] |$)",
    re.MULTILINE,
)
# A generational suffix after two or three capitalised words: "Whitaker Ozell Jr", "Willie
# Johnson Sr. called"; not a street, a day or a school named for someone ("Martin Luther King Jr
# Blvd", "... Jr. Day"): a capitalised word after the suffix makes it part of a longer name.
_SUFFIXED = re.compile(
    r"(?<![\w.])((?:[A-Z][a-z'-]+ ){1,2}[A-Z][a-z'-]+),? (?:Jr|Sr|II|III|IV)\b(?!\.? ?[A-Z][a-z])"
)


def _surname(rules: NameRules, word: str) -> bool:
    bare = bare_word(word)
    return (
        bare in rules.surnames
        and bare not in rules.first_names
        and bare not in rules.ordinary
        and bare not in rules.english
    )


def _given(rules: NameRules, word: str) -> bool:
    bare = bare_word(word)
    return (
        bare in rules.every_first_name
        and bare not in rules.ordinary
        and bare not in rules.english
        and len(bare) > 2
    )


def _other_kind(rules: NameRules, words: list[str]) -> bool:
    """A payer's, a maker's, a place's or a company's word among them."""
    bare = {bare_word(w) for w in words}
    return bool(bare & (rules.businesses | rules.place_names | rules.company_words))


def has_surname_first(rules: NameRules, text: str) -> bool:
    """A census surname then a census given name (and maybe a middle one), in one case, standing
    alone as a heading's item (see `_ITEM`); not a colleague, a clinician or a brand."""
    for item in _ITEM.finditer(text):
        last, first, middle = item.group(1), item.group(2), (item.group(3) or "").strip()
        words = [last, first] + ([middle] if middle else [])
        if len({case_of(w) for w in words}) != 1 or _other_kind(rules, words):
            continue
        if not (_surname(rules, last) and _given(rules, first)):
            continue
        if middle and not _given(rules, middle):
            continue
        start, end = item.start(), item.end()
        if is_brand(rules, text, start) or clinician_near(rules, text, start, end):
            continue
        if not is_colleague(rules, text, start, end):
            return True
    return False


# A surname in capitals then a given name in title case, as a chart, a card or a passport prints
# a patient: "pt WIŚNIEWSKI Wilfredo", "re-key it for RAITHEL Leona", "CHEN Meilin".
_CAPS_THEN_GIVEN = re.compile(r"(?<![\w'-])([^\W\d_a-z]{3,}) ([^\W\d_][^\W\d_'-]+)(?![\w'-])")


def caps_surname_given(
    rules: NameRules, text: str, surnames: frozenset[str]
) -> Iterator[re.Match[str]]:
    """Each surname of `surnames` in capitals (see `_CAPS_THEN_GIVEN`), no given name, ordinary
    or English word nor a payer's, a maker's or a place's, then a census given name in title case
    that is no English word."""
    for found in _CAPS_THEN_GIVEN.finditer(text):
        last, first = found.group(1), found.group(2)
        if not (last.isupper() and first.istitle()):
            continue
        bare_last, bare_first = bare_word(last), bare_word(first)
        if bare_last not in surnames or bare_first not in rules.every_first_name:
            continue
        if bare_first in rules.english or bare_last in rules.english:
            continue
        if bare_last in rules.ordinary or bare_last in rules.first_names:
            continue
        if bare_last not in rules.businesses and bare_last not in rules.place_names:
            yield found


_PATIENT_BEFORE = re.compile(r"\b(?:pt|[Pp]atient|PATIENT|[Mm]ember|[Rr]esident):? $")


def has_caps_surname_first(rules: NameRules, text: str) -> bool:
    """A census surname in capitals then a census given name in title case (see
    `caps_surname_given`), neither a company's word, the given name no ordinary word; not a
    colleague, a clinician or a brand."""
    for found in caps_surname_given(rules, text, rules.surnames):
        last, first = found.group(1), found.group(2)
        if _other_kind(rules, [last, first]) or not _given(rules, first):
            continue
        start, end = found.start(), found.end()
        patient = _PATIENT_BEFORE.search(text, max(0, start - 12), start)  # "pt", not "PT"
        if is_brand(rules, text, start) or (
            not patient and clinician_near(rules, text, start, end)
        ):
            continue
        if not is_colleague(rules, text, start, end):
            return True
    return False


def has_suffixed_name(rules: NameRules, text: str) -> bool:
    """A name with a generational suffix (see `_SUFFIXED`) whose words are no ordinary ones."""
    for found in _SUFFIXED.finditer(text):
        words = found.group(1).split()
        if _other_kind(rules, words) or any(bare_word(w) in rules.ordinary for w in words):
            continue
        if not any(bare_word(w) in rules.census for w in words):
            continue
        start, end = found.start(), found.end()
        if is_brand(rules, text, start) or clinician_near(rules, text, start, end):
            continue
        if not is_colleague(rules, text, start, end):
            return True
    return False


_NAME_PART_SAID = re.compile(
    r"\b(?i:first|last|given|middle|maiden|family) name(?: (?i:is|was))?:? "
    r"([A-Z][a-z'-]+)\b(?! (?i:name|field|box|initial))"
)


@lru_cache(maxsize=4)  # built once per word list
def _spelled_after(labels: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(label).replace(r"\ ", " ") for label in labels)
    return re.compile(
        rf"\b(?:{words})\b[\s:,]*(?:(?:is|was|as)\s+)?"
        r"((?:[A-Za-z][ .-]{1,2}){2,}[A-Za-z])(?![\w-])",
        re.IGNORECASE,
    )


def has_spelled_name(rules: NameRules, labels: Iterable[str], text: str) -> bool:
    """A name spelled letter by letter after a name's label (`spelled_name_labels`: "first name
    O-L-L-I-E", "last name spelled K O W A L"), three letters or more that make no word of the
    bot's or the dictionary's ("spelled N-O-C" is the code's)."""
    for found in _spelled_after(tuple(labels)).finditer(text):
        word = re.sub(r"[ .-]", "", found.group(1)).lower()
        if word not in rules.ordinary and word not in rules.english:
            return True
    # A capitalised word said to be a name part is one, a word of the dictionary's too: "(first
    # name Justice)", "First name: Delpha"; not "first name, last name" nor a template's field
    # ("[First Name]", "the First Name Field").
    said = _NAME_PART_SAID.search(text)
    return said is not None and bare_word(said.group(1)) not in rules.not_names
