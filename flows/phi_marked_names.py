"""Names a message marks as patients' by what stands right beside them, whatever the name lists
hold: an age and sex in brackets as a chart or a ward list writes it ("Niemi, Sulo J. (84M)"),
patients said in brackets ("Helmi and Onni Wiljanen (married, both pts)"), and a name in X12's
LAST*FIRST form after a patient's label ("pt name on 835: NIEMELA*TOIVO*J")."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules

_WORD = r"[A-Z][a-z'-]+|[A-Z]{2,}"
# "Last, First J.", "Helmi and Onni Wiljanen" (two people, one surname), or "First Last".
_NAME = (
    rf"(?P<last_first>(?:{_WORD}), (?:{_WORD})(?: [A-Z]\.?)?)"
    rf"|(?P<couple>(?:{_WORD}) and (?:{_WORD}) (?:{_WORD}))"
    rf"|(?P<pair>(?:{_WORD}) (?:{_WORD}))"
)
# An adult's age (40 to 119) and sex: "(84M)", "(84 F)", "(F, 79)", "(M 91)".
_AGE_SEX = r"\((?:(?:[4-9]\d|1[01]\d) ?[MF]|[MF],? ?(?:[4-9]\d|1[01]\d))\)"
# Patients said in brackets, maybe after an aside: "(both pts)", "(married, both patients)".
_BOTH_PATIENTS = r"\((?:[^()]{1,30}, )?(?:both|two) (?:pts|patients)\)"
_MARKED = re.compile(rf"(?<![\w'-])(?:{_NAME}) (?:{_AGE_SEX}|{_BOTH_PATIENTS})")
_X12_NAME = re.compile(
    r"\b(?i:pt|patient|member|subscriber)(?:'s)? (?i:name)\b[^:\n]{0,20}: ?"
    r"[A-Z]{2,}\*[A-Z]{2,}(?:\*[A-Z])?\b"
)


def has_marked_name(rules: NameRules, text: str) -> bool:
    """A name marked as a patient's by an age and sex, by "both pts", or by a patient's label
    before its X12 form. A pair of words must hold a listed given name or surname: "Rental
    Period (60M)" is sixty months."""
    for found in _MARKED.finditer(text):
        if found.group("last_first") or found.group("couple"):
            return True
        words = {word.lower() for word in found.group("pair").split()}
        if words & (rules.every_first_name | rules.surnames):
            return True
    return _X12_NAME.search(text) is not None
