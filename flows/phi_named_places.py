"""Public places named for a person ("Stonewall Jackson Lake", "the Booker T. Washington
memorial", "the Louis A. Johnson VA medical center"), for the PHI guard (flows/phi.py): the name
before such a place's word is the place's, not a patient's. The place's words are content's
(content/rules/phi.yaml, `public_place_words`, `public_place_modifiers`,
`public_place_proper_words`)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.phi_rules import Rules

# Where a place's name starts: after "the", "at", "near", "by" ... or at a line's or an aside's
# start ("stonewall jackson lake event is canceled"); never after "for" or "patient".
_BEFORE = r"(?:(?<![\w'-])(?i:the|at|to|into|from|near|by|past|behind|across|around) |^|(?<=[(\[]))"
# A word of the name: a word, an initial or a nickname in quotes ("Hershel "Woody" Williams").
_WORD = r"(?:[^\W\d_][\w'-]*\.?|[\"\u201c][^\"\u201d\n]{1,20}[\"\u201d])"
# A name's words are no place's starting words: "near the John Henry statue" names John Henry
# ("Louis A. Johnson": an initial may be such a word).
_NOT_NAME = r"(?!(?i:the|at|to|into|from|near|by|for|and|or|of|a|an)\b(?!\.))"


@functools.lru_cache(maxsize=2)
def _places(
    heads: tuple[str, ...], modifiers: tuple[str, ...], proper: tuple[str, ...]
) -> re.Pattern[str]:
    """Two to five words of a name, maybe a few of the place's own words ("historical", "VA
    medical"), then the place's word, in any case, or a `proper` one as written ("the Molly
    Brown House", not "the Mary Jones house"); compiled once per list."""

    def said(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(words, key=len)[::-1])

    name = rf"{_NOT_NAME}{_WORD}(?: {_NOT_NAME}{_WORD}){{1,4}}"
    place = rf"(?:(?:{said(modifiers)}) ){{0,3}}(?:{said(heads)}|(?-i:{said(proper)}))"
    return re.compile(
        rf"{_BEFORE}(?P<name>{name}) (?P<place>{place})(?![\w-])(?: (?P<next>[\w-]+))?",
        re.IGNORECASE | re.MULTILINE,
    )


def without_named_places(rules: Rules, text: str) -> str:
    """`text` with the name of each public place named for a person said as "town" ("near the
    town statue"); not when an item follows the place's word ("Mary Jones hospital bed": hers)."""
    heads = tuple(rules.file.public_place_words)
    proper = tuple(rules.file.public_place_proper_words)
    found = _places(heads, tuple(rules.file.public_place_modifiers), proper)
    items = rules.names.item_nouns | rules.names.product_nouns

    def town(place: re.Match[str]) -> str:
        if (place["next"] or "").lower() in items:
            return place.group()
        start, end = place.start("name") - place.start(), place.end("name") - place.start()
        return place.group()[:start] + "town" + place.group()[end:]

    return found.sub(town, text)
