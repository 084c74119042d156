"""Island addresses with no house number (content's `island_street_words` and
`island_zip_prefixes`): right after a person's word and "at", "on" or "in", a street by its
Chamorro or Carolinian word ("pt lives on Biradan Lalo"), a lot's number before its village
("delivered to pt at Lot 4025, Yigo") or a village with the territory's ZIP code ("pt at
Garapan, MP 96950", "pt at 96950 Saipan"). The house-numbered shapes are flows/phi_address.py's."""

from __future__ import annotations

import functools
import re

from flows.phi_rules import Rules
from flows.phi_word_patterns import word_alternation

# A person's word, up to two of content's `island_who_via_words` ("lives", "is staying"), then
# "at", "on" or "in"; any other word between makes an office's name ("member services in").
_WHO_AT = r"\b(?:{who})(?:'s)?(?: (?:{via})){{0,2}}? (?:at|on|in) "
# Personal words that name no one: "home office is in Tamuning, GU 96913" is a business's.
_NOT_WHO = frozenset({"home", "personal"})
# A lot's number before its village: "Lot 4025, Yigo", "lot #12 Dededo".
_LOT = r"(?i:lot) ?#? ?\d{1,5}[A-Za-z]?(?=,? [A-Z])"


@functools.lru_cache(maxsize=4)
def _pattern(
    who: frozenset[str], via: tuple[str, ...], streets: tuple[str, ...], prefixes: tuple[str, ...]
) -> re.Pattern[str]:
    zips = "|".join(rf"{prefix}\d{{{5 - len(prefix)}}}" for prefix in prefixes)
    place = (
        rf"(?:{word_alternation(streets)}) [a-z]"  # "Biradan Lalo"
        rf"|(?-i:{_LOT})"
        rf"|[^.?!;\n]{{0,40}}?(?<!\d)(?:{zips})(?![\d-])"  # "Saipan, MP 96950", "96950 Saipan"
    )
    who_at = _WHO_AT.format(who=word_alternation(sorted(who)), via=word_alternation(via))
    return re.compile(rf"{who_at}(?:{place})", re.IGNORECASE)


def has_island_address(rules: Rules, text: str) -> bool:
    """Whether a person's island street, lot or village and ZIP code stands in `text`."""
    file = rules.file
    who = rules.personal_words - _NOT_WHO
    pattern = _pattern(
        who,
        tuple(file.island_who_via_words),
        tuple(file.island_street_words),
        tuple(file.island_zip_prefixes),
    )
    staff = frozenset(word.lower() for word in file.island_staff_before_words)
    return any(_word_before(text, match.start()) not in staff for match in pattern.finditer(text))


def _word_before(text: str, end: int) -> str:
    """The word right before `end` ("staff" before "member at ..."), lowercased."""
    words = text[:end].split()
    return words[-1].lower() if words else ""
