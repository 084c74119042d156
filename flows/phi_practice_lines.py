"""A doctor's or a practice's own line, for the PHI guard's phone check (flows/phi_contact.py):
a message naming a doctor before the number, with no patient's case said and no other name
between, is about the practice ("Dr. Moreau asked us to call her office at ...")."""

from __future__ import annotations

import functools
import re

from flows.phi_case_said import case_said
from flows.phi_rules import Rules

# A doctor named by the title ("Dr. Ada Quist", "dr. quist").
_DOCTOR = re.compile(r"\b(?i:dr)(?:\. ?| )[^\W\d_][\w'-]+(?: [A-Z][\w'-]+(?= [^\d(]))?")


@functools.lru_cache(maxsize=4)
def _clinician_opening(jobs: tuple[str, ...]) -> re.Pattern[str]:
    """A message opening on a clinician by their job (phi.yaml `clinician_jobs`; OT, PT, NP, PA
    in capitals: "the pt" is the patient): "the ortho surgeon's office in ...", compiled once."""
    said = "|".join(re.escape(job).replace(r"\ ", " ") for job in jobs) or "(?!)"
    opening = r"\s*(?i:the|an?|our)\s+(?:(?i:[a-z]+)\s+){0,2}?"
    return re.compile(rf"{opening}(?:(?i:{said})|OT|PT|NP|PA)(?:'s)?\b")


# The doctor asking for a call between their name and the number: "Dr. Mbatha from pulmonary
# wants a call back at ..." (the practice's line; "wants a call" elsewhere is a person's case).
_CALL_ASKED = re.compile(r"\b(?:wants|needs|asked for|requested) a call(?: ?back)?\b", re.I)


# A place named as an estate ("Estate Thomas"), the practice's, no person.
_ESTATE = re.compile(r"\bEstate(?: [A-Z][\w'-]*){1,3}")


def clinician_message(rules: Rules, text: str, start: int) -> bool:
    """Whether a doctor is named before the phone at `start` in a message with no patient's or
    relative's word, no age, no birth word and no person's own line or account
    (`case_said`) and no name or title between: a message about a practice, whose pronouns
    ("her fax", "his office line", "use the office") are the doctor's, so the number is the
    practice's."""
    opening = _clinician_opening(tuple(rules.file.clinician_jobs))
    doctor = _DOCTOR.search(text, 0, start) or opening.match(text, 0, start)
    if doctor is None:
        return False
    asked = _CALL_ASKED.sub(" ", text[doctor.end() : start])  # the doctor's own call back
    if case_said(rules, text[: doctor.end()] + asked + text[start:]):
        return False
    # "Dr. Lee says call Rosa at 317-...", "Dr Patel re: Ortiz 317-...", "for mrs ortiz":
    # someone else's number; a practice's own name is no one's ("refers from Eskenazi Health
    # Center Grassy Creek. her fax: ...", "at Wabash Valley Physical Medicine wants his fax")
    between = _PRACTICE.sub(
        lambda run: "" if _practice(rules, run.group()) else run.group(), text[doctor.end() : start]
    )
    between = _ESTATE.sub("", between)  # the practice's place: "in Estate Thomas"
    return not any(a_name(rules, word) for word in re.findall(r"[^\W\d_][\w'-]*", between))


# Capitalised words in a row: a practice's name when one of them is a company's word.
_PRACTICE = re.compile(r"[A-Z][\w'&-]*(?: [A-Z][\w'&-]*)+")


def _practice(rules: Rules, run: str) -> bool:
    return any(word.lower() in rules.names.company_words for word in run.split()[1:])


def a_name(rules: Rules, word: str) -> bool:
    """Whether `word` is a given name or surname (capitalised, or not an English word) or a
    person's title."""
    bare = word.lower().removesuffix("'s").removesuffix("'")
    names = rules.names
    if bare in {"mr", "mrs", "ms", "miss", "pt", "patient", "member"}:
        return True
    known = bare in names.every_first_name or bare in names.all_surnames
    return known and (word[0].isupper() or bare not in names.english)
