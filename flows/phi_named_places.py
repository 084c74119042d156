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

# Where a place's name starts: after "the", "at", "near", "by" ... or at a line's, an aside's or
# a label's value's start ("stonewall jackson lake event is canceled", "[Elko]: Harry Reid
# airport"); never after "for" or "patient".
_BEFORE = (
    r"(?:(?<![\w'-])(?i:the|at|to|into|from|near|by|past|behind|across|around|via) |^|(?<=[(\[])"
    r"|(?<=[]):;] ))"
)
# A word of the name: a word, an initial or initials run together ("C.M. Russell"), or a nickname
# in quotes ("Hershel "Woody" Williams").
_WORD = r"(?:(?:[^\W\d_]\.){2,3}|[^\W\d_][\w'-]*\.?|[\"\u201c][^\"\u201d\n]{1,20}[\"\u201d])"
# A name's words are no place's starting words: "near the John Henry statue" names John Henry
# ("Louis A. Johnson": an initial may be such a word).
_NOT_NAME = r"(?!(?i:the|at|to|into|from|near|by|for|and|or|of|a|an)\b(?!\.))"


@functools.lru_cache(maxsize=2)
def _places(
    heads: tuple[str, ...], modifiers: tuple[str, ...], proper: tuple[str, ...]
) -> re.Pattern[str]:
    """Two to five words of a name (or two joined by "and"), maybe a few of the place's own
    words ("historical", "VA medical"), then the place's word, in any case, or a `proper` one as
    written ("the Molly Brown House", not "the Mary Jones house"); compiled once per list."""

    def said(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(words, key=len)[::-1])

    word = rf"{_NOT_NAME}{_WORD}"
    # or two names joined by "and" ("the Lewis and Clark Bridge")
    name = rf"{word}(?: {word}){{1,4}}|{word} and {word}"
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

    return _without_towns(rules, found.sub(town, text))


# Where a town is said as a place: after a place's preposition ("out of John Day", "near Mary
# Esther"); a bare "from" or "by" says who as often as where ("a call from John Day").
_IN_TOWN = re.compile(
    r"(?<![\w'-])(?:in|near|around|outside|out of|out by|out from) $", re.IGNORECASE
)
# Where a town's name is a person's even before the office's word: who called, signed, picked up
# or took delivery ("call from John Day", "signed by Mary Esther", "delivered to Glen Allen").
_BY_PERSON = re.compile(
    r"(?<![\w'-])(?:calls?|called|signed|picked up|dropped off|delivered to|spoke to|talked to)"
    r"(?: (?:from|by|with))? $",
    re.IGNORECASE,
)
# A pronoun in the town's sentence says a person is meant ("call from John Day about his walker").
_PRONOUN = re.compile(r"(?<![\w'-])(?:he|she|his|her|him)(?![\w'-])", re.IGNORECASE)


@functools.lru_cache(maxsize=2)
def _towns_pattern(towns: tuple[str, ...]) -> re.Pattern[str]:
    said = "|".join(re.escape(t).replace(r"\ ", " +") for t in sorted(towns, key=len)[::-1])
    return re.compile(rf"(?<![\w'-])(?P<town>{said})(?![\w'-])(?: (?P<next>[\w-]+))?", re.I)


@functools.lru_cache(maxsize=2)
def _titled_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    said = "|".join(re.escape(w) for w in sorted(words, key=len)[::-1])
    return re.compile(rf"(?<![\w'-])(?:{said})\.?:? *$", re.IGNORECASE)


def _without_towns(rules: Rules, text: str) -> str:
    """`text` with each town named like a person said as "town" where it is said as a place:
    before the office's business there ("John Day tech", "the John Day run") or after a place's
    preposition in a sentence with no "he" or "her"; never right after a title, a patient's word
    or who called or signed ("pt John Day delivery", "signed by John Day")."""
    towns = _towns_pattern(tuple(rules.file.person_named_towns))
    if not towns.search(text):
        return text
    uses = set(rules.file.town_use_words) | rules.names.street_place_after
    titled = _titled_pattern((*rules.file.name_titles, *rules.file.name_cues))

    def town(found: re.Match[str]) -> str:
        before = text[max(0, found.start() - 20) : found.start()]
        used = (found["next"] or "").lower() in uses
        if titled.search(before) or _BY_PERSON.search(before):
            return found.group()
        if not (used or (_IN_TOWN.search(before) and not _PRONOUN.search(_sentence(text, found)))):
            return found.group()
        return "town" + found.group()[found.end("town") - found.start() :]

    return towns.sub(town, text)


def _sentence(text: str, found: re.Match[str]) -> str:
    """The sentence `found` stands in: from the last stop before it to the next after it."""
    start = max(text.rfind(stop, 0, found.start()) for stop in ".?!\n") + 1
    ends = [end for stop in ".?!\n" if (end := text.find(stop, found.end())) >= 0]
    return text[start : min(ends, default=len(text))]
