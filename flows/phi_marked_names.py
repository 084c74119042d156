"""Names a message marks as patients' by what stands right beside them, whatever the name lists
hold: an age and sex in brackets as a chart or a ward list writes it ("Niemi, Sulo J. (84M)"),
the patient said right after it ("KOSKI AINO as pt", "Aino Koski (patient)"), patients said in
brackets ("Helmi and Onni Wiljanen (married, both pts)"), and a name in X12's
LAST*FIRST form after a patient's label ("pt name on 835: NIEMELA*TOIVO*J")."""

from __future__ import annotations

import re

from flows.phi_name_lists import NameRules
from flows.phi_name_words import bare_word

# A capitalised word, with an inner capital or an apostrophe as surnames have them ("McDonald",
# "O'Brien", "DeLuca", "O'NEILL").
_WORD = r"[A-Z][a-z'-]+(?:[A-Z][a-z'-]+)?|[A-Z]'?[A-Z]{2,}(?:-[A-Z]{2,})?"
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
# as pt", "Hale, Ada as the beneficiary", "Ada Hale (patient)", "Ada Hale, listed as pt"; "pt" in
# lower case only ("PT" is a physical therapist), and not the patient's someone or what a
# patient owes ("as pt's PCP", "as patient responsibility"). A subscriber or an insured may be
# a business's plan, so those hold a census name ("holder").
_OWED = r"(?![\w'])(?! (?i:resp|responsibility|liability|pay|portion|share|balance|owes|due)\b)"
_AS = r"(?i:(?:listed )?as) (?i:the )?"
_AS_PATIENT = (
    rf"(?P<as_patient>{_AS}(?:pt|(?i:patient|beneficiary|member|dependent)){_OWED}"
    r"|\((?:the )?(?:pt|(?i:patient))\))"
    rf"|(?P<as_holder>{_AS}(?i:subscriber|insured){_OWED})"
)
# Between the name and "as pt": a space, a comma or a line break.
_BEFORE_AS = r"(?:,?[ \t]+|,?[ \t]*\n[ \t]*)"
_MARKED = re.compile(
    rf"(?<![\w'-])(?:{_NAME})(?: (?:{_AGE_SEX}|{_BOTH_PATIENTS})|{_BEFORE_AS}(?:{_AS_PATIENT}))"
)
_X12_NAME = re.compile(
    r"\b(?i:pt|patient|member|subscriber)(?:'s)? (?i:name)\b[^:\n]{0,20}: ?"
    r"[A-Z]{2,}\*[A-Z]{2,}(?:\*[A-Z])?\b"
)


def has_marked_name(rules: NameRules, text: str) -> bool:
    """A name marked as a patient's by an age and sex, by "both pts", by "as pt" or "(patient)",
    or by a patient's label before its X12 form. A pair of words must hold a listed given name
    or surname: "Rental Period (60M)" is sixty months."""
    for found in _MARKED.finditer(text):
        said = found.group("as_patient") or found.group("as_holder")
        if said:
            name = found.group("last_first") or found.group("pair") or ""
            if _patient_named(rules, name, census=bool(found.group("as_holder"))):
                return True
            continue
        if found.group("last_first") or found.group("couple"):
            return True
        words = {word.lower() for word in found.group("pair").split()}
        if words & (rules.every_first_name | rules.surnames):
            return True
    return _X12_NAME.search(text) is not None


def _patient_named(rules: NameRules, name: str, census: bool) -> bool:
    """Whether the words said to be the patient are a person's: none a word the bot itself uses,
    a business's or a payer's ("Blue Cross as subscriber" is a plan), each a listed name or in
    no dictionary ("Nnamdi Okwuosa as the patient"); for a subscriber or an insured, one a
    listed given name or surname."""
    words = {bare_word(word) for word in name.replace(",", " ").split()}
    words = {word for word in words if len(word) > 1}
    listed = rules.every_first_name | rules.surnames
    if not words or words & (rules.ordinary | rules.businesses | rules.company_words):
        return False
    if census:
        return bool(words & listed)
    return all(
        word in listed or (word not in rules.english and word not in rules.not_names)
        for word in words
    )
