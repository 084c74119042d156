"""A surname a doctor or a staff member acts on, right before a phone, for the PHI guard's phone
check (flows/phi_contact.py): "Dr. Hale referred Okonkwo - 614-555-0101", "the tech Brandt
visited Zbrożek, cell 217-555-0199", "the RT set up obuya today - 2065550133". The verb
(content, phi.yaml `acted_on_verbs`) makes the word after it its object, a patient, so the
phone is the patient's line, whether or not the surname is in a name list or capitalised; not
when the word is an English word, a place, a company, brand or payer, a day or month, or a
staff member named in the message ("visited Springfield", "referred Medicaid", "called about
Lincare"), nor when the words before the phone send the patient elsewhere ("referred Okafor to
Mercy Rehab, 713-...")."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from flows.phi_rules import Rules

# The object right after the verb, in any case or script ("Okonkwo", "okonkwo", "Zbrożek"), then
# up to three words in lower case ("today", "at home") and what may stand before the phone: a
# comma, a dash, a colon or a bracket, and a phone's label ("Okonkwo - ", "Szymanski, cell ",
# "Abara (home) ", "Obuya yesterday, ").
_OBJECT_THEN_PHONE = re.compile(
    r" +([^\W\d_][^\W\d_']*(?:-[^\W\d_][^\W\d_']*)?)((?: [a-z]+){0,3})(?:,| -| —| –|:)? ?"
    r"(?:\(?(?i:cell|phone|ph|tel|mobile|home|number|#|no\.?)\)?[:#.]? ?(?:(?i:is) )?)?\(?"
)
# Words between the object and the phone that make the line someone else's: where the patient
# was sent or came from, and the writer's side ("referred Okonkwo to pulmonary, 614-...",
# "set up Obuya for us - ...").
_ELSEWHERE = frozenset("to from for via with by through us our we me my your their".split())
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
    """Whether the phone at `start` follows "<doctor or staff> <verb> <surname>": the patient's
    line. `person_word` tells a name-like word from a word the bot uses ("Okonkwo", not
    "Radiology")."""
    window = max(0, start - 70)
    verbs = list(_verbs_within(tuple(rules.file.acted_on_verbs)).finditer(text, window, start))
    for verb in reversed(verbs):
        found = _OBJECT_THEN_PHONE.match(text, verb.end(), start)
        if found is None or found.end() != start:
            continue
        word, between = found.group(1), found.group(2).split()
        if any(w in _ELSEWHERE or _place_or_business(rules, w) for w in between):
            return False
        if not _acted_on(rules, word, person_word):
            return False
        before = text[max(0, verb.start() - 60) : verb.start()]
        if _DOCTOR_BEFORE.search(before):
            return not _staff_named(rules, text, word)
        job = _JOB_BEFORE.search(before)
        if job is None or not rules.names.staff_role.fullmatch(job.group(1)):
            return False
        return not _staff_named(rules, text, word)
    return False


def _acted_on(rules: Rules, word: str, person_word: Callable[[str], bool]) -> bool:
    """Whether `word` may be a patient's surname: name-like, and no place, company, payer, day
    or word content holds as never a name."""
    bare = word.lower().removesuffix("'s")
    names = rules.names
    if CALENDAR.fullmatch(word) or bare in names.not_names:
        return False
    if _place_or_business(rules, word):
        return False
    if word.islower() and bare in names.english:
        return False  # "referred back - 614-...", "set up today, ..."
    # Each half name-like ("Okafor-Reyes"), read as a capitalised word in plain letters: a
    # surname typed in lower case or with its accents ("okonkwo", "Zbrożek") is still one.
    plain = _plain_letters(word)
    parts = (plain.title() if plain.islower() else plain).split("-")
    return not rules.cue["plan"].search(word) and all(map(person_word, parts))


def _plain_letters(word: str) -> str:
    """`word` without its accents ("Zbrożek" -> "Zbrozek")."""
    if word.isascii():
        return word
    spread = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in spread if not unicodedata.combining(ch))


def _place_or_business(rules: Rules, word: str) -> bool:
    """Whether `word` is a place's, a company's or a payer's word ("Springfield", "Lincare")."""
    bare = word.lower().removesuffix("'s")
    names = rules.names
    places = (names.place_names, names.place_words, names.place_ends)
    businesses = (names.company_words, rules.business_words, names.businesses)
    return any(bare in words for words in places + businesses) or bare in names.brands


def _staff_named(rules: Rules, text: str, word: str) -> bool:
    """Whether `word` is also named in the message right after a staff job ("our tech Okafor
    ... Dr. Hale referred Okafor")."""
    at = text.find(word)
    while at != -1:
        if rules.names.staff_before.search(text, max(0, at - 50), at):
            return True
        at = text.find(word, at + len(word))
    return False
