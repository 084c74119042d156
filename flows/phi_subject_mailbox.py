"""A mailbox that spells the name a message is about ("the office called about T. Ostrander ...
statements to tomas.ostrander@example.org"), for the PHI guard (flows/phi.py): the person asked
about, after "about", "for", "re" or "regarding" (`surname_question_words`), is the patient, and a
mailbox spelling that name anywhere in the message is hers, whatever desk or office the message
names. The mailbox spelling both words is what ties it to her."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows.phi_beside_names import is_strict_name_word
from flows.phi_mail import EMAIL, business_domain, work_mailbox

if TYPE_CHECKING:
    from flows.phi_rules import Rules

# Two capitalised words, the first maybe an initial, after a word: "about T. Ostrander", "for
# Brisbin Odile". The cue word is checked against the content's list.
_ASKED_ABOUT = re.compile(r"\b([A-Za-z]+):? ((?:[A-Z]\.?|[A-Z][a-z'-]+)) ([A-Z][a-z'-]{3,})\b")


def _spells(local: str, first: str, last: str) -> bool:
    """The surname whole in the mailbox and the other word whole or by its initial first
    ("tomas.ostrander", "obrisbin")."""
    return last in local and (first in local or local.startswith(first[0]))


def with_subject_mailbox(rules: Rules, text: str, found: set[str]) -> set[str]:
    """`found` with the name and the e-mail added when a mailbox spells the name the message is
    asked about; `found` itself otherwise."""
    if "@" not in text or {"name", "email"} <= found:
        return found
    if rules.names.staff_role.search(text) or rules.names.staff_before.search(text):
        return found  # "question about Kelly Burns, she's our rep: kelly.burns@...": the rep's
    cues = {word.lower() for word in rules.file.surname_question_words}
    asked = [
        (m.group(2).rstrip(".").lower(), m.group(3).lower())
        for m in _ASKED_ABOUT.finditer(text)
        if m.group(1).lower() in cues
        and is_strict_name_word(rules.names, m.group(3))
        and (len(m.group(2).rstrip(".")) == 1 or is_strict_name_word(rules.names, m.group(2)))
    ]
    if not asked:
        return found
    for address in EMAIL.finditer(text):
        local, _, domain = address.group().lower().partition("@")
        parts = set(re.split(r"[._+-]|\d+", local)) - {""}
        if parts & rules.role_mailboxes or business_domain(domain, rules.names.mail_domain_words):
            continue  # "billing@", "kelly.burns@medline.com": a desk's or a rep's
        if work_mailbox(rules.names, local, domain, text):
            continue
        if any(_spells(local, first, last) or _spells(local, last, first) for first, last in asked):
            return found | {"name", "email"}
    return found
