"""Birth dates as billers mention them in passing, for the PHI guard's date-of-birth check
(flows/phi.py): a birth word a few words before the date ("dob wrong on the SWO - should be
9/13/1951", "birthday is next week, the 14th of november"), an age and the day it is reached
("he turns 80 on 1/15"), and the team's own birthdays, which are no patient's ("my son was born
5/2/2019", "Marcus's birthday is 11/14, we're doing lunch")."""

from __future__ import annotations

import datetime as dt
import re

from flows.phi_context import billing_number, cue_before, cue_near
from flows.phi_rules import Rules
from flows.phi_shapes import MONTH_DAY, WORDED_DATE
from flows.phi_team import SPOKEN_AGE, celebrates_undated, names_a_colleague

# A year a patient's birth date has; a later date near a birth word is another date.
_OLD_YEAR = re.compile(r"(?<!\d)19\d\d(?!\d)|(?<=[/.-])[3-9]\d$")
# The age a patient turns on a day: "he turns 80 on 1/15", "she'll be 85 on the 3rd of March",
# "he just turned 80 on 11/2".
_AGE_ON = re.compile(
    r"\b(?:turns|turned|turning|(?:will|'ll) be) ([5-9]\d|1[01]\d) on (?:the )?", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
PRONOUNS_OWNING = frozenset({"her", "his", "their", "its", "one", "it", "that", "who", "whose"})
_PATIENT_WORD = re.compile(r"\b(?:pt|patient|resident|member|beneficiary|client)s?\b", re.I)
# A therapist's credential in capitals right after a capitalised name ("Tamsin Reddy PT
# co-signed"): no patient's word.
_CREDENTIAL_BEFORE = re.compile(r"[A-Z][a-z][\w'-]* $")


def _patient_said(text: str) -> bool:
    """A patient's word in `text`, not "PT" as a name's credential."""
    return any(
        not (
            word.group() == "PT"
            and _CREDENTIAL_BEFORE.search(text, max(0, word.start() - 30), word.start())
        )
        for word in _PATIENT_WORD.finditer(text)
    )


_MINE = re.compile(r"\b(?:my|our)\b", re.IGNORECASE)
_BREAK_ROOM = re.compile(r"\bbreak ?room\b", re.IGNORECASE)  # where the office's cards and cake are
# The writer's own relative before a birth word: "my dad was born 4/4/1950".
_MY_RELATIVE = re.compile(r"\b(?:my|our) ([a-z-]+?)(?:'s)? (?:[a-z]+ )?$", re.IGNORECASE)
_FIRST_NAME_ALONE = re.compile(
    r"\b([A-Z][a-z]+(?:-[a-z]+)?|[A-Z]{2,}(?:-[A-Z]+)?|[a-z]+(?:-[a-z]+)?)'s "
    r"(?:([a-z-]+) (?:was |is |were |are |just |'s )*)?$",
    re.IGNORECASE,
)
# A word right before that name (a surname's given name, a title, "for"): then it is not alone;
# a number, a code or a separator before it is the end of another item of a pasted note.
_WORD_BEFORE = re.compile(r"(?<![\w.'-])[^\W\d_][\w.'-]*\s+$")
# A year from the 1900s in a message, written out or as a date's two-digit year ("3/4/40"; not
# the day of "9/30").
_OLD_YEAR_WRITTEN = re.compile(r"\b19\d\d\b|\d[/.-]\d{1,2}[/.-][3-9]\d\b|\bnineteen\b", re.I)
_QUOTED = re.compile(r"[\"\u201c]|\b(?:vm|voicemail|voice mail|transcript)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)19\d\d(?!\d)")
# The one a birthday is wished to: "birthday to Kelvin", "bday, Roz", "b-day wishes to Priya".
_WISHED = re.compile(r"(?i:birthday|bday|b-day)[\s,!]+(?:[a-z]+ ){0,2}[A-Z][a-z]+")
# No date of service is this old: a full date from before it is a birth date.
OLDEST_SERVICE_YEAR = 1960
# A full date from before this year beside a birth word is a birth date; one from it on, after
# a birth word that is also billing shorthand, is not ("b/d 11/03/2026": bad debt).
RECENT_YEAR = 1990


# A few words between a birth word and a label's colon: "fecha de nacimiento del niño: ...".
_WORDS_TO_COLON = re.compile(r"((?: [^\W\d_][\w'-]*){1,3}) ?: ?$")


def birth_label_before(rules: Rules, text: str, start: int) -> bool:
    """Whether a label ending in a colon right before `start` starts with a birth word, whoever's
    birth it names ("fecha de nacimiento del niño: 21/08/2018", "ngày sinh của cháu bé: ...")."""
    before = text[max(0, start - 50) : start]
    for cue in rules.cue["dob"].finditer(before):
        words = _WORDS_TO_COLON.fullmatch(before, cue.end())
        if words and not set(words.group(1).lower().split()) & rules.other_date_words:
            return True
    return False


def has_old_year(text: str) -> bool:
    """The text holds a year no date of service has."""
    return any(int(year) < OLDEST_SERVICE_YEAR for year in _YEAR.findall(text))


def old_full_date(date: str, before: int) -> bool:
    """A day, a month and a four-digit year before `before`: "8/15/1950", "2 Feb 1940"."""
    year = _YEAR.search(date)
    if year is None or int(year.group()) >= before:
        return False
    rest = date[: year.start()] + " " + date[year.end() :]
    numbers = re.findall(r"\d+", rest)
    return len(numbers) >= 2 or (len(numbers) == 1 and re.search(r"[^\W\d_]{3}", rest) is not None)


def old_date_alone(rules: Rules, text: str, date: re.Match[str]) -> bool:
    """A full date from before OLDEST_SERVICE_YEAR, with no birth word: only a birth date is
    that old ("Dupree Lavinia 03-02-1941"); not a law's or a policy's date ("the NCD dates from
    06/22/1950")."""
    if not old_full_date(date.group(), OLDEST_SERVICE_YEAR):
        return False
    words = {w.lower() for w in _WORD.findall(text[max(0, date.start() - 50) : date.start()])}
    # "catalog # 08-14-1937", "invoice # 0411-1942": a product's or an invoice's number
    return not words & rules.old_date_not_birth and not billing_number(
        rules, text, date.start(), rules.product_words
    )


def birth_without_cue(rules: Rules, text: str) -> bool:
    """With no birth word listed in the message: the day an old age is reached ("he turns 80 on
    1/15", `age_on_date`) or an old date with a month's word in any language."""
    return age_on_date(rules, text) or _old_worded_date(rules, text)


# Cents right after a number: "1924.61" is an amount, not a year.
_CENTS = re.compile(r"\.\d")


def _old_worded_date(rules: Rules, text: str) -> bool:
    """A day, a month's word in any language and a year from before OLDEST_SERVICE_YEAR, with
    no birth word listed ("fanau i le 13 Me 1949"): as old as `old_date_alone` reads."""
    if not _YEAR.search(text):
        return False
    for date in WORDED_DATE.finditer(text):
        year = _YEAR.search(date.group())
        glued = date.start() > 0 and text[date.start() - 1] in "-/"
        if year is None or year.start() == 0 or glued or _CENTS.match(text, date.end()):
            continue  # the year first is a part's or a serial's number: "0307-1941 is the 20";
            # cents after the year make it a price: "ARMREST 2 1924.61", a quantity and a price
        if int(year.group()) < OLDEST_SERVICE_YEAR:
            before = text[max(0, date.start() - 50) : date.start()]
            words = {w.lower() for w in _WORD.findall(before)}
            if not words & rules.old_date_not_birth and not billing_number(
                rules, text, date.start(), rules.product_words
            ):
                return True
    return False


def birth_word_before(rules: Rules, text: str, start: int, date: str = "") -> bool:
    """Whether a birth word is at most six words before `start`, in the same sentence, with no
    other date's word between (not "DOB ok, DOS 11/14"): before a month and a day ("her birthday
    is next week, the 14th of november") or a full `date` from before 2000 ("dob wrong on the
    SWO - should be 9/13/1951", "birth date on her license is 01/27/1946")."""
    if date and not _OLD_YEAR.search(date):
        return False  # "born-on date of the battery is 2026-01-14"
    before = text[max(0, start - 60) : start]
    for cue in rules.cue["dob"].finditer(before):
        between = before[cue.end() :]
        words = [w.lower() for w in _WORD.findall(between)]
        if len(words) > 6 or (_SENTENCE_END.search(between) and not date):
            continue  # an old full date may follow a question: "what's her dob? I have ..."
        if not set(words) & rules.other_date_words:
            return True
    return False


def birth_word_after(rules: Rules, text: str, end: int, date: str) -> bool:
    """A full date from before 2000 with a birth word at most five words after it: "6/14/1944
    is the dob on the card", "can you verify 6/14/1944 is her dob"."""
    if not _OLD_YEAR.search(date):
        return False
    cue = rules.cue["dob"].search(text, end, end + 50)
    return cue is not None and len(_WORD.findall(text[end : cue.start()])) <= 5


def age_on_date(rules: Rules, text: str) -> bool:
    """ "he turns 80 on 1/15", "she'll be 85 on the 3rd of March": an old age and its day; not
    in team talk ("Lena from scheduling turns 50 on 5/5, cake at 3")."""
    age = next((a for a in _AGE_ON.finditer(text) if MONTH_DAY.match(text, a.end())), None)
    if age is None:
        return False
    # the colleague the age is about comes before it: "Lena from scheduling turns 50 on 5/5",
    # "our driver Marcus turns 50 on 8/19"
    team = names_a_colleague(rules.names.colleague_after, text, age.start())
    person = re.search(r"\b[A-Z][a-z]+ $", text[: age.start()])
    team = team or bool(person and rules.names.staff_before.search(text[: person.start()]))
    return bool(_patient_said(text)) or not (team or _celebrates(rules, text))


def team_birthday(rules: Rules, text: str, cue_start: int) -> bool:
    """A birthday of the team or their families, not a patient's: "my son was born ...",
    "Marcus's birthday is 11/14, we're doing lunch"."""
    mine = _MY_RELATIVE.search(text[max(0, cue_start - 30) : cue_start])
    if mine and rules.cue["relative"].fullmatch(mine.group(1)):
        # "my dad was born 4/4/1950": the writer's family, unless a patient or a caller speaks
        return not (_patient_said(text) or _QUOTED.search(text))
    subject = re.search(r"([^\W\d_]+)(?:'s| (?:was|is|got|were))? $", text[:cue_start])
    if subject and subject.group(1).lower() in rules.business_words | rules.birth_subjects:
        return True  # "Medicare was born July 30, 1965", "the company's birthday"
    if _patient_said(text) or _OLD_YEAR_WRITTEN.search(text) or SPOKEN_AGE.search(text):
        return False  # "my patient's DOB", a voicemail: "my birthday is 3/4/1940", "she turns 88"
    if not re.match(r"(?:birthday|bday|b-day|born)\b", text[cue_start:], re.IGNORECASE):
        return False  # a label: "my date of birth is ..." in a patient's voicemail
    before = text[max(0, cue_start - 25) : cue_start]
    if _MINE.search(before):
        return True  # "my son was born", "my mom's birthday"
    if names_a_colleague(rules.names.colleague_after, text, cue_start):
        return True  # "Marcus in AR has a birthday 12/9": a colleague's
    job = re.search(r"\((?:our |the )?([^()]{2,30})\)(?:'s)? (?:(?:is|was) )?$", before)
    if job and rules.names.staff_role.fullmatch(job.group(1)):
        return True  # "Dana Koski (compliance) birthday is April 20": a colleague's job beside
    if _BREAK_ROOM.search(text) or celebrates_undated(rules.names.celebration_words, text):
        return True  # "Colleen's bday January 10 - card in the break room", "... cake at 3"
    wished = _WISHED.match(text, cue_start)
    if wished and rules.names.colleague_after.match(text, wished.end()):
        return True  # "happy birthday to Kelvin in AR, 3/14": the colleague wished it
    # A first name alone, no title or surname with it: "Delia's bday is 11/2, signing the card",
    # "Sokha's birthday is in June" (a given name in no list, but no surname either); or a
    # relative of one: "Keisha's grandson was born 1/8" (a coworker's family).
    alone = _FIRST_NAME_ALONE.search(text[:cue_start])
    if alone and _WORD_BEFORE.search(text, max(0, alone.start() - 30), alone.start()):
        alone = None  # "Mary Noble's birthday", "Ms. Noble's", "for Noble's"
    given = alone.group(1).lower() if alone else ""
    typed = alone is not None and alone.group(1)[1:2].islower() and alone.group(1)[:1].isupper()
    if given and (rules.cue["relative"].fullmatch(given) or given in PRONOUNS_OWNING):
        alone = None  # "mom's birthday is 26 February": the patient's mother speaking
    elif alone and not typed and given not in rules.names.every_first_name:
        alone = None  # in capitals or lower case, only a listed given name ("ewa", "DEEPA")
    if alone and (given in rules.names.every_first_name or given not in rules.names.surnames):
        relative = alone.group(2)
        if not relative or rules.cue["relative"].fullmatch(relative):
            return True
    return _celebrates(rules, text)


def _celebrates(rules: Rules, text: str) -> bool:
    """Team talk around a date: "cake at 3", "signing the card"."""
    return celebrates_undated(rules.celebration_words, text)  # "congrats!", "sign the card"


# A date as a program stores it: an ordinal (Julian) date, the year then the day of the year
# ("1941078", "1941-078"), or a Unix time in seconds or milliseconds, negative before 1970
# ("-914457600").
_ORDINAL_DATE = re.compile(r"(?<![\w.,/-])(19\d\d|20[01]\d)-?([0-3]\d\d)(?![\w.,/-])")
# Not after a number's "#": "dob: ____, control # 728849572" is a blank form's and a claim's.
_UNIX_TIME = re.compile(r"(?<![\w.,/])(?<!# )(?<!#)(-?\d{8,10}|-?\d{11,13})(?![\w.,/])")
_EPOCH = dt.datetime(1970, 1, 1)


def machine_date(rules: Rules, text: str) -> bool:
    """A birth date as a program stores it (`_ORDINAL_DATE`, `_UNIX_TIME`) a few words after a
    birth word: "DOB julian 1941078", "birth_ts = -914457600 (unix)"; a Unix time from 1900 to
    2010 only, and not a billing number's ("DOB on the claim 1941078123")."""
    for match in _ORDINAL_DATE.finditer(text):
        if 1 <= int(match.group(2)) <= 366 and _near_birth_word(rules, text, match.start()):
            return True
    for match in _UNIX_TIME.finditer(text):
        value = int(match.group(1))
        seconds = value / 1000 if len(match.group(1).lstrip("-")) > 10 else value
        year = (_EPOCH + dt.timedelta(seconds=seconds)).year
        if 1900 <= year <= 2010 and _near_birth_word(rules, text, match.start()):
            return True
    return False


def _near_birth_word(rules: Rules, text: str, start: int) -> bool:
    return cue_near(rules, "dob", text, start, words=4) and not billing_number(rules, text, start)


def recent_after_billing_cue(rules: Rules, text: str, date: re.Match[str]) -> bool:
    """A date from RECENT_YEAR on after a birth word that is also billing shorthand ("b/d 11/03/2026
    written off": bad debt)."""
    if not cue_before(rules, "dob_also_billing", text, date.start(), reach=12):
        return False
    year = re.search(r"(?:19|20)\d\d(?!\d)|(?<=[/.-])\d\d$", date.group())
    if year is None:
        return False
    value = int(year.group())
    return value >= RECENT_YEAR if len(year.group()) == 4 else value <= 30
