"""Team talk around a name, for the PHI guard's colleague checks (flows/phi_name_roles.py,
flows/phi_titles.py): a message that names a colleague by their team ("Kendra in intake is out
today, route PA stuff to Luis Ortega"), a job or a company on the line under a name (an e-mail
signature: "Jerome Pitts\\nDirector of Operations"), a name said to be staff a few words on
("who's Mr. Abernathy? oh, he's our new AR manager"), a job bracketed after a name ("Mr. Montoya
(Frank, the owner)")."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

_FIRST_WORD = re.compile(r"\b[A-Z][a-z]+\b")

# A chat tool's own line about a member of the workspace, in the shape Slack writes it after the
# member's name: "has joined #billing-harlan", "left the channel", "was added to #intake by ...",
# "reacted 👍 to ...", "reacted :white_check_mark: to ...". Only that shape: "has left the
# hospital", "was added to hospice" and "reacted to the hydrocolloid" are about a patient.
_CHANNEL = r"(?:#[\w.-]+|the\s+channel\b)"
_EMOJI = r"(?::[\w+'-]+:|[\u2190-\u2bff\u3030\u303d\ufe0f\u200d\U0001f000-\U0001faff])"
CHAT_MEMBER_LINE = (
    rf"(?:(?:has\s+)?(?:joined|left)\s+{_CHANNEL}"
    rf"|(?:was|were)\s+added\s+to\s+{_CHANNEL}"
    rf"|reacted\s+(?:with\s+)?{_EMOJI}(?:[\s\u200d]*{_EMOJI})*(?:\s+to\b|\s*$))"
)


def names_a_colleague(colleague_after: re.Pattern[str], text: str, before: int = -1) -> bool:
    """Whether a capitalised word in `text` (before the index `before`, where given) is followed
    by a team's phrase ("Tamika from intake", "Kendra in intake is out today")."""
    words = _FIRST_WORD.finditer(text, 0, len(text) if before < 0 else before)
    return any(colleague_after.match(text, word.end()) for word in words)


# Work handed on: "route PA stuff to", "send the SWOs to"; not "mailed the statement to" or
# "talk to", which a patient is as often the end of.
_HANDED_TO = re.compile(
    r"\b(?:route|re-?assign|assign|forward|escalate|hand off|transfer|send)\w*\b[^.!?\n]{0,30}"
    r"\b(?:to|with)\s*$",
    re.IGNORECASE,
)


def handed_to_colleague(colleague_after: re.Pattern[str], text: str, start: int) -> bool:
    """Whether the name at `start` is the one work is handed to in a message that names a
    colleague by their team ("Kendra in intake is out today, route PA stuff to Luis Ortega"); a
    name the message is about stays a name ("Kendra in intake says Harold Jenkins called")."""
    return bool(_HANDED_TO.search(text, max(0, start - 50), start)) and names_a_colleague(
        colleague_after, text
    )


_TITLE_CASE_RUN = re.compile(
    r"[ \t]*\n?[ \t]*((?:[A-Z][^\W\d_]*(?:[&'/-][^\W\d_]+)*(?: (?:of|and|&|for))?,? ?){1,5})"
    r"(?![\w-])"
)


def signature_below(
    staff_role: re.Pattern[str], company_words: Collection[str], after: str
) -> bool:
    """Whether capitalised words right after a name, on its line or the next, are a job or a
    company, as an e-mail signature has them: "\nDirector of Operations", "AR Specialist,
    Reimbursement Team" (the guard reads a message with its line breaks made spaces)."""
    run = _TITLE_CASE_RUN.match(after)
    if run is None or run.group(1).isupper():
        return False  # "EUGENE PRITCHETT CO-50": a name in capitals, then the case
    words = re.findall(r"[a-z&]+", run.group(1).lower())
    return bool(staff_role.search(run.group(1))) or bool(words and words[-1] in company_words)


_SAID_TO_BE = re.compile(
    r"(?:[^.!\n]{0,12}\b(?:he|she|they)(?:'s| is|'re| are) (?:now )?(?:our|my|the)"
    r"|,? (?:is|was) (?:dr\.? )?[a-z][\w-]*'s)\b"  # "is Dr. Rossi's office manager"
    r"([^.?!\n]{0,40})",
    re.IGNORECASE,
)


def said_to_be_staff(staff_role: re.Pattern[str], after: str) -> bool:
    """Whether the words after a name say it is staff's: "? oh, he's our new AR manager", "? she's
    the new DME coordinator at Riverbend", " is Dr. Rossi's office manager"."""
    found = _SAID_TO_BE.match(after)
    if found is None:
        return False
    # The role right after "our"/"the", up to two words before it ("our new AR manager"); not a
    # role named later ("she's the lady our intake coordinator called").
    words = found.group(1).split()
    for skip in range(min(3, len(words))):
        if skip and words[skip - 1].lower() in _ANOTHER_PERSON:
            return False  # "she's the lady our intake coordinator called": someone else's role
        if staff_role.match(" ".join(words[skip:])):
            return True
    return False


_ANOTHER_PERSON = frozenset({"our", "my", "the", "a", "an", "his", "her", "their", "who", "that"})


@functools.lru_cache(maxsize=4)
def _staff_aside(staff_role: str) -> re.Pattern[str]:
    """A staff job alone in brackets, maybe after a given name, "our" or "the" and its team's
    word, or jobs ("(billing lead)", "(owners)")."""
    jobs = staff_role.replace("(?![A-Za-z])", "(?=s?(?![A-Za-z]))")
    return re.compile(
        rf",? ?\((?:[^\W\d_]+, )?(?:(?:our|the) )?(?:[\w-]+ )?(?:{jobs})s?\)", re.IGNORECASE
    )


def staff_aside(
    staff_role: re.Pattern[str], patient_word: re.Pattern[str], text: str, end: int
) -> bool:
    """A colleague's job in brackets right after a name (ending at `end`), in a message with no
    patient's word: "Mr. Montoya (Frank, the owner) fixed the dock door", "Nacho Quintana
    (driver) delivered the Dixon order". Not "pt Maria Lopez (driver)"."""
    at = _AT_WORKPLACE.match(text, end)  # "Ms. Penner at Sunflower (provider rep)"
    aside = _staff_aside(staff_role.pattern).match(text, at.end() if at else end)
    return bool(aside) and not patient_word.search(text)


_AT_WORKPLACE = re.compile(r" at [A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,2}")


# A name doing the office's deliveries: "Wade Lindgren delivered 6 chairs in Toppenish today",
# "Jake Sampson ATP and Wade Lindgren doing the Wenatchee deliveries"; a credential or a second
# name may come between. Not "delivered 10/12" (the patient's delivery date) nor one item.
_DELIVERS = re.compile(
    r"(?: [A-Z]{2,4})?(?:,? (?:and|&) [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)?"
    r"(?:'s| is| are| was| were)? (?:delivered \d+ [a-z]+s\b|(?:doing|did|does|running|ran|"
    r"covering|covers|finished|on) (?:the |today's |all the )?(?:[A-Z][\w-]* )?"
    r"(?:deliveries|delivery run|delivery route)\b)"
)


def does_deliveries(text: str, end: int) -> bool:
    """Whether the name ending at `end` is said to do the office's deliveries (`_DELIVERS`)."""
    return bool(_DELIVERS.match(text, end))


# An old age said of a person without "years": "she turns 88", "he is 90", ", 90 this year";
# not a count or a measure ("he is 90 minutes out", "we did 90 this year").
_OLD = r"(?:[7-9]\d|1[01]\d)"
# Who turns or is that old: a capitalised name, or nothing after a comma ("June 4, turning
# 88"); not a lowercase thing ("the company turns 90", "the count was 90 this year").
_NAMED = r"(?:^|(?<=[,;(] )|(?-i:\b[A-Z][a-z']*) )"
_SPOKEN_AGE = (
    r"(?:\b(?:she|he|who|mom|dad)(?:'s| is| was| will be|'ll be| turn(?:s|ed|ing))"
    rf"|{_NAMED}turn(?:s|ed|ing)) {_OLD}"
    r"(?![\w%$:/-]|[.,]\d| ?(?:%|mins?|minutes|hours?|hrs?|days?|miles?|mi|lbs?|pounds)\b)"
    rf"|(?:[,;]|{_NAMED}(?:is|was|will be|turns?|turning)) {_OLD} (?:this|next) year\b"
)
# An age beside a name makes it a patient's: "Owen Halloran, 87, has it", "age 95", "84 yo".
_AGE = (
    r"\b(?:age[ds]?:? ?\d|\d{1,3} ?(?:y/?o|yo|yrs?|years?)\b|\d{1,3}-year-old)|, \d{2,3},"
    rf"|{_SPOKEN_AGE}"
)
AGE = re.compile(_AGE, re.IGNORECASE)
SPOKEN_AGE = re.compile(_SPOKEN_AGE, re.IGNORECASE)
AGE_OR_BIRTH = re.compile(rf"{_AGE}|\b(?:born|birth|b-?day|dob)", re.IGNORECASE)
# A date written with its year: the office keeps colleagues' birthdays without one ("Brenda
# 3/19"), so "Mateo 5/9/19" or "born 3/2/2001" on a birthday list is someone's birth date.
_YEARED_DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"
    r"|\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,?"
    r" (?:19|20)\d\d\b"
)


def celebrates_undated(words: Collection[str], text: str) -> bool:
    """A celebration of the team's (`celebrates`) in a message with no date written with its
    year: "Colleen's bday January 10, card going around", not "bday list: Mateo 5/9/19"."""
    return celebrates(words, text) and not _YEARED_DATE.search(text)


def celebrates(words: Collection[str], text: str) -> bool:
    """Team talk of a celebration in `text`: one of `words` ("cake", "congrats!"), or one of its
    phrases ("card going around", "birthday list", "baby shower")."""
    said = {word.lower().strip("!?.,:;()") for word in text.split()}
    if said & set(words):
        return True
    lowered = " ".join(text.lower().split())
    return any(" " in phrase and phrase in lowered for phrase in words)
