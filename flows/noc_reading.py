"""How the NOC routing reads an item before it routes it: its category, whether it is a whole
item or a piece of another (and of which), whether the biller says it replaces a piece of an
item the patient has, and the noun naming it (mixed into NocRouter, which builds the attributes)."""

from __future__ import annotations

import re

from flows.item_text import NEGATED, ItemReader
from flows.models import HCPCS_IN_TEXT, ItemCategory
from flows.noc_chairs import ChairParts
from flows.noc_families import ORTHOTIC, contains_words, ends_with_words
from flows.noc_file import NocFile
from flows.noc_scopes import NocScope, Part, ScopeFinder
from flows.text import stem

ORTHOTIC_SCOPE = re.compile(r"^(?:L[0-4]|A5507|L9900)")
PROSTHETIC_SCOPE = re.compile(r"^L[5-8]")  # L9900 is taken by orthoses' parts
# Where the phrase naming a part's base ends: "the tub | on the wall", "a patient lift | , ..."
_BASE_END = re.compile(r"[,;(|]|\b(?:on|in|at|by|to|of|with|for|from|near|that|which|and)\b")


class ItemReading:
    """The routing's readings of the item itself (mixed into NocRouter)."""

    rules: NocFile
    reader: ItemReader
    scopes: ScopeFinder
    chairs: ChairParts
    _history: re.Pattern[str]
    _piece_words: list[str]
    _chair_pieces: list[str]
    _supply_nouns: frozenset[str]
    _equipment_nouns: frozenset[str]
    _body_part_group: dict[str, str]

    def category_of(self, description: str, part: Part | None = None) -> ItemCategory:
        """The category the words suggest (words the biller negated do not count). A whole
        item is a wheelchair part only when its name ends in a part's word ("joystick"): a
        whole chair ("transport chair") is equipment (F16.12), a "wheelchair ramp" a ramp."""
        said = self.reader.unnegated_text(self.scopes.without_purpose(description))
        naming = self.reader.unnegated_text(self.scopes.naming_phrase(description))
        for category, words in self.rules.category_words.items():
            if category == "wheelchair_part" and part is None:
                parts = [w for w in words if w not in self.rules.whole_chair_words]
                if ends_with_words(naming, parts) or contains_words(
                    said, self.rules.chair_piece_words
                ):
                    return category
            elif contains_words(self._history.sub(" ", said) if category == "prosthetic" else said,
                                words):  # fmt: skip
                return category
        # "replacement battery pack" is a supply; a "replacement patient lift" the whole lift
        named = re.findall(r"[a-z]+", naming.lower())[-2:]
        if contains_words(said, self.rules.replacement_part_words) and any(
            stem(w) in self.scopes.part_words for w in named
        ):
            return "supply_accessory"
        return "equipment"

    def _of_owned(self, description: str) -> bool:
        """True when the line says a piece of an item the patient has (or bought) is replaced,
        broke or stopped, or types the item's code ("head-section motor failed on the bed")."""
        said = self.reader.unnegated_text(description)  # reads "bought" as "purchase"
        owned = contains_words(description, self.rules.owned_words)  # "pt bought it"
        return (
            bool(HCPCS_IN_TEXT.search(description))
            or owned
            or contains_words(said, self._piece_words)
        )

    def _equipment(self, part: Part | None) -> bool:
        """True when the part is named by a noun the CMS file uses more for equipment than
        for supplies ("cart", "cabinet", "stand"; not "cap" or "strips")."""
        return part is not None and stem(part.noun) in self._equipment_nouns

    def _supply_noun(self, description: str) -> str | None:
        """The noun naming the item, when the CMS file uses it for supplies ("strips")."""
        naming = self.scopes.naming_phrase(description)
        head = self.reader.read(naming, typed=True).head
        if head not in self._supply_nouns:
            return None
        return next((w for w in re.findall(r"[a-z]+", naming.lower()) if stem(w) == head), None)

    def _said_whole(self, description: str) -> bool:
        """True when the biller says the item is a whole one or names one that carries a chair
        ("portable ramp for the wheelchair"), and names no piece only a chair has ("joystick
        for the power chair, whole unit" is still the chair's part)."""
        whole = contains_words(description, self.rules.whole_phrases) or ends_with_words(
            self.scopes.naming_phrase(description), self.rules.chair_carrier_words)  # fmt: skip
        return whole and not contains_words(description, self._chair_pieces)

    def chair_denied(self, description: str) -> bool:
        """True when every wheelchair the line names is one the biller negates ("clamps to the
        table, NOT mounted on a wheelchair"): the item is no accessory of a chair."""
        return self._negates_all(description, self.rules.whole_chair_words)

    def denies_named(self, description: str, descriptor: str) -> bool:
        """True when the code's descriptor names a wheelchair, or a power wheelchair group, that
        the biller negates ("NOT mounted on a wheelchair" against E2626's "attached to
        wheelchair", "it isn't a group 2/3 base" against K0822's "group 2")."""
        if contains_words(descriptor, self.rules.whole_chair_words) and self.chair_denied(
            description
        ):
            return True
        groups = {t for p in self.rules.powered_phrases for t in self.reader.read(p).positive}
        named = self.reader.read(descriptor).positive & groups
        item = self.reader.read(description, typed=True)
        negated = {t.removeprefix(NEGATED) for t in item.weights if t.startswith(NEGATED)}
        return bool(named) and named <= negated and not named & item.positive

    def _negates_all(self, description: str, words: list[str]) -> bool:
        """True when the line says one of the words and the biller negates each time it does."""
        said = self.reader.unnegated_text(description)
        return contains_words(description, words) and not contains_words(said, words)

    def _part_of(self, description: str) -> Part | None:
        """The piece the item is of another, unless the biller says it is a whole item ("a
        tracked stair climber for the wheelchair, whole device" is no wheelchair part) or what
        it is fixed to is no DME ("bidet toilet seat attachment", "grab bar for the tub")."""
        part = None if self._said_whole(description) else self.scopes.part_of(description)
        return None if part is not None and self._on_non_dme(part) else part

    def _on_non_dme(self, part: Part) -> bool:
        """True when the phrase naming what the part belongs to (the one linked to it, else
        the words before its noun) ends in a thing that is no DME (noc.yaml `non_dme_bases`)."""
        bases = self.rules.non_dme_bases
        if bases is None:
            return False
        phrase = _BASE_END.split(part.base_text)[0] if part.linked else part.named_with
        never = self.rules.never_covered.words if self.rules.never_covered else []
        said = self.reader.unnegated_text(phrase)
        return ends_with_words(said, [*bases.words, *never]) and not ends_with_words(
            said, bases.dme_words
        )

    def _has_base(self, description: str) -> bool:
        """False when the biller says the item belongs to no other coded item."""
        return not contains_words(description, self.rules.no_base_phrases)

    def _category(self, description: str, picked: ItemCategory | None) -> ItemCategory:
        """The category the routing uses: the words win where they are clear. A wheelchair
        accessory is a wheelchair part (F16.12), and a brace is an orthosis even when
        "prosthetic" was picked."""
        part = self._part_of(description)
        said = self.category_of(description, None if part and part.by_link else part)
        if picked is None:
            return "wheelchair_part" if self.chairs.repair(description) else said
        if said == "wheelchair_part" and picked == "supply_accessory":
            return said
        pair = {"orthotic", "prosthetic"}
        return said if picked in pair and said in pair else picked

    def _orthosis_by_words(self, description: str, said: ItemCategory) -> ItemCategory:
        """An item that names a part of the body and is described in the words of orthoses
        ("hip abduction / derotation strap system") is an orthosis, though no brace word says
        so; a spoon or a wrap with no body part stays what its words say."""
        if said not in ("equipment", "supply_accessory"):
            return said
        read = self.reader.read(description, typed=True)
        regions = {t for t in read.item_tokens if t in self._body_part_group}
        if not regions:
            return said
        # The orthosis words must be more than the body part ("hands free page turner").
        found = self.scopes.scope_of(description, item_only=True, leaving=frozenset(regions))
        return "orthotic" if found and ORTHOTIC.match(found[0].whole or "") else said

    def _scope_category(self, scope: NocScope, inferred: ItemCategory) -> ItemCategory:
        """The category of the items a scope's parts code takes (a wheelchair's: its parts)."""
        parts = scope.parts or ""
        if parts == self.rules.defaults["wheelchair_part"].code:
            return "wheelchair_part"
        if ORTHOTIC_SCOPE.match(parts):
            return "orthotic"
        if PROSTHETIC_SCOPE.match(parts):
            return "prosthetic"
        return "supply_accessory" if inferred in ("orthotic", "prosthetic") else inferred
