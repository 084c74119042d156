"""A name in capitals standing alone as a record's name field, for the PHI guard (flows/phi.py):
remits, eligibility screens and hospital wristbands print the patient surname first, in
capitals, with no label the guard knows ("TREMBLAY-OKONKWO MARGUERITE A", a wristband's
"'HASSELBLAD, GUNNAR  M  Rm 5112'", "pt name (as the 271 has it): O BRIEN KATHLEEN"). Read only
where a field stands: a whole line, a quoted value, or the value after a line's colon; a given
name and a surname, one of them in a census list, neither one of the bot's, a business's, a
place's or a clinician's word."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_roles import clinician_near, is_brand
from flows.phi_name_words import PARTICLES, bare_word, surname_shaped, unlisted

# SURNAME[,] GIVEN [M], then after a middle initial maybe another field (a wristband's room).
_FIELD_NAME = re.compile(
    r"((?:[A-Z]{1,3} )?[A-Z][A-Z'-]+)(,?) {1,2}([A-Z][A-Z'-]+)(?: {1,3}([A-Z])\.?(?: +\S.*)?)?"
)
# Where a field stands: a line, a quoted value, the value after a line's label and its colon.
_FIELDS = (
    re.compile(r"(?m)^[ \t]*([^\n]+?)[ \t]*$"),
    re.compile(r"['\"]([^'\"\n]+)['\"]"),
    re.compile(r"(?m): ?([^\n:]+?)[ \t]*$"),
)


def _name_word(rules: NameRules, word: str) -> bool:
    bare = bare_word(word)
    other = rules.businesses | rules.place_names | rules.company_words | rules.clinicians
    return len(bare) > 1 and unlisted(word, rules) and bare not in other


def _surname(rules: NameRules, word: str) -> str | None:
    """The surname of the field ("O BRIEN" is O'Brien), or None when it is none."""
    parts = word.split(" ")
    if len(parts) == 2 and (parts[0] in ("O", "D", "MC", "MAC") or parts[0].lower() in PARTICLES):
        word = parts[0] + parts[1] if len(parts[0]) > 1 else f"{parts[0]}'{parts[1]}"
    elif len(parts) == 2:
        return None
    return word if _name_word(rules, word) else None


_CAPITALS_PAIR = re.compile(r"(?<![A-Z])[A-Z]{3,},? {1,2}[A-Z]{3,}")


def has_record_name(rules: NameRules, text: str) -> bool:
    """A record's name field in capitals (see the module's docstring)."""
    if not _CAPITALS_PAIR.search(text):
        return False
    for field in (found for fields in _FIELDS for found in fields.finditer(text)):
        value = field.group(1)
        found = _FIELD_NAME.fullmatch(value)
        if found is None:
            continue
        last, comma, first, initial = found.groups()
        last = _surname(rules, last)
        if last is None or not _name_word(rules, first):
            continue
        bare_last, bare_first = bare_word(last), bare_word(first)
        given = bare_first in rules.every_first_name and bare_first not in rules.english
        family = bare_last in rules.surnames or surname_shaped(last, rules)
        # With no census name, a comma and a middle initial still make the name field: a
        # wristband's "HASSELBLAD, GUNNAR  M".
        unknown = comma and initial and bare_first not in rules.english
        if not (given or family or unknown) or {bare_first, bare_last} & rules.english:
            continue
        start = field.start(1)
        if not is_brand(rules, text, start) and not clinician_near(
            rules, text, start, start + len(found.group())
        ):
            return True
    return False
