"""Rows pasted with no labels, for the PHI guard (flows/phi.py): a name in one cell beside two
identifier-shaped values or more (a member number, a Medicare number, a date of birth, a phone)
or beside a date of birth alone ("CHARGUALAF|RAMONA|031448|E1399", MMDDYY in a year from 30 on),
in a spreadsheet's tab-separated row, a CSV line or a note typed with slashes or bars between the
values ("BABINEAUX, AZEMA / 7772346447518 / 318.555.0180"), and a name with a date of birth in
brackets and a member number after it ("Minos Babineaux (11/3/57) ACX162033773"). Neither a
claim's row (its dates are dates of service, its names a business's) nor a staff list (a name and
a phone alone) has that shape."""

from __future__ import annotations

import re

from flows.phi_rules import Rules
from flows.phi_shapes import MBI, PHONE, PHONE_DIGITS

# The separators of a pasted row: a tab (also typed or pasted as the two characters "\t"), a
# slash with spaces around it or a bar, a comma. An HL7 segment's bars only with spaces around
# them: its fields are read by their place (flows/phi_records.py), and its header's are a
# system's names, dates and message numbers ("MSH|^~\\&|CPHM|MARQUETTE|CGS|JB|20251012||ACK|...").
_SEPARATORS = (
    re.compile(r"\t|\\t"),
    re.compile(r" +/ +| *\| *"),
    re.compile(r" *, *"),
)
_SPACED_BARS = re.compile(r" +[/|] +")
_HL7_SEGMENT = re.compile(r"(?<![\w|])[A-Z][A-Z0-9]{2}\|(?:\^~|\d*\|)")
# The message's opening before the row: "pasted from the Availity notes field: ...", and an
# X12 segment's ID and qualifiers before a note typed into it ("NTE*ADD*DOE, JANE / ...").
_OPENING = re.compile(r"^.*(?::\s|\s[–—-]\s)|^[A-Z][A-Z0-9]{1,2}(?:\*[A-Z0-9]{0,3})*\*")
# A "Last, First" in capitals, the way a record prints it, with names in no list ("BEARPAW,
# JETNIL"): a name in a row of values split by slashes or bars.
_CAPITAL_LAST_FIRST = re.compile(r"[A-Z][A-Za-z'-]+, ?[A-Z][A-Za-z'-]+(?: [A-Z]\.?)?")
_NINE_DIGITS = re.compile(r"\d{9}")
# What a note's row may end with: an X12 segment's "~", an ellipsis of a cut snippet.
_CELL_MARKS = " \"'~."
_NUMBER = re.compile(r"[A-Za-z]{0,4}\d{8,14}")
_DATE = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})|(19\d\d)(\d\d)(\d\d)|(\d\d)(\d\d)(\d\d)"
)
_WORD = re.compile(r"[^\W\d_][^\W\d_'.-]*(?:['-][^\W\d_]+)*\.?")
# The oldest year of a date of service: a row's date before it is a date of birth.
_OLDEST_SERVICE_YEAR = 1990
# Tried only where a word starts (not after a digit or a hyphen inside it either): a match
# starting inside a word starts at the word's first letter too, and trying every letter of a
# long word made a 10,000-letter message take half a second.
_BRACKETED_BIRTH = re.compile(
    r"(?<![\w'.-])((?:[^\W\d_][\w'.-]* ){1,2}[^\W\d_][\w'-]*)"
    r" \((\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))\)"
    r" ([A-Za-z]{0,4}\d{8,14})(?![\w-])"
)


def _old_date(cell: str) -> bool:
    """A whole date older than any date of service ("3/7/45", "19570407")."""
    date = _DATE.fullmatch(cell)
    if date is None:
        return False
    if date.group(4):
        month, day = int(date.group(5)), int(date.group(6))
        return 1 <= month <= 12 and 1 <= day <= 31
    if date.group(7):  # MMDDYY: "031448", 1948; "120125" is a date of service
        month, day, year = int(date.group(7)), int(date.group(8)), int(date.group(9))
        return 1 <= month <= 12 and 1 <= day <= 31 and year >= 30
    year = int(date.group(3))
    if len(date.group(3)) == 2:
        return year >= 30  # "3/7/45": 1945, no date of service
    return year < _OLDEST_SERVICE_YEAR


def _value_kind(rules: Rules, cell: str) -> str | None:
    """The kind of identifier a cell's whole value has the shape of, if any."""
    cell = cell.strip(_CELL_MARKS)
    if MBI.fullmatch(cell):
        return "mbi"
    if _old_date(cell):
        return "dob"
    phone = PHONE.fullmatch(cell)
    if phone:
        area = phone.group(1) or phone.group(2)
        return None if area in rules.file.business_area_codes else "phone"
    return "member_id" if _NUMBER.fullmatch(cell) else None


def _name_cell(rules: Rules, cell: str) -> bool:
    """One to three words, all a person's name's ("Stelly,Margie", "Murphy Dauzat", "CORMIER"):
    one a census name, none a company's, a payer's or a word the bot itself uses."""
    names = rules.names
    words = [word.strip(".").lower() for word in _WORD.findall(cell)]
    if not 1 <= len(words) <= 3 or re.search(r"[^\W_\s,.'\"-]", cell.replace(" ", "")) is None:
        return False
    if re.search(r"[\d@#$%&]", cell):
        return False
    plain = {word for word in words if len(word) > 1}
    never = (names.company_words, names.businesses, names.not_names, names.ordinary)
    if any(not plain.isdisjoint(listed) for listed in never):
        return False
    if not plain.isdisjoint(names.english) and plain.isdisjoint(names.first_names):
        return False
    return not (plain.isdisjoint(names.all_surnames) and plain.isdisjoint(names.every_first_name))


def _capital_last_first(rules: Rules, cell: str, cells: list[str]) -> bool:
    """A capitalised "Last, First" in no name list, beside a nine-digit number or a phone."""
    if not _CAPITAL_LAST_FIRST.fullmatch(cell):
        return False
    names = rules.names
    words = {word.lower() for word in _WORD.findall(cell)}
    never = (names.company_words, names.businesses, names.not_names, names.ordinary)
    if any(not words.isdisjoint(listed) for listed in never):
        return False
    values = [value.strip(_CELL_MARKS) for value in cells]
    return any(_NINE_DIGITS.fullmatch(value) or PHONE.fullmatch(value) for value in values)


def _row_kinds(rules: Rules, line: str) -> set[str]:
    separators = _SEPARATORS
    if _HL7_SEGMENT.search(line):
        separators = (_SEPARATORS[0], _SPACED_BARS, _SEPARATORS[2])
    line = _OPENING.sub("", line)
    for index, separator in enumerate(separators):
        cells = [cell.strip() for cell in separator.split(line)]
        if len(cells) < 3:
            continue
        kinds = [_value_kind(rules, cell) for cell in cells]
        values = [kind for kind in kinds if kind]
        slashed = index == 1  # "DOE, JANE / 302789542 / 9185550134"
        named = any(
            kind is None
            and (
                _name_cell(rules, cell.strip(" \"'"))
                or (slashed and _capital_last_first(rules, cell.strip(" \"'"), cells))
            )
            for cell, kind in zip(cells, kinds, strict=True)
        )
        # two values, or a birth date alone: a staff list has a phone, never a birth date
        if named and (len(values) >= 2 or "dob" in values):
            return {"name", *values, *_later_phone(rules, cells, kinds)}
    return set()


def _later_phone(rules: Rules, cells: list[str], kinds: list[str | None]) -> set[str]:
    """A phone typed as ten bare digits after the row's member number ("/ 302789542 /
    9185550134"): the number comes first, the phone after it."""
    numbered = False
    for cell, kind in zip(cells, kinds, strict=True):
        digits = PHONE_DIGITS.fullmatch(cell.strip(_CELL_MARKS))
        if numbered and digits and digits.group(1) not in rules.file.business_area_codes:
            return {"phone"}
        numbered = numbered or kind == "member_id"
    return set()


def row_kinds(rules: Rules, text: str) -> set[str]:
    """The kinds of identifier in an unlabelled row of a name and identifiers."""
    found: set[str] = set()
    for birth in _BRACKETED_BIRTH.finditer(text):
        if _old_date(birth.group(2)) and _name_cell(rules, birth.group(1)):
            found |= {"name", "dob", "member_id"}
    for line in text.splitlines():
        if sum(line.count(mark) for mark in ("\t", "\\t", " / ", "|", ",")) >= 2:
            found |= _row_kinds(rules, line)
    return found


_CAPITALS_BEFORE = re.compile(r"((?:[A-Z][A-Z'-]+ ){1,2}[A-Z][A-Z'-]+),? ?$")


def capital_name_before(rules: Rules, text: str, start: int) -> bool:
    """A name in capitals, as a record prints a patient's, right before `start` ("FLORESTINE
    DUGAS 504-555-0153"), in a message otherwise typed in mixed case."""
    found = _CAPITALS_BEFORE.search(text, max(0, start - 40), start)
    if found is None or not any(ch.islower() for ch in text):
        return False
    return _name_cell(rules, found.group(1)) and len(_WORD.findall(found.group(1))) >= 2
