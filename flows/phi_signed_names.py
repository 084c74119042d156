"""Names standing where a letter or a mailing block puts them, read in a message that holds the
writer's own phone, e-mail or street: after a sign-off or a greeting to the team ("Regards,\n
Theophilus Dunmore", "Hi team, WEINSTOCK Panagiotis"), or on a line of their own above a street
("MARGARETHE ALTENBURG"); and a practitioner's surname signed with a credential elsewhere in the
message ("signed 'Bob Tran PA-C' but PECOS has Robert Tran")."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_roles import clinician_near, employer_after, is_brand
from flows.phi_name_words import (
    bare_word,
    case_of,
    is_first_name,
    is_name_word,
    surname_like,
    unlisted,
)
from flows.phi_reach import ends_right_before

_SIGNED_NAME = re.compile(r"\b([A-Z][^\W\d_]+) ([A-Z][^\W\d_]+(?:['-][A-Z]?[^\W\d_]+)?)\b")


def has_signed_name(rules: NameRules, text: str) -> bool:
    """The writer's name after a letter's sign-off ("Regards,\nTheophilus Dunmore"), or a name
    right after a greeting to the team ("Hi team, WEINSTOCK Panagiotis"), for a text
    whose own phone, e-mail or street address (not a business's) makes the writer a patient or a
    relative: "...\n88 Quail Hollow Ln\nColumbus OH 43215"."""
    for found in _SIGNED_NAME.finditer(text):
        if not (
            ends_right_before(rules.colleague_before, text, found.start())
            or ends_right_before(rules.team_greeting, text, found.start())
        ):
            continue
        first, last = found.groups()
        if not all(is_name_word(w, rules) and bare_word(w) not in rules.businesses
                   for w in (first, last)):  # fmt: skip
            continue
        if (is_first_name(first, rules) or unlisted(first, rules)) and surname_like(last, rules):
            return not is_brand(rules, text, found.start()) and not employer_after(
                rules, text[found.end() : found.end() + 60]
            )
    return False


_LINE_NAME = re.compile(r"(?m)^[ \t]*([^\W\d_][\w'-]+)(?: [^\W\d_]\.?)? ([^\W\d_][\w'-]+)[ \t]*$")


def has_line_name(rules: NameRules, text: str) -> bool:
    """A name on a line of its own, as a mailing block or a pasted record has it ("MARGARETHE
    ALTENBURG" above "55 CHESTNUT HILL DR"), for a text that holds another identifier: a given
    name and a surname the bot never uses, in one case; no business, place or brand."""
    for found in _LINE_NAME.finditer(text):
        first, last = found.groups()
        if case_of(first) != case_of(last) or case_of(first) not in ("title", "upper"):
            continue
        given = bare_word(first) in rules.every_first_name or bare_word(first) not in rules.english
        if not given or not unlisted(first, rules):
            continue  # a given name, or a word in no dictionary: "Margarethe"
        other = rules.businesses | rules.place_words | rules.place_names | rules.company_words
        if not (unlisted(last, rules) and surname_like(last, rules)) or bare_word(last) in other:
            continue
        if not is_brand(rules, text, found.start(1)) and not clinician_near(
            rules, text, found.start(1), found.end(2)
        ):
            return True
    return False


def credentialed_elsewhere(
    rules: NameRules, text: str, tokens: list[re.Match[str]], j: int
) -> bool:
    """The surname of token `j` in another given name and surname with a credential after it
    ("Bob Tran PA-C", "Kay Orr, NP"): the same practitioner, named another way."""
    surname = bare_word(tokens[j].group())
    for k in range(1, len(tokens)):
        found, given = tokens[k], tokens[k - 1]
        if k == j or bare_word(found.group()) != surname or not given.group().istitle():
            continue
        if text[given.end() : found.start()] == " " and clinician_near(
            rules, text, found.start(), found.end()
        ):
            return True
    return False
