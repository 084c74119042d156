"""Whether a message talks of a person's own case, for the PHI guard's team-talk readings
(flows/phi_contact.py, flows/phi_ticket_holders.py): a patient's
word or item, a relative, an age or a birth word, or a person's own line, home and account
("(home)", "lives alone", "owes", "past due"). Then a name
beside a desk's words, a town's or a clinician's may be the patient's. The words are content's
(content/rules/phi.yaml: the patient words, `relative_words`, `office_talk.own_case_words`)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from flows.phi_team import AGE

# A birth said of someone (not a colleague's "birthday", team talk with no year).
_BORN = re.compile(r"\b(?:born|dob|d\.o\.b)\b", re.IGNORECASE)
# A person spoken of ("at her work", "he picked up"): the one named before is talked about.
PERSON_PRONOUN = re.compile(r"\b(?:she|her|hers|he|his|him)\b", re.IGNORECASE)

if TYPE_CHECKING:  # flows/phi_rules.py reads names through flows/phi_workplace_opening.py
    from flows.phi_rules import Rules


def case_said(rules: Rules, text: str) -> bool:
    """A patient's word or item, a relative's word, an age or a birth word, or a person's own
    line's, home's or account's word (`office_talk.own_case_words`) anywhere in `text`."""
    lowered = text.lower()
    places = tuple(rules.file.office_talk.practice_places)
    return bool(
        rules.names.patient_word.search(text)
        or rules.cue["relative"].search(text)
        or AGE.search(text)
        or _BORN.search(text)
        or _said(tuple(rules.file.office_talk.own_case_words), places).search(lowered)
    )


@functools.lru_cache(maxsize=2)
def _said(words: tuple[str, ...], places: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `words` standing alone and not before a practice's place ("call her office"),
    compiled once per list rather than once per message."""
    found = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    place = "|".join(re.escape(w) for w in places) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{found})(?!\w)(?! (?:{place})\b)")
