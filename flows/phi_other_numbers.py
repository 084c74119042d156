"""Ten digits that are another number than a phone, for the PHI guard's phone check
(flows/phi_contact.py): an NPI by its check digit, an element of an X12 segment that holds no
phone ("CLP*5313327385*4*...")."""

from __future__ import annotations

import re

from flows.phi_context import personal_word_in
from flows.phi_rules import Rules

# An X12 segment up to a value, its id opening the text or a line or following a "~"
# ("CLP*5313327385", "REF*EA*..."); the phone qualifiers and free-text segments are content
# (phi.yaml `x12_phone_qualifiers`, `x12_free_text_segments`).
_X12_SEGMENT = re.compile(r"([A-Z][A-Z0-9]{1,2})\*(?:[^*~\s]*\*)*")
_PHONE_CUES = {"cell", "phone", "ph", "tel", "mobile"}


def x12_element(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether the digits at `start` are an element of an X12 segment that holds no phone: a
    segment opening the text or a line or after a "~" ("CLP*5313327385*4*..."), no note's text
    ("NTE*ADD*4015550123") and no patient's, family or phone word in reach ("pt cell AB*...")."""
    head = max(text.rfind(mark, 0, start) for mark in "~\n \t") + 1
    segment = _X12_SEGMENT.fullmatch(text, head, start)
    if segment is None or segment.group(1) in rules.file.x12_free_text_segments.values:
        return False
    if head and text[head - 1] in " \t" and not text.startswith("*", end):
        return False  # a line's breaks read as spaces: only amid its elements ("*4015550123*1*")
    qualifier = text[head:start].rstrip("*").rsplit("*", 1)[-1].upper()
    if qualifier in rules.file.x12_phone_qualifiers.values:
        return False
    reach = text[max(0, head - 40) : head] + " " + text[end : end + 30]
    return not personal_word_in(rules, reach, _PHONE_CUES)


def could_be_npi(digits: str) -> bool:
    """Whether ten digits could be an NPI: a 1 or a 2 first and a Luhn check digit over "80840"
    and the first nine (CMS's NPI check digit standard); a phone number that fails it is no
    provider's number."""
    if len(digits) != 10 or digits[0] not in "12":
        return False
    total = 0
    for place, digit in enumerate(reversed("80840" + digits)):
        value = int(digit) * (2 if place % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0
