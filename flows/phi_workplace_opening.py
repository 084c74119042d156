"""A town opening a note before the supplier's store's or desk's word and a colon ("Cherry Hill
store: ...", "from the Toms River desk: ..."), for the PHI guard's name reading
(flows/phi_name_roles.py): the note's source, not a person. The place words are content's
(content/rules/phi.yaml, `staff_workplace_words`)."""

from __future__ import annotations

import re

from flows.phi_case_said import PERSON_PRONOUN
from flows.phi_name_lists import NameRules

_LINE_AFTER = re.compile(r"\s*\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b")  # "Grace Lee desk: 973-..."
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t>*_]*(?:(?:from|at|in) )?(?:the |our )?$", re.IGNORECASE)


def workplace_opening(rules: NameRules, token: re.Match[str]) -> bool:
    """Whether the capitalised words at `token` open the message or a line before one of the
    supplier's own places and a colon: "Cherry Hill store: ...", "from the Toms River
    desk: ...". The note's source, not a person ("Maria Lopez: ..." has no place's word)."""
    text = token.string
    opening = _LINE_OPENING.search(text, max(0, token.start() - 20), token.start())
    place = rules.workplace_opening.match(text, token.start())
    if opening is None or place is None:
        return False
    # A given name there, in a message about a patient or a person, or with a phone right after
    # the colon ("Lionel Matz desk: he picked up the rollator", "Grace Lee desk: 973-..."), is a
    # person's own desk or line, not a town.
    return token.group().lower() not in rules.first_names or not (
        rules.patient_word.search(text)
        or PERSON_PRONOUN.search(text)
        or _LINE_AFTER.match(text, place.end())
    )
