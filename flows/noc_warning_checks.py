"""What the "a specific code likely exists" warning asks of the NOC routing: whether an item and
a code's descriptor name other body parts, power, a change to an item, and whether the item is one
Medicare may never cover or one the biller says no code fits."""

from __future__ import annotations

import re
from functools import cache

from flows.item_corrections import says_nothing_fits
from flows.item_text import ItemReader
from flows.models import ItemCategory
from flows.noc_families import MODIFYING, NocFamilies, contains_words
from flows.noc_file import NocFile
from flows.text import stem


class WarningChecks:
    """The routing's readings the warning compares with a code's descriptor (mixed into
    NocRouter, which builds these attributes)."""

    rules: NocFile
    reader: ItemReader
    families: NocFamilies
    _body_part_group: dict[str, str]

    def route(
        self, description: str, category: ItemCategory | None, noc_only: bool = False
    ) -> tuple[str, str]:
        """(NOC code, why): NocRouter's."""
        raise NotImplementedError

    def other_body_part(self, description: str, descriptor: str) -> bool:
        """True when the item names a part of the body and the code's descriptor names only
        parts of another group ("wrap for the trunk" against "wrap ..., foot")."""
        item = self._body_parts(self.reader.read(description, typed=True).positive)
        code = self._body_parts(self.reader.read(descriptor).positive)
        return bool(item and code and not item & code)

    def powered_beyond(self, description: str, descriptor: str) -> bool:
        """True when the item's own name says powered ("motorized elbow joint") and the
        code's descriptor says nothing of power; "for a power chair" names the base only."""
        naming = self.reader.read(description, typed=True).item_tokens
        powered = {stem(w) for w in self.rules.powered_words}
        return bool(naming & powered) and not contains_words(
            descriptor, self.rules.power_descriptor_words
        )

    def modifies_other(self, description: str, descriptor: str) -> bool:
        """True when the item is a change to an item ("add a padded collar to the depth shoe",
        "stretch the toe box") routed to a NOC family of additions or modifications (A5507,
        L3649, L0999) and the code's descriptor is a whole item, no addition or modification."""
        said = {stem(w) for w in re.findall(r"[a-z]+", description.lower())}
        named = {stem(w) for w in re.findall(r"[a-z]+", descriptor.lower())}
        if not said & self.families.changing or named & MODIFYING:
            return False  # settled by the words alone: the routing (milliseconds) is not needed
        return self.families.modifies(self.route(description, None)[0])

    def _body_parts(self, tokens: set[str]) -> set[str]:
        return {self._body_part_group[t] for t in tokens if t in self._body_part_group}

    def never_covered(self, description: str) -> bool:
        """True when the item is a kind Medicare may never cover (noc.yaml `never_covered`)."""
        never = self.rules.never_covered
        return bool(never and contains_words(self.reader.unnegated_text(description), never.words))

    def far_from_dme(self, description: str) -> bool:
        """True for a kind no specific code comes near (noc.yaml `no_code_kinds`): equipment for
        driving a car shares words ("hand control", "kit") with wheelchair and feeding codes."""
        kinds = self.rules.no_code_kinds
        return bool(kinds) and contains_words(self.reader.unnegated_text(description), kinds)

    def says_no_code(self, description: str) -> bool:
        """True when the biller writes that no specific code fits ("no L code fits"), or that
        the item is outside the kit or list of codes that would hold it ("not part of the daily
        kit", "not in the specific list")."""
        rules = self.rules
        return says_nothing_fits(
            description, rules.no_code_phrases, rules.code_context_words
        ) or self._says_outside(description)

    def _says_outside(self, description: str) -> bool:
        """True for "not part of the daily kit"; "not an NPWT kit" names what the item is not."""
        outside = _outside_pattern(tuple(self.rules.outside_nouns))
        return bool(outside and outside.search(description))


@cache
def _outside_pattern(nouns: tuple[str, ...]) -> re.Pattern[str] | None:
    """ "Not", "outside" or "nothing in", up to four words, then a listing noun; compiled once."""
    if not nouns:
        return None
    alternatives = "|".join(re.escape(n) for n in nouns)
    return re.compile(
        rf"\b(?:not|isn'?t|aren'?t|outside|nothing\s+in)\s+(?!an?\b)(?:[\w/'-]+\s+){{0,4}}?"
        rf"(?:{alternatives})\b",
        re.IGNORECASE,
    )
