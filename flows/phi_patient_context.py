"""The PHI guard's words (content/rules/phi.yaml, `patient_context`) that keep a patient a patient
where the team, a business or a product usually stands: a chat speaker or a meeting attendee in a
message about a patient's visit, a name or a phone beside a department that serves patients, an
MBI beside a loaner, "her office" number; and the cue words of a shared account's end and of an
X12 NM1 segment's ID qualifiers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel


class PatientContextWords(BaseModel):
    visit_words: list[str]
    patient_facing_departments: list[str]
    pronouns: list[str]
    one_person_pronouns: list[str]
    own_line_words: list[str]
    staff_cell_words: list[str]
    account_ending_words: list[str]
    x12_id_qualifiers: dict[str, str]


@dataclass(frozen=True)
class PatientContext:
    about_patient: re.Pattern[str]  # "pt", "walker", "Medicare", "fitting": a patient's case
    facing_department: re.Pattern[str]  # "intake", "sales": a colleague's only beside a business
    facing_words: frozenset[str]  # their words: "customer service" is no business's word here
    pronouns: frozenset[str]  # "they", "his"
    one_person_pronouns: frozenset[str]  # "his", "her"
    own_line_words: frozenset[str]  # "office", "fax": "her office" is her own
    staff_cell: re.Pattern[str]  # "(staff)"
    account_ending_words: frozenset[str]  # "acct ending 1193"
    x12_id_qualifiers: dict[str, str]  # "MI": "member_id", "34": "ssn"


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _any_of(words: Iterable[str], plural: str = "") -> re.Pattern[str]:
    found = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{found}){plural}\b", re.IGNORECASE)


def make_patient_context(words: PatientContextWords, patient_words: list[str]) -> PatientContext:
    """The compiled form of `words`; `patient_words` are team_talk_patient_words."""
    return PatientContext(
        about_patient=_any_of([*patient_words, *words.visit_words], plural="s?"),
        facing_department=_any_of(words.patient_facing_departments),
        facing_words=_lower(w for d in words.patient_facing_departments for w in d.split()),
        pronouns=_lower(words.pronouns),
        one_person_pronouns=_lower(words.one_person_pronouns),
        own_line_words=_lower(words.own_line_words),
        staff_cell=_any_of(words.staff_cell_words),
        account_ending_words=_lower(words.account_ending_words),
        x12_id_qualifiers={k.upper(): v for k, v in words.x12_id_qualifiers.items()},
    )


def facing_department_of_business(
    context: PatientContext, cell: str, line: str, *business_words: frozenset[str]
) -> bool:
    """Whether `cell` is a department that serves patients ("Intake") on a `line` that also
    holds a business's or a company's word other than the department's own ("Hibbing office",
    "Lakeview HME")."""
    if not context.facing_department.fullmatch(cell):
        return False
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", line)} - context.facing_words
    return any(words & found for found in business_words)
