"""Reads an order for a whole power wheelchair or scooter base (its group, weight class, seat,
power options, portability) and finds the one K0800-K0891 code that says all of it.

The ranker weighs words; these codes differ only in details billers give as a patient's weight
("pt 410 lb"), a nickname ("rehab base" is group 3) or a count ("tilt and recline" is multiple
power options), so a base order that fixes every detail gets its code first. The words are
content (synonyms.yaml `power_bases`); what each code says is read from its CMS descriptor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from flows.item_refusals import options_left_out
from flows.search_words import PowerBaseWords, whole_words

_DESCRIPTOR = re.compile(
    r"^power (wheelchair|operated vehicle), group (\d) "
    r"(standard|heavy duty|very heavy duty|extra heavy duty|pediatric)"
)
_GROUP = re.compile(r"(?<![a-z0-9])(?:group|grp|gp|gr|g)\s?-?\s?([1-5])(?![0-9])")
# "group two", "grp III" (a lone "group I" reads too often as the pronoun)
_NUMBERS = dict(one=1, two=2, three=3, four=4, five=5, ii=2, iii=3, iv=4, v=5)
_GROUP_WORD = re.compile(rf"(?<![a-z0-9])(?:group|grp)\s({'|'.join(_NUMBERS)})(?![a-z0-9])")
_POUNDS = re.compile(r"(?<![0-9-])([1-9]\d{2})\s?-?\s?(?:lbs?|pounds?|pounders?|#)(?![a-z])")
_WEIGHS = re.compile(r"\b(?:weighs|wt|pt|user|is|at|man|woman|she's|he's|shes|hes)\s(\d{3})\b")
# A weight capacity or a class's range said instead of the patient's weight: "rated to 600",
# "stock rating to 300", "capacity up to 450", "455-600 lb range" (the range's top names the class)
_RATED = re.compile(
    r"\b(?:rated|rating|capacity|limit)\s(?:(?:to|for|of|up\sto|at)\s)?([1-9]\d{2})(?![0-9])"
    r"|(?<![0-9])[1-9]\d{2}\s?(?:-|to)\s?([1-9]\d{2})\s?(?:lbs?|pounds?|#)(?![a-z])"
)
# "no tilt or recline", "non-portable", "not captains", "the old K code, not group 2", "denied
# seat elevator" (an option refused after its name reads as "without" first: options_left_out)
_NEGATION = re.compile(
    r"(?<![a-z])(?:no|non|without|w/o|zero|not|nothing|denied|declined|refused|refuses|declines)"
    r"(?![a-z])[^,;.()]*"
)
_COUNTED = re.compile(r"\b(?:option|options|function|functions)\b")
Scores = tuple[float, float, float]  # rank, covered, covered in the item clause
Scored = tuple[Scores, int]  # a code's scores and its index


class BaseCode(NamedTuple):
    vehicle: str  # "wheelchair" or "operated vehicle"
    group: int
    weight: str
    seat: str | None
    options: str
    portable: bool


class PowerBases:
    """Built once from the descriptors and synonyms.yaml's `power_bases`."""

    def __init__(self, descriptors: dict[str, str], words: PowerBaseWords) -> None:
        self._codes: dict[BaseCode, str] = {}
        self._positions = {code: position for position, code in enumerate(descriptors)}
        for code, descriptor in descriptors.items():
            said = descriptor.lower()
            found = _DESCRIPTOR.match(said)
            if found:
                self._codes[_described(found, said)] = code
        self._base_codes = frozenset(self._codes.values())
        self._words = words
        self._group_words = whole_words(list(words.group_words)) if words.group_words else None
        self._said = {
            name: whole_words(spellings) if spellings else None
            for name, spellings in [
                ("scooter", words.scooter_words),
                ("chair", words.chair_words),
                ("captains", words.captains_words),
                ("portable", words.portable_words),
                ("elevator", words.elevator_words),
                ("none", words.no_option_words),
                ("single", words.single_option_words),
                ("multiple", words.multiple_option_words),
                ("group_word_beside", words.group_word_beside),
                ("other_item", words.other_item_words),
            ]
        }
        self._classes = [(name, whole_words(said)) for name, said in words.weight_classes.items()]
        self._functions = [whole_words(f) for f in words.functions]
        # "tilt for the group 3 chair", "seat elevator on a complex rehab power chair"
        cues = "|".join(re.escape(w) for w in words.for_words) or "(?!)"
        groups = "|".join([_GROUP.pattern, *(re.escape(w) for w in words.group_words)])
        self._for_group = re.compile(rf"(?<![a-z])(?:{cues})\W+(?:\w+\W+){{0,3}}?(?:{groups})")

    def code(self, description: str) -> str | None:
        """The one base code the order says, or None when it is no base order or leaves the
        code open (a detail no code of its group has)."""
        text = description.lower()
        said = _NEGATION.sub(" ", options_left_out(text))  # what it asks for, not what it rules out
        group = self._group(said)
        if group is None or self._other_item(text) or self._for_a_base(text):
            return None
        scooter = self._says("scooter", said) and not self._says("chair", said) and group <= 2
        vehicle = "operated vehicle" if scooter else "wheelchair"
        weight = "pediatric" if group == 5 else self._weight(text)
        if weight is None:
            return None
        if scooter:
            matches = [
                code
                for base, code in self._codes.items()
                if (base.vehicle, base.group, base.weight) == (vehicle, group, weight)
            ]
            return matches[0] if len(matches) == 1 else None
        return self._codes.get(self._chair(vehicle, group, weight, text, said))

    def none_fits(self, description: str, first: str) -> bool:
        """The first code found is a base, and the order fixes a whole power wheelchair base's
        group, weight class, seat and power options that no K0813-K0886 code says together (no
        group 2 very heavy duty captains chair has a power option): it has no specific code."""
        if first not in self._base_codes:
            return False
        text = description.lower()
        said = _NEGATION.sub(" ", options_left_out(text))
        group = self._group(said)
        if group is None or group == 5 or self._other_item(text):
            return False
        if self._for_a_base(text) or self._says("scooter", said) and not self._says("chair", said):
            return False
        weight = self._weight(text)
        return weight is not None and self._chair("wheelchair", group, weight, text, said) not in (
            self._codes
        )

    def _chair(self, vehicle: str, group: int, weight: str, text: str, said: str) -> BaseCode:
        options = self._options(text, said)
        seat = "captains" if self._says("captains", said) else "sling"
        return BaseCode(vehicle, group, weight, seat, options, self._says("portable", said))

    def first(
        self, scored: list[Scored], description: str, score: Callable[[int], Scores]
    ) -> list[Scored]:
        """The ranked codes with the base the order says first (`score` scores one code by its
        index; the ranker indexes codes in the descriptors' order)."""
        code = self.code(description)
        if code is None:
            return scored
        return put_first(scored, self._positions[code], score)

    def _for_a_base(self, text: str) -> bool:
        """A seating function named first for a base is the item ("power tilt for the group 3
        chair", "seat elevator on a complex rehab power chair"), unless the order counts the
        base's options ("two power seating functions on a group 2 base")."""
        found = self._for_group.search(text)
        if found is None or _COUNTED.search(text):
            return False
        before = text[: found.start()]
        return self._says("elevator", before) or any(f.search(before) for f in self._functions)

    def _other_item(self, text: str) -> bool:
        """The order names another item ("joystick for the group 3"); a word of its power
        options ("no seat motors", "tilt is the lone seat motor") names none."""
        for options in ("none", "single", "multiple"):
            pattern = self._said[options]
            text = pattern.sub(" ", text) if pattern is not None else text
        return self._says("other_item", text)

    def _says(self, name: str, text: str) -> bool:
        pattern = self._said[name]
        return pattern is not None and pattern.search(text) is not None

    def _group(self, said: str) -> int | None:
        """The group an order names ("G3", "group two"; "rehab" beside a base word), beside a word
        saying a power wheelchair or scooter base or its weight class ("G3 extra-heavy-duty"; not
        a "group 2" support surface)."""
        named = self._group_words.search(said) if self._group_words else None
        based = (
            named
            or any(
                self._says(w, said) for w in ("chair", "scooter", "single", "multiple", "captains")
            )
            or any(spelled.search(said) for _name, spelled in self._classes)
        )
        found = _GROUP.search(said) if based else None
        if found:
            return int(found.group(1))
        spelled = _GROUP_WORD.search(said) if based else None
        if spelled:
            return _NUMBERS[spelled.group(1)]
        if named and self._says("group_word_beside", said):
            return self._words.group_words[named.group(0)]
        return None

    def _weight(self, text: str) -> str | None:
        """The class the order names; the patient's weight's class when it names none or
        several ("there are heavy duty, very heavy duty..."); else standard."""
        named = []
        for name, said in self._classes:  # "extra heavy duty" before "heavy duty"
            if said.search(text):
                named.append(name)
                text = said.sub(" ", text)
        if len(named) == 1:
            return named[0]
        pounds = _POUNDS.search(text) or _WEIGHS.search(text) or _RATED.search(text)
        if pounds is None:
            return None if named else "standard"
        weight = int(next(number for number in pounds.groups() if number))
        return (
            "standard"
            if weight <= 300
            else "heavy duty"
            if weight <= 450
            else "very heavy duty"
            if weight <= 600
            else "extra heavy duty"
        )

    def _options(self, text: str, said: str) -> str:
        """none, single or multiple power options (or group 2's seat elevator)."""
        for options in ("multiple", "single", "none"):
            if self._says(options, text):
                return options
        count = sum(f.search(said) is not None for f in self._functions)
        elevator = self._says("elevator", said)
        if elevator and count == 0:  # group 2's own bases; for another group, E2298 alone
            return "elevator"
        count += elevator
        return "none" if count == 0 else "single" if count == 1 else "multiple"


def put_first(scored: list[Scored], position: int, score: Callable[[int], Scores]) -> list[Scored]:
    """The ranked codes with the one at `position` first, as sure as the best code the words
    found: the order says every detail of this one."""
    own = next((pair[0] for pair in scored if pair[1] == position), None) or score(position)
    best = max((pair[0] for pair in scored), default=own)
    kept = [pair for pair in scored if pair[1] != position]
    sure = (max(own[0], best[0]), max(own[1], best[1]), max(own[2], best[2]))
    return [(sure, position), *kept]


def _described(found: re.Match[str], descriptor: str) -> BaseCode:
    """What one K08xx descriptor says."""
    vehicle, group, weight = found.group(1), int(found.group(2)), found.group(3)
    seat = (
        "captains" if "captains chair" in descriptor else "sling" if "sling" in descriptor else None
    )
    options = (
        "single"
        if "single power option" in descriptor
        else "multiple"
        if "multiple power option" in descriptor
        else "elevator"
        if "seat elevator" in descriptor
        else "none"
    )
    return BaseCode(vehicle, group, weight, seat, options, "portable" in descriptor)
