"""Identifiers typed right after a patient's word, for the PHI guard (flows/phi.py): a value in a
Medicare number's layout with a wrong letter or a character missing or extra ("pt 9XK2-AB3-CD45"),
a record number after "patient #" or "resident no." ("patient #A77341"), and a person's handle
("pt j.smith", "patient mary.kowalski", "for pt jsmith88", "pt jkowalski"). A biller's typo in a
patient's number is still that patient's number, and a login or an e-mail's local part names the
person. The patient's words are content's (content/rules/phi.yaml, `name_cues`)."""

from __future__ import annotations

import re

from flows.models import HCPCS_IN_TEXT
from flows.phi_ids import label_places
from flows.phi_rules import Rules

# What may stand between the patient's word and the value: "pt: ", "patient #", "pt is ",
# "the patient, ", "pt login ", "pt acct no. ".
_GAP = re.compile(
    r"(?:'s)?(?: ?[:,] ?| )(?:(?i:is|login|handle|user(?:name)?|id|acct|account|no\.?|number"
    r"|num|ref)[:.]? ?){0,2}(?:# ?|no\. ?)?"
)
# Four, three and four letters or digits in three groups, one character missing or extra
# allowed, a digit first and last: a Medicare number's layout ("9XK2-AB3-CD45", "1EG4-TE5-MK7").
_MBI_LAYOUT = re.compile(r"\d[A-Za-z0-9]{2,4}[- ][A-Za-z0-9]{2,4}[- ][A-Za-z0-9]{2,4}\d(?![\w*-])")
# A record number: letters and at least three digits, one dash allowed ("A77341", "HB-33019").
_RECORD = re.compile(r"(?=[A-Za-z-]*\d(?:[A-Za-z-]*\d){2})[A-Za-z]{0,3}-?\d[\dA-Za-z]*(?:-\w+)?")
# A count, a part or a page: "patient #2 of 5", "pt 1/2", "pt. 3 of the LCD".
_COUNT_AFTER = re.compile(r"\s*(?:of|and|&|/|-\d|,\s*#)", re.IGNORECASE)
# A person's handle: initials and a name joined by a dot or an underscore ("j.smith",
# "a.b.lindqvist", "mary.kowalski", "k_obrien"), an @handle, or a name run into digits
# ("jsmith88", "mgarcia1950").
_HANDLE = re.compile(
    r"@[a-z][\w.]{2,}"
    r"|[a-z]{1,12}(?:[._][a-z]{1,12})*[._][a-z]{3,}\d{0,4}"
    r"|[a-z]{4,}\d{1,4}",
    re.IGNORECASE,
)
_HANDLE_END = re.compile(r"(?![\w@-]|\.\w)")
# A login of one or two initials run into a surname ("jkowalski", "mtorres"): the surname part
# must be a census surname and the whole no English word.
_INITIALS_SURNAME = re.compile(r"[a-z]{5,}(?![\w@-]|\.\w)")


def _values_after_patient_words(rules: Rules, text: str) -> list[tuple[int, str]]:
    """The places right after each patient word (and what may stand between)."""
    places = []
    for cue in label_places(rules.cue["name"], text):  # three checks read them
        word = cue.group().lower().split()[-1].removesuffix("'s")
        if word in {"name", "member", "client"} or not rules.names.patient_word.fullmatch(word):
            continue  # "name j.smith" may be a colleague's account; "participant # 10045" PECOS's
        gap = _GAP.match(text, cue.end())
        if gap is not None:
            places.append((gap.end(), text[cue.end() : gap.end()]))
    return places


def has_patient_mbi(rules: Rules, text: str) -> bool:
    """A value in a Medicare number's layout right after a patient's word, whatever its letters:
    "for pt 9XK2-AB3-CD45", "patient 1EG4-TE5-MK7"."""
    for at, _ in _values_after_patient_words(rules, text):
        value = _MBI_LAYOUT.match(text, at)
        if value is None or sum(ch.isalpha() for ch in value.group()) < 2:
            continue  # no letters: a phone's "555-0140", a date's
        groups = re.split(r"[- ]", value.group())
        if sum(abs(len(g) - n) for g, n in zip(groups, (4, 3, 4), strict=True)) <= 1:
            return True  # one character missing or extra at most: "1EG4-TE5-MK7"
    return False


def has_patient_record_number(rules: Rules, text: str) -> bool:
    """A record number after a patient's word and "#", "no." or "acct": "rollator for patient
    #A77341", "pt acct ZK-1190", "resident no. 44718"; not a count ("patient #2 of 5")."""
    for at, gap in _values_after_patient_words(rules, text):
        if not re.search(r"#|\bno\b|acc(?:oun)?t|\bid\b|number|num\b|ref", gap, re.I):
            continue
        if re.search(r",\s*no\b(?![.:#])", gap):
            continue  # "Medicare pt, no L8000-L8035 match": none, not a number's label
        value = _RECORD.match(text, at)
        if value is None or not _HANDLE_END.match(text, value.end()):
            continue
        if _COUNT_AFTER.match(text, value.end()) or HCPCS_IN_TEXT.match(value.group()):
            continue
        return True
    return False


def has_patient_handle(rules: Rules, text: str) -> bool:
    """A person's handle right after a patient's word: "rollator for pt j.smith", "pt login
    mgarcia1950", "patient handle @rtorres55"; not a code ("pt E0143") nor an English word."""
    english = rules.names.english
    for at, gap in _values_after_patient_words(rules, text):
        if text.startswith("handle ", at):
            at += len("handle ")
        handle = _HANDLE.match(text, at)
        if handle is None or not _HANDLE_END.match(text, handle.end()):
            if gap.strip(" :") == "" and _initials_surname(rules, text, at):
                return True  # not "the pt's copay", "pt is severly obese"
            continue
        value = handle.group()
        if HCPCS_IN_TEXT.fullmatch(value) or value.lower().rstrip("0123456789") in english:
            continue
        if "." in value and value.lower().split(".")[-1] in {"com", "org", "net", "pdf", "doc"}:
            continue
        return True
    return False


def _initials_surname(rules: Rules, text: str, at: int) -> bool:
    """Whether a login of initials and a census surname stands at `at`: "pt jkowalski"."""
    login = _INITIALS_SURNAME.match(text, at)
    if login is None or (at and text[at - 1].isalpha()):
        return False  # not the rest of a word a label's "no" began: "pt, nonstandard"
    names = rules.names
    whole = login.group().lower()
    surname = whole[1:] in names.surnames or (len(whole) > 5 and whole[2:] in names.surnames)
    return surname and whole not in names.english and whole not in names.ordinary
