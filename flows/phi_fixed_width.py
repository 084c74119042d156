"""A mainframe's fixed-width record pasted as it prints: name fields in capitals padded with runs
of spaces, then the values run together with no separator ("YAMASHITA           CURTIS      "
then a birth date, an SSN and an MBI as one run of 28 characters), or a row of fields with the
birth date standing alone ("TAITANO    JESUS     M 02111948 GU96913 E1399"). Read on the text
as typed: normalising folds the padding that marks the columns."""

from __future__ import annotations

import re

from flows.phi_rules import Rules
from flows.phi_shapes import _AN, _L

# Two name words or more in capitals (in one field or padded apart, accents kept), then a run
# of 17 characters or more that starts with a digit: "VAZQUEZ HERNANDEZ NEREIDA     2111320711
# 9530723"; the line maybe opened by a short label and closed past padding by the writer's words
# ("AS400 line: LARRAÑAGA     CORMAC    19840125...M   offsets look shifted?").
_WORD = "[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]+"
_RECORD = re.compile(
    rf"^[ \t]*(?:[\w ]{{1,20}}: ?)?(?P<name>{_WORD}(?: +{_WORD})+)"
    r" {2,}(\d[0-9A-Z]{16,})(?:[ \t]*$| {2,}\S)",
    re.MULTILINE,
)
# A birth date as YYYYMMDD, in a year no date of service or log has (1900 to 2009).
_YEAR, _MONTH, _DAY = r"(?:19\d\d|200\d)", r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12]\d|3[01])"
_BIRTH = re.compile(_YEAR + _MONTH + _DAY)
_MBI_TAIL = re.compile(
    "[1-9]" + "".join([_L, _AN, "[0-9]", _L, _AN, "[0-9]", _L, _L, "[0-9]", "[0-9]"]) + "$"
)


# A record row's name then its birth date: an optional record number, a name field in capitals
# (words padded apart or run together, "TAITANOJESUS", "00123SANTOSPEDRO"), short fields in
# capitals ("M"), then a birth date starting a field: 8 digits (YYYYMMDD or MMDDYYYY), or 6
# (MMDDYY) in a year from 30 on, which no date of service has ("031448"); with the padding of
# two spaces or more somewhere between the name and the date.
_NAME_THEN_BIRTH = re.compile(
    r"^[ \t]*(?:\d+ ?)?([A-Z][A-Z'-]{2,}(?: +[A-Z][A-Z'-]*)*) +"
    rf"(?:{_BIRTH.pattern}|{_MONTH}{_DAY}{_YEAR}|(?P<short>{_MONTH}{_DAY}[3-9]\d(?!\d)))",
    re.MULTILINE,
)


# The same row with the record's own number between the name and an 8-digit birth date, each
# field padded apart: "ROMERO KAYLA        0006395814  19560723".
_NAME_NUMBER_BIRTH = re.compile(
    r"^[ \t]*([A-Z][A-Z'-]{2,}(?: +[A-Z][A-Z'-]*)*) {2,}\d{6,12} {2,}"
    rf"(?:{_BIRTH.pattern}|{_MONTH}{_DAY}{_YEAR})(?!\d)",
    re.MULTILINE,
)


def _person_field(rules: Rules, name: str) -> bool:
    """Whether a name field in capitals is a person's: a word no ordinary or billing word ("ICN",
    "CLAIM") and none a business's ("PRIDE MOBILITY")."""
    names = rules.names
    words = {word.lower() for word in re.findall(r"[A-Z'-]{2,}", name)}
    business = words & (names.company_words | names.businesses)
    return bool(words - names.ordinary - rules.billing_words) and not business


def _padded_birth_row(rules: Rules, text: str) -> bool:
    """A name field in capitals padded with spaces, then a birth date: a patient record's row
    ("TAITANO             JESUS       19480211  E1399", "0042 TAITANO    JESUS     M 02111948");
    not a label's ("ICN   1948021145678", "CLAIM NUMBER   19480211...": no word a name), nor a
    product's before a six-digit number."""
    names = rules.names
    for row in _NAME_THEN_BIRTH.finditer(text):
        words = {word.lower() for word in re.findall(r"[A-Z'-]{2,}", row.group(1))}
        if "  " not in row.group() or not words - names.ordinary - rules.billing_words:
            continue
        # six digits are a part or lot number as often: the name field a person's, no maker's
        # ("PRIDE MOBILITY  JAZZY  042035")
        if row.group("short") and (
            words & (names.company_words | names.businesses)
            or not words & (names.every_first_name | names.all_surnames)
        ):
            continue
        return True
    return False


def fixed_width_kinds(rules: Rules, text: str) -> set[str]:
    """The kinds in a fixed-width record's run of values: a birth date and an SSN as the run's
    first 17 digits (either first), an MBI as its last 11 characters; with the name before. A
    padded row's name then birth date, whatever fields follow, names and dates its patient; a
    number field between them is the patient's record number."""
    found: set[str] = set()
    for record in _RECORD.finditer(text):
        run = record.group(2)
        if not _person_field(rules, record.group("name")):
            continue  # "CLAIM NUMBER   19480211...": a label's, not a name's
        digits = run[:17]
        birth_first = _BIRTH.fullmatch(digits[:8]) and digits[8:].isdigit()
        birth_last = _BIRTH.fullmatch(digits[9:]) and digits[:9].isdigit()
        if birth_first or birth_last:
            found |= {"name", "dob", "ssn"}
        if len(run) >= 28 and _MBI_TAIL.search(run):
            found |= {"name", "mbi"}
    if _padded_birth_row(rules, text):
        found |= {"name", "dob"}
    if any(_person_field(rules, row.group(1)) for row in _NAME_NUMBER_BIRTH.finditer(text)):
        found |= {"name", "mrn", "dob"}  # the patient's record number in their own row
    return found
