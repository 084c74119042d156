"""Which NOC code an item with no specific code goes to.

First the NOC families of the CMS file itself: every not-otherwise-classified code in the table
names a kind of item ("Patient lift, bathroom or toilet", "Orthopedic shoe, modification,
addition or transfer", "Wheelchair, pediatric size"), so an item described in those words goes to
that code, whatever category was picked (a whole pediatric wheelchair is E1229, not the K0108 of
wheelchair parts). Then the reviewed rules of content/codes/noc.yaml (category and words); then
the group of CMS codes the item, or what a part belongs to, is described like (noc_scopes.py);
then the category's default.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from pydantic import BaseModel

from flows.item_text import NEGATED, ItemReader, ReadItem
from flows.models import ItemCategory
from flows.noc_file import NocFile, NocRule
from flows.noc_scopes import Names, Nearest, NocScope, Part, ScopeFinder
from flows.text import stem

# Words that only say "not otherwise classified"; they never describe the item.
_NOC_WORDS = frozenset(
    "otherwis classifi specifi miscellan nos noc unlist procedur describ onli".split()
)
MIN_FAMILY_WORDS = 2  # a family needs at least two of its words in the description
RARE_WORD_DESCRIPTORS = 26  # about 1% of the descriptors: so rare a word singles out a family
# A family whose descriptor says one of these takes accessories, supplies or parts (K0108, A9900,
# E2599, L0999); the others take whole items only (E0770 is no "case for a TENS unit").
_PART_FAMILY_WORDS = frozenset(stem(w) for w in "accessory component supply addition "
                               "modification".split())  # fmt: skip
_MODIFYING = frozenset(stem(w) for w in ("addition", "modification"))
# Words saying the item is a change made to another item, not an item of its own.
_CHANGING = frozenset(stem(w) for w in "add added adding addition modify modified modification "
                      "stretch stretched convert converted widen widened".split())  # fmt: skip
_ORTHOTIC = re.compile(r"^L[0-4]")
_ORTHOTIC_SCOPE = re.compile(r"^(?:L[0-4]|A5507|L9900)")
_ADD_ON = re.compile(r"\badd[- ]on\b", re.IGNORECASE)  # "add-on pad": an addition, not "add"
_PROSTHETIC = re.compile(r"^L[5-9]")
_PROSTHETIC_SCOPE = re.compile(r"^L[5-8]")  # L9900 is taken by orthoses' parts


class NocFamily(BaseModel):
    code: str
    words: frozenset[str]
    whole_base: frozenset[str] = frozenset()  # a base family: the nouns a whole base is named by
    takes_parts: bool = False  # its descriptor names accessories, supplies or parts
    modifies: bool = False  # its descriptor names additions or modifications (A5507, L0999)
    own_words: frozenset[str] = frozenset()  # its descriptor's words (without family_words)
    nouns: frozenset[str] = frozenset()  # nouns that alone name an item of the family


def _ends_with_words(text: str, words: list[str]) -> bool:
    def plain(phrase: str) -> str:
        return re.sub(r"[^a-z0-9/]+", " ", phrase.lower()).strip()

    return any(f" {plain(text)}".endswith(f" {plain(w)}") for w in words)


def _contains_words(text: str, words: list[str]) -> bool:
    lowered = f" {re.sub(r'[^a-z0-9/]+', ' ', text.lower())} "
    return any(f" {re.sub(r'[^a-z0-9/]+', ' ', w.lower()).strip()} " in lowered for w in words)


class NocRouter:
    """Built once from the NOC codes of the table and the reviewed routing rules."""

    def __init__(
        self,
        noc_codes: dict[str, str],
        rules: NocFile,
        reader: ItemReader,
        descriptors: dict[str, str],
        nearest: Nearest,
        names: Names | None = None,
    ) -> None:
        """`descriptors`: every valid code's, for the vocabulary of each scope."""
        self.rules, self.reader = rules, reader
        self.scopes = ScopeFinder(
            rules.scopes, descriptors, reader, rules.part_words, rules.night_words, nearest, names
        )
        self._how_made = frozenset(stem(w) for w in rules.how_made_words)
        self._carried = frozenset(stem(w) for w in rules.carried_words)
        # Nouns the CMS file uses more for supplies (A and B codes) than for equipment (E
        # codes): "tape strips for home hemodialysis" are dialysis supplies, not equipment.
        self._supply_nouns = _nouns_of(descriptors, reader, supplies=True)
        self._equipment_nouns = _nouns_of(descriptors, reader, supplies=False)
        self._body_part_group = {
            stem(word): group for group, words in rules.body_part_groups.items() for word in words
        }
        self.families: list[NocFamily] = []
        for code, descriptor in noc_codes.items():
            # The family is what the descriptor names, up to "includes ..." (E0446, A9279).
            named = re.split(r",\s*includ(?:es|ing)\b", descriptor.lower())[0]
            words = self._family_words(named)
            own_words = frozenset(words)
            for extra in rules.family_words.get(code, []):
                words |= self._family_words(extra)
            # "Other motorized/power wheelchair base" (K0014) takes whole bases only, named by
            # "base" or by the device's own noun; never a part such as a drive motor.
            named_words = {stem(w) for w in re.findall(r"[a-z]+", named)}
            nouns = {stem("base"), self.reader.read(named).head or ""}
            whole_base = frozenset(nouns) if stem("base") in named_words else frozenset()
            if words:
                takes_parts = bool(named_words & _PART_FAMILY_WORDS)
                self.families.append(
                    NocFamily(
                        code=code,
                        words=frozenset(words),
                        whole_base=whole_base,
                        takes_parts=takes_parts,
                        modifies=bool(named_words & _MODIFYING),
                        own_words=own_words,
                        nouns=frozenset(stem(n) for n in rules.family_nouns.get(code, [])),
                    )
                )
        counts: dict[str, int] = {}
        for family in self.families:
            for word in family.words:
                counts[word] = counts.get(word, 0) + 1
        total = len(self.families)
        self._families_using = counts
        self._idf = {w: math.log(1 + (total - n + 0.5) / (n + 0.5)) for w, n in counts.items()}
        # Each rule's words as a description is read, worked out once: every outcome asks.
        self._rules_as_read = [
            (rule, self._as_read(rule.words), self._as_read(rule.unless)) for rule in rules.rules
        ]

    def _family_words(self, text: str) -> set[str]:
        read = self.reader.read(text)
        return {
            t
            for t in read.positive
            if t not in _NOC_WORDS and t not in self.reader.generic and t not in self._how_made
        }

    def category_of(self, description: str, part: Part | None = None) -> ItemCategory:
        """The category the words suggest (words the biller negated do not count). A whole
        item is a wheelchair part only when its own name says wheelchair: a ramp "so the
        wheelchair gets up the steps" is not."""
        said = self.reader.unnegated_text(description)
        naming = self.reader.unnegated_text(self.scopes.naming_phrase(description))
        for category, words in self.rules.category_words.items():
            whole_item_chair = category == "wheelchair_part" and part is None
            # A whole item is a wheelchair part only when its name ends in the chair: a
            # "wheelchair ramp" is a ramp, a "pediatric power chair" a whole chair (family).
            if whole_item_chair and _ends_with_words(naming, words):
                return category
            if not whole_item_chair and _contains_words(said, words):
                return category
        return "equipment"

    @lru_cache(maxsize=256)  # noqa: B019 - one router lives for the whole process
    def route(self, description: str, category: ItemCategory | None) -> tuple[str, str]:
        """(NOC code, why) for an item with no specific code; the why says so when Medicare
        may never cover such an item (a stair lift, an air purifier)."""
        code, why = self._route(description, category)
        never = self.rules.never_covered
        if never and self.never_covered(description):
            why = f"{why.strip()} {never.why.strip()}"
        return code, why

    def _route(self, description: str, category: ItemCategory | None) -> tuple[str, str]:
        """The NOC family the item names (skipped for a part of an item the search names:
        that item decides); else, for a part of an orthosis or prosthesis, its scope's parts
        code; else the reviewed rules; else, for a part, the scope of what it belongs to,
        and for a whole item the scope it is described like; else the category's default."""
        description = _ADD_ON.sub("addition", description)
        part = self.scopes.part_of(description)
        inferred = self._category(description, category)

        def fits(code: str) -> bool:
            return _scope_fits(code, inferred)

        # A part of an item the search names goes by what it belongs to: straps for a knee
        # orthosis are a component of another L code (L9900), a mast for a patient lift a
        # component of another HCPCS code (A9900), whatever NOC family its own words suggest.
        found_base = None
        if part is not None and self._has_base(description):
            found_base = self.scopes.base_scope(part, fits)
            own_kind = self.category_of(part.base_text) in ("orthotic", "prosthetic")
            if category is None and not own_kind:
                # Unless the biller picked a category, what the part's link names by its noun
                # decides it: a "cross brace for a manual wheelchair" is a wheelchair part.
                anywhere = self.scopes.base_scope(part, strict=True)
                if anywhere and anywhere[1]:
                    found_base, inferred = anywhere, self._scope_category(anywhere[0], inferred)
        if part is not None and part.by_link and not (found_base and found_base[1]):
            part, found_base = None, None  # "ramp for the front steps": a whole item
        base, named = found_base or (None, False)
        by_link = part is not None and part.by_link
        said = self.reader.unnegated_text(description)
        first = self._rule_for(said, inferred, None, first=True)
        if first is not None:
            return first.code, first.why
        if not named or by_link:
            family = self.family_of(description, category, None if by_link else part)
            if family is not None:
                return family, self.rules.family_why
        # A part of another coded item is billed as a supply, unless a noun the CMS file uses
        # more for equipment names it: a cart for a dialysis cycler is dialysis equipment.
        if base is not None and inferred in ("equipment", "other") and not self._equipment(part):
            inferred = "supply_accessory"
        # A part of an orthosis or prosthesis goes by what it belongs to (a pad for an LSO is
        # an addition to a spinal orthosis, L0999), a case or bag for one is an O&P accessory
        # (L9900); other parts by the rules first.
        if base is not None and part is not None and inferred in ("orthotic", "prosthetic"):
            carried = stem(part.noun) in self._carried and not self._takes_parts(base.parts)
            accessory_code = self.rules.carried_code
            if carried and accessory_code:
                why = self.rules.scope_parts_why.format(scope=base.name, code=accessory_code)
                return accessory_code, why
            if base.parts:
                why = self.rules.scope_parts_why.format(scope=base.name, code=base.parts)
                return base.parts, why
        # Unless the biller picked "equipment", an item named by a supply noun is a supply
        # ("tape strips for home hemodialysis"; "dialysis equipment" is named by the domain).
        supply_noun = self._supply_noun(description) if category is None else None
        rule = self._rule_for(said, inferred, supply_noun)
        if rule is not None:
            return rule.code, rule.why
        cued = None if base else self._cued_family(description)
        if cued is not None:
            return cued, self.rules.family_why
        if base is not None and base.parts:
            return base.parts, self.rules.scope_parts_why.format(scope=base.name, code=base.parts)
        found = None if part else self.scopes.scope_of(description, fits=fits, item_only=True)
        code = self.scopes.whole_code(found[0], description) if found else None
        if found and code:
            return code, self.rules.scope_why.format(scope=found[0].name, code=code)
        default = self.rules.defaults[inferred]
        return default.code, default.why

    def _rule_for(
        self, said: str, inferred: ItemCategory, supply_noun: str | None, first: bool = False
    ) -> NocRule | None:
        """The first reviewed rule for the item's category whose words it says."""
        for rule, words, unless in self._rules_as_read:
            if rule.first != first:
                continue
            fits_rule = inferred in rule.categories or (
                inferred == "equipment"
                and "supply_accessory" in rule.categories
                and supply_noun is not None
                and not _contains_words(supply_noun, rule.words)
            )
            if fits_rule and _contains_words(said, words) and not _contains_words(said, unless):
                return rule
        return None

    def _as_read(self, words: list[str]) -> list[str]:
        """Rule words and the same words as a description is read ("leg lifter": "leg lift")."""
        return [*words, *(self.reader.normalise(w).strip() for w in words)]

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
        return bool(naming & powered) and not _contains_words(
            descriptor, self.rules.power_descriptor_words
        )

    def modifies_other(self, description: str, descriptor: str) -> bool:
        """True when the item is a change to an item ("add a padded collar to the depth shoe",
        "stretch the toe box") routed to a NOC family of additions or modifications (A5507,
        L3649, L0999) and the code's descriptor is a whole item, no addition or modification."""
        code = self.route(description, None)[0]
        if not any(f.code == code and f.modifies for f in self.families):
            return False
        said = {stem(w) for w in re.findall(r"[a-z]+", description.lower())}
        named = {stem(w) for w in re.findall(r"[a-z]+", descriptor.lower())}
        return bool(said & _CHANGING) and not named & _MODIFYING

    def _body_parts(self, tokens: set[str]) -> set[str]:
        return {self._body_part_group[t] for t in tokens if t in self._body_part_group}

    def never_covered(self, description: str) -> bool:
        """True when the item is a kind Medicare may never cover (noc.yaml `never_covered`)."""
        never = self.rules.never_covered
        return bool(never and _contains_words(self.reader.unnegated_text(description), never.words))

    def says_no_code(self, description: str) -> bool:
        """True when the biller writes that no specific code fits ("no L code fits")."""
        return _contains_words(description, self.rules.no_code_phrases)

    def _has_base(self, description: str) -> bool:
        """False when the biller says the item belongs to no other coded item."""
        return not _contains_words(description, self.rules.no_base_phrases)

    def _category(self, description: str, picked: ItemCategory | None) -> ItemCategory:
        """The category the routing uses: the words win where they are clear. A wheelchair
        accessory is a wheelchair part (F16.12), and a brace is an orthosis even when
        "prosthetic" was picked."""
        part = self.scopes.part_of(description)
        said = self.category_of(description, None if part and part.by_link else part)
        if picked is None:
            return said
        if said == "wheelchair_part" and picked == "supply_accessory":
            return said
        pair = {"orthotic", "prosthetic"}
        return said if picked in pair and said in pair else picked

    def family_of(
        self, description: str, category: ItemCategory | None, part: Part | None = None
    ) -> str | None:
        """The NOC code whose own descriptor names the item, if one clearly does; a part of
        another item only goes to a family that takes parts."""
        item = self.reader.read(description, typed=True)
        typed = {t for t in item.weights if not t.startswith(NEGATED)}
        # Words only in "for a power wheelchair" name what the item belongs to, not the item.
        base_only = {t for clause in item.base_clauses for t in clause} - item.item_tokens
        naming = self.reader.read(self.scopes.naming_phrase(description), typed=True)
        best: tuple[float, str] | None = None
        for family in self.families:
            if not self._fits_category(family.code, category):
                continue
            if part is not None and not family.takes_parts:
                continue
            shared = family.words & typed
            named = item.head in family.words if item.head else False
            # A motor "for a power wheelchair" or "for a patient lift" is no wheelchair base.
            if family.whole_base and item.head not in family.whole_base:
                continue
            # Named: by a word only this family uses, by its main noun and another of its words,
            # by three of its words, or by every word it has ("alert ... alarms": A9280).
            # The item's own name must share a word with a family of whole items: an "orthotist
            # visit to adjust the straps" is no strap wrap (A6584); a modification family may
            # be named by what is modified ("toe box stretch on a diabetic shoe": A5507).
            own_name = (shared | family.nouns) & item.item_tokens
            if part is None and not own_name and not family.modifies:
                continue  # "orthotist visit to adjust the straps": the item is the visit
            whole_name = (
                len(family.own_words) >= MIN_FAMILY_WORDS
                and family.own_words <= item.item_tokens - base_only
                # "power wheelchair joystick" is a joystick, no power wheelchair
                and not (family.own_words <= naming.positive and naming.head not in family.words)
            )
            # "door alarm for a pt who wanders": the noun alone names the family; "burn
            # compression sleeve": two of its words, one used by no other family.
            by_noun = bool(family.nouns & (item.item_tokens - self.reader.describing))
            own = {w for w in shared if self._families_using.get(w) == 1 and self._rare(w)}
            by_noun = by_noun or (len(shared) >= MIN_FAMILY_WORDS and bool(own))
            if not (
                by_noun
                or self._named_alone(item, family)
                or whole_name
                or (len(shared) >= MIN_FAMILY_WORDS and (named or len(shared) > MIN_FAMILY_WORDS))
            ):
                continue
            score = self._coverage(item, shared) + 0.3 * len(shared) / len(family.words)
            if best is None or score > best[0]:
                best = (score, family.code)
        return best[1] if best else None

    def _scope_category(self, scope: NocScope, inferred: ItemCategory) -> ItemCategory:
        """The category of the items a scope's parts code takes (a wheelchair's: its parts)."""
        parts = scope.parts or ""
        if parts == self.rules.defaults["wheelchair_part"].code:
            return "wheelchair_part"
        if _ORTHOTIC_SCOPE.match(parts):
            return "orthotic"
        if _PROSTHETIC_SCOPE.match(parts):
            return "prosthetic"
        return "supply_accessory" if inferred in ("orthotic", "prosthetic") else inferred

    def _takes_parts(self, code: str | None) -> bool:
        """The NOC code's own descriptor names accessories, supplies or parts (L8698)."""
        return any(f.code == code and f.takes_parts for f in self.families)

    def _cued_family(self, description: str) -> str | None:
        """The NOC family whose cue words the description uses (first listed wins)."""
        said = self.reader.unnegated_text(description)
        for code, words in self.rules.family_cues.items():
            if _contains_words(said, words):
                return code
        return None

    def _rare(self, word: str) -> bool:
        """A word few CMS descriptors use ("burn", "argus"; not "back" or "nutrition")."""
        return self.scopes.descriptors_using(word) <= RARE_WORD_DESCRIPTORS

    def _named_alone(self, item: ReadItem, family: NocFamily) -> bool:
        """An item named by one word only this family uses, with nothing else in its name
        ("a scooter that holds 750 lb", "chair alarm")."""
        if not item.head or self._families_using.get(item.head, 0) != 1:
            return False
        naming = {
            t for t in item.item_tokens
            if t not in self.reader.generic and t not in self.reader.describing
        }  # fmt: skip
        return item.head in family.words and naming <= family.words

    def _coverage(self, item: ReadItem, shared: frozenset[str]) -> float:
        total = sum(w * self._idf.get(t, 1.0) for t, w in item.weights.items())
        return sum(item.weights[t] * self._idf.get(t, 1.0) for t in shared) / total if total else 0

    @staticmethod
    def _fits_category(code: str, category: ItemCategory | None) -> bool:
        """Orthoses and prostheses keep to their own L-code families; anything else may match
        any family (wheelchair parts follow the item, not the category answer)."""
        if category == "orthotic":
            return not _PROSTHETIC.match(code)
        if category == "prosthetic":
            return not _ORTHOTIC.match(code)
        return not (category in ("wheelchair_part", "supply_accessory") and code.startswith("L"))


def _nouns_of(descriptors: dict[str, str], reader: ItemReader, supplies: bool) -> frozenset[str]:
    """Words used by more supply descriptors (A4000-A9999, B) than equipment ones (E), or with
    `supplies` False the other way round."""
    supply_counts: dict[str, int] = {}
    equipment: dict[str, int] = {}
    for code, descriptor in descriptors.items():
        counts = supply_counts if code[0] in "AB" else equipment if code[0] == "E" else None
        if counts is not None:
            for token in reader.read(descriptor).positive:
                counts[token] = counts.get(token, 0) + 1
    more, fewer = (supply_counts, equipment) if supplies else (equipment, supply_counts)
    return frozenset(t for t, n in more.items() if n > fewer.get(t, 0))


def _scope_fits(code: str, category: ItemCategory) -> bool:
    """Orthoses and prostheses keep to their own scopes, and only they go to those: a
    "stabilizing spoon" is described like a spinal orthosis but is none."""
    if category == "orthotic":
        return bool(_ORTHOTIC_SCOPE.match(code))
    if category == "prosthetic":
        return bool(_PROSTHETIC_SCOPE.match(code))
    return not code.startswith("L")
