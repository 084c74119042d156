"""A surname a doctor or a staff member acts on, right before a phone, for the PHI guard's phone
check (flows/phi_contact.py): "Dr. Hale referred Okonkwo - 614-555-0101", "the tech Brandt
visited Szymanski, cell 217-555-0199". The verb (content, phi.yaml `acted_on_verbs`) makes the
capitalised word its object, a patient, so the phone is the patient's line, whether or not the
surname is in a name list; not when the word is an English word, a place, a company or payer,
a day or month, or a staff member named in the message ("visited Springfield", "referred
Medicaid", "called about Lincare")."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from flows.phi_rules import Rules

# The capitalised word right before the phone, then what may stand between: a comma, a dash, a
# colon or a bracket, and a phone's label ("Okonkwo - ", "Szymanski, cell ", "Abara (home) ").
_OBJECT_THEN_PHONE = re.compile(
    r"(?<![\w'.-])([A-Z][a-z']+(?:-[A-Z][a-z']+)?)(?:,| -| —| –|:)? ?"
    r"(?:\(?(?i:cell|phone|ph|tel|mobile|home|number|#|no\.?)\)?[:#.]? ?(?:(?i:is) )?)?\(?$"
)
# A doctor, or a staff member by their job (a name after it or not), right before the verb:
# "Dr. Hale ", "dr hale ", "the tech Brandt ", "our driver ", "the hospice nurse ".
_DOCTOR_BEFORE = re.compile(r"\b(?i:dr\.?|doctor) ?(?:[A-Z][\w'-]+ |[a-z][\w'-]+ )?$")
_JOB_BEFORE = re.compile(r"\b([A-Za-z]+)(?: ([A-Z][\w'-]+))? $")
# Days and months: capitalised, some of them surnames, but no one named ("saw Monday", "out
# Friday").
CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Today|Tomorrow|Yesterday"
)


@functools.lru_cache(maxsize=4)
def _verbs_before(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """The verbs, longest first, each ending right before the object (compiled once a list)."""
    spelled = sorted((re.escape(v).replace(r"\ ", " +") for v in verbs), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(spelled)}) +$", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _verbs_within(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """The verbs as whole words anywhere (compiled once a list)."""
    spelled = sorted((re.escape(v).replace(r"\ ", " +") for v in verbs), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(spelled)})\b", re.IGNORECASE)


# The object right after a verb, past an article or a particle: "fitted the man", "saw Ngata".
_OBJECT_AFTER = re.compile(r" +(?:(?:the|a|an|to|at|for|with|on|up|off|in) +)*([^\W\d_][\w'-]*)")


def acts_on_someone(rules: Rules, words: str) -> bool:
    """Whether `words` hold a verb a doctor or staff member does to someone, no place or company
    its object ("fitted the man today", "measured Abdirahman", not "visited Lincare" or a bare
    "rescheduled,"): whoever a pronoun after them names may be that patient."""
    for verb in _verbs_within(tuple(rules.file.acted_on_verbs)).finditer(words):
        found = _OBJECT_AFTER.match(words, verb.end())
        if found is not None and not _place_or_business(rules, found.group(1)):
            return True
    return False


def acted_on_before(
    rules: Rules, text: str, start: int, person_word: Callable[[str], bool]
) -> bool:
    """Whether the phone at `start` follows "<doctor or staff> <verb> <Surname>": the patient's
    line. `person_word` tells a name-like word from a word the bot uses ("Okonkwo", not
    "Radiology")."""
    found = _OBJECT_THEN_PHONE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    word = found.group(1)
    verb = _verbs_before(tuple(rules.file.acted_on_verbs)).search(
        text, max(0, found.start() - 40), found.start()
    )
    if verb is None or not _acted_on(rules, word, person_word):
        return False
    before = text[max(0, verb.start() - 60) : verb.start()]
    if _DOCTOR_BEFORE.search(before):
        return not _staff_named(rules, text, word)
    job = _JOB_BEFORE.search(before)
    if job is None or not rules.names.staff_role.fullmatch(job.group(1)):
        return False
    return not _staff_named(rules, text, word)


def _acted_on(rules: Rules, word: str, person_word: Callable[[str], bool]) -> bool:
    """Whether `word` may be a patient's surname: name-like, and no place, company, payer, day
    or word content holds as never a name."""
    bare = word.lower().removesuffix("'s")
    names = rules.names
    if CALENDAR.fullmatch(word) or bare in names.not_names:
        return False
    if _place_or_business(rules, word):
        return False
    parts = word.split("-")  # "Okafor-Reyes": each half name-like
    return not rules.cue["plan"].search(word) and all(map(person_word, parts))


def _place_or_business(rules: Rules, word: str) -> bool:
    """Whether `word` is a place's, a company's or a payer's word ("Springfield", "Lincare")."""
    bare = word.lower().removesuffix("'s")
    names = rules.names
    if bare in names.place_names | names.place_words | names.place_ends:
        return True
    return bare in names.company_words | rules.business_words | names.businesses


def _staff_named(rules: Rules, text: str, word: str) -> bool:
    """Whether `word` is also named in the message right after a staff job ("our tech Okafor
    ... Dr. Hale referred Okafor")."""
    at = text.find(word)
    while at != -1:
        if rules.names.staff_before.search(text, max(0, at - 50), at):
            return True
        at = text.find(word, at + len(word))
    return False
