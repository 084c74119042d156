"""Whether an item with no code of its own is a piece of a wheelchair or scooter that broke or is
replaced: such a piece is K0108 whatever its own noun (facts F16.12: repair parts follow the
item), and a whole chair never is one."""

from __future__ import annotations

import re

from flows.item_text import ItemReader
from flows.noc_families import contains_words
from flows.noc_file import NocFile
from flows.noc_scopes import ScopeFinder, drop_purpose
from flows.text import stem


class ChairParts:
    """Reads a description for a chair named apart from the piece billed."""

    def __init__(self, rules: NocFile, reader: ItemReader, scopes: ScopeFinder) -> None:
        self.rules, self.reader, self.scopes = rules, reader, scopes

    def repair(self, description: str) -> bool:
        """True when a piece of a wheelchair or scooter the text names broke or is replaced:
        "gas cylinder on his reclining wheelchair won't hold, replace cylinder" (the chair named
        outside the piece's own name; "wheelchair ramp" names a whole item), or when a part
        word ends the piece's name ("bushing kit for her manual chair", "canopy rig clamped on
        the tilt chair's back canes"), with no chair in that name nor only in what it is for."""
        said = self.reader.unnegated_text(description)
        naming, after = self.scopes.split_name(description)
        if contains_words(said, self.rules.repair_words):
            # The words after the naming phrase, read alike: the reading spells out shorthand
            # ("tilt chair" as a wheelchair), so the chair a "replacement shower commode tilt
            # chair" names is the item itself, not a chair it is a piece of.
            rest = self.reader.unnegated_text(after) if after.strip() else ""
            return contains_words(rest, self.rules.chair_names) and not contains_words(
                naming, self.rules.whole_chair_words
            )
        named = re.findall(r"[a-z]+", naming.lower())
        if not any(stem(w) in self.scopes.part_words for w in named[-2:]):
            return False
        chairs = [*self.rules.chair_names, *self.rules.whole_chair_words]
        said = self.reader.unnegated_text(drop_purpose(description))
        return contains_words(said, chairs) and not contains_words(
            self.reader.unnegated_text(naming), chairs
        )
