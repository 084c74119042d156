"""Names a message marks as patients' by what stands right beside them, whatever the name lists
hold: an age and sex in brackets as a chart or a ward list writes it ("Niemi, Sulo J. (84M)"),
the patient said right after it ("KOSKI AINO as pt", "Aino Koski (patient)"), patients said in
brackets ("Helmi and Onni Wiljanen (married, both pts)"), and a name in X12's
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
# The patient said right after the name, as a system or a colleague lists it: "LINDQVIST SIGRID
# as pt", "Hale, Ada as the beneficiary", "Ada Hale (patient)"; "pt" in lower case only ("PT" is
# a physical therapist), and not the patient's someone ("as pt's PCP").
_AS_PATIENT = (
    r"(?P<as_patient>as (?:the )?(?:pt|(?i:patient|beneficiary|subscriber|insured))(?![\w'])"
    r"|\((?:the )?(?:pt|(?i:patient))\))"
)
_MARKED = re.compile(rf"(?<![\w'-])(?:{_NAME}) (?:{_AGE_SEX}|{_BOTH_PATIENTS}|{_AS_PATIENT})")
_X12_NAME = re.compile(
    r"\b(?i:pt|patient|member|subscriber)(?:'s)? (?i:name)\b[^:\n]{0,20}: ?"
    r"[A-Z]{2,}\*[A-Z]{2,}(?:\*[A-Z])?\b"
)


def has_marked_name(rules: NameRules, text: str) -> bool:
    """A name marked as a patient's by an age and sex, by "both pts", by "as pt" or "(patient)",
    or by a patient's label before its X12 form. A pair of words must hold a listed given name
    or surname: "Rental Period (60M)" is sixty months."""
    for found in _MARKED.finditer(text):
        if found.group("as_patient"):
            if _patient_named(rules, found.group("last_first") or found.group("pair") or ""):
                return True
            continue
        if found.group("last_first") or found.group("couple"):
            return True
        words = {word.lower() for word in found.group("pair").split()}
        if words & (rules.every_first_name | rules.surnames):
            return True
    return _X12_NAME.search(text) is not None


def _patient_named(rules: NameRules, name: str) -> bool:
    """Whether the words said to be the patient are a person's: one a listed given name or
    surname, none a word the bot itself uses ("Blue Cross as subscriber" is a plan)."""
    words = {word.lower().rstrip(".") for word in name.replace(",", " ").split()}
    words = {word for word in words if len(word) > 1}
    return bool(words & (rules.every_first_name | rules.surnames)) and not words & (
        rules.ordinary | rules.businesses | rules.company_words
    )
