"""Which NOC code an item with no specific code goes to.

First the NOC families of the CMS file itself: every not-otherwise-classified code in the table
names a kind of item ("Patient lift, bathroom or toilet", "Orthopedic shoe, modification,
addition or transfer", "Wheelchair, pediatric size"), so an item described in those words goes to
that code, whatever category was picked (a whole pediatric wheelchair is E1229, not the K0108 of
wheelchair parts: noc_families.py). Then the reviewed rules of content/codes/noc.yaml (category
and words); then the group of CMS codes the item, or what a part belongs to, is described like
(noc_scopes.py); then the category's default.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.item_text import ItemReader
from flows.models import ItemCategory
from flows.noc_chairs import ChairParts
from flows.noc_context import context_last, needed_piece_first, piece_only
from flows.noc_families import (
    NocFamilies,
    contains_words,
    nouns_of,
    says,
    singular,
)
from flows.noc_file import NocFile, NocRule
from flows.noc_reading import ORTHOTIC_SCOPE, PROSTHETIC_SCOPE, ItemReading
from flows.noc_scopes import (
    Names,
    NameWords,
    Nearest,
    ScopeFinder,
)
from flows.noc_typed import TypedBases, pdac_coded, pdac_phrases
from flows.noc_warning_checks import WarningChecks
from flows.text import stem

_ADD_ON = re.compile(r"\badd[- ]on\b", re.IGNORECASE)  # "add-on pad": an addition, not "add"
WHOLE_SHARE = 0.3  # a whole item no scope claims goes to its nearest code's group at this share
PART_CUE_SHARE = 0.1  # the nearest code must cover this share of a broken or missing piece
TIED = 3  # nearest codes read for a tie between groups of codes
# "frame for a wheelchair user": the item is for a person, not for the wheelchair.
_USER = re.compile(r"\b[\w/]+[ -](?:users?|riders?)\b", re.IGNORECASE)


class NocRouter(ItemReading, WarningChecks):
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
            rules.scopes, descriptors, reader, rules.part_words, rules.night_words, nearest, names,
            NameWords(tuple(rules.broke_words + rules.stopped_words), tuple(rules.run_by_words),
                      tuple(rules.mount_places)),
        )  # fmt: skip
        self._part_cues = [*rules.part_cues, *rules.broke_words]
        self._piece_words = [*self._part_cues, *rules.stopped_words, *rules.repair_words]
        chair_words = rules.category_words.get("wheelchair_part", [])  # pieces only a chair has
        self._chair_pieces = [w for w in chair_words if w not in rules.whole_chair_words]
        self._chair_pieces += rules.chair_piece_words
        persons = "|".join(re.escape(w) for w in rules.person_words) or r"(?!)"
        # "for a pt in a wheelchair": a person, read like "for a wheelchair user" (_USER); not
        # "motor for patient lift" (a noun follows) nor "for the pt's chair"; `_body`: "made for
        # one patient's body" is made for the patient (a body is no coded item's base)
        self._person = re.compile(
            rf"\b(for|to) (?:(?:a|an|the|this|that|my|our|his|her|their) )?({persons})"
            r"\b(?=\s*(?:$|[,.;:()-]|(?:who|with|in|on|using|that|after|at|to|and|so)\b))",
            re.IGNORECASE,
        )
        self._body = re.compile(rf"\b({persons})'s body\b", re.IGNORECASE)
        self._carried = frozenset(stem(w) for w in rules.carried_words)
        # "garment for the chest wall after a mastectomy": the surgery is history, no prosthesis
        history = "|".join(re.escape(w) for w in rules.history_words) or r"(?!)"
        self._history = re.compile(rf"\b(?:{history})\b(?:\W+\w+){{1,3}}", re.IGNORECASE)
        # Nouns the CMS file uses more for supplies (A and B codes) than for equipment (E
        # codes): "tape strips for home hemodialysis" are dialysis supplies, not equipment.
        self._supply_nouns = nouns_of(descriptors, reader, supplies=True)
        self._equipment_nouns = nouns_of(descriptors, reader, supplies=False)
        self._body_part_group = {
            stem(word): group for group, words in rules.body_part_groups.items() for word in words
        }
        self.families = NocFamilies(noc_codes, rules, reader, self.scopes)
        self._specific = frozenset(descriptors.keys() - noc_codes.keys())
        self._noc_codes = frozenset(noc_codes)
        self.chairs = ChairParts(rules, reader, self.scopes)
        self.typed = TypedBases(rules, descriptors, self._specific, reader, self.scopes)
        self._pdac_phrases = pdac_phrases(rules)
        # Each rule's words as a description is read, worked out once: every outcome asks.
        self._rules_as_read = [
            (rule, self._as_read(rule.words), self._as_read(rule.unless), self._as_read(rule.also))
            for rule in rules.rules
        ]

    def item_first(self, description: str) -> str:
        """The item named first, its context after it (`context_last`), as the warning reads."""
        return context_last(self.scopes, self.reader, self._part_cues, description)

    def route(
        self, description: str, category: ItemCategory | None, noc_only: bool = False
    ) -> tuple[str, str]:
        """(NOC code, why) for an item with no specific code; the why says so when Medicare
        may never cover such an item (a stair lift, an air purifier). `noc_only`: no rule that
        sends the item to a specific code (repair labor to K0740) answers, only NOC codes."""
        pdac = self.pdac_code(description)
        if pdac and self.rules.pdac_coded:
            code, why = pdac, self.rules.pdac_coded.why
        else:
            code, why = self._route(description, category, noc_only)
        # what no family claims is billed to be denied; a supply only when the biller asks for
        # the non-covered line itself
        denied = self.rules.billed_for_denial
        asked = denied is not None and denied.asked_in(description)
        defaults = self.rules.defaults
        if denied and (
            (code == defaults["equipment"].code and (asked or denied.said_in(description)))
            or (code == defaults["supply_accessory"].code and asked)
        ):
            code, why = denied.code, denied.why
        never = self.rules.never_covered
        if never and self.never_covered(description):
            why = f"{why.strip()} {never.why.strip()}"
        return code, why

    def pdac_code(self, description: str) -> str | None:
        """The NOC code the biller says the DME PDAC gave the item (noc.yaml `pdac_coded`)."""
        return pdac_coded(description, self._noc_codes, self.rules, self.reader, self._pdac_phrases)

    def _route(
        self, description: str, category: ItemCategory | None, noc_only: bool = False
    ) -> tuple[str, str]:
        """The NOC family the item names (skipped for a part of an item the search names:
        that item decides); else, for a part of an orthosis or prosthesis, its scope's parts
        code; else the reviewed rules; else, for a part, the scope of what it belongs to,
        and for a whole item the scope it is described like; else the category's default."""
        typed = self.typed.base(description, self.item_first)
        description = needed_piece_first(self.scopes, self._cued_first(description))
        description = context_last(
            self.scopes, self.reader, self._part_cues, _ADD_ON.sub("addition", description)
        )
        description = _USER.sub("user", description)  # "for a wheelchair user": a person
        description = self._person.sub(r"\1 a user (\2)", self._body.sub(r"\1", description))
        part = self._part_of(description)
        inferred = self._category(description, category)
        chair_parts = self.rules.defaults["wheelchair_part"].code
        said_whole = self._said_whole(description)
        if said_whole and category is None and inferred == "wheelchair_part":
            inferred = "equipment"  # "stair climber for the wheelchair, whole device"
        words = self.reader.read(description, typed=True).positive

        def fits(code: str) -> bool:
            return _scope_fits(code, inferred)

        def fits_whole(code: str) -> bool:  # a lymphedema vest is no burn garment (A6512)
            return fits(code) and self.families.required_said(code, words)

        # A part of an item the search names goes by what it belongs to: straps for a knee
        # orthosis are a component of another L code (L9900), a mast for a patient lift a
        # component of another HCPCS code (A9900), whatever NOC family its own words suggest.
        found_base = None
        if part is not None and self._has_base(description):
            found_base = self.scopes.base_scope(part, fits)
            own_kind = self.category_of(part.base_text) in ("orthotic", "prosthetic")
            # A prosthesis by its own name stays one ("prosthetic bath leg for night trips").
            own_kind = own_kind or self.category_of(part.named_with) == "prosthetic"
            if category is None and not own_kind:
                # Unless the biller picked a category, what the part's link names by its noun
                # decides it: a "cross brace for a manual wheelchair" is a wheelchair part.
                anywhere = self.scopes.base_scope(part, strict=True)
                if anywhere and anywhere[1]:
                    found_base, inferred = anywhere, self._scope_category(anywhere[0], inferred)
        if part is not None and part.by_link and not (found_base and found_base[1]):
            part, found_base = None, None  # "ramp for the front steps": a whole item
        base, named = found_base or (None, False)
        if base is not None and not named and not base.whole and not self._of_owned(description):
            # A part whose item no phrase names, only described like general equipment or
            # supplies, and that nothing says replaces a piece of an item the patient has, is a
            # component of no code the biller can name (A9900 needs one): "fall alert pendant".
            base = None
        by_link = part is not None and part.by_link
        said = self.reader.ages_read(self.reader.unnegated_text(description))  # "3 yo": a child
        # a piece found only by its link ("base for a 24 yo") may be the whole item itself
        whole = (part is None or part.by_link) and not self.chairs.repair(description)
        first = self._rule_for(said, inferred, None, first=True, whole=whole, noc_only=noc_only)
        if first is not None:
            return first.code, first.why
        if typed and typed.parts and not self.says_no_code(description):  # "E0163: new seat"
            why = self.rules.scope_parts_why
            return typed.parts, why.format(scope=typed.name, code=typed.parts)
        owner = self.families.owning(description, category, part, base if named else None)
        if owner and not by_link:  # "carry bag for the TAH's portable driver": L8698
            return owner, self.rules.family_why
        if not named or by_link:
            # A prosthesis the words name keeps to its L-code families: a "prosthetic shower
            # leg" is no bathroom lift (a "collar" may be a burn garment's).
            kept = category or (inferred if inferred == "prosthetic" else None)
            family = self.families.of(description, kept, None if by_link else part)
            family = self._part_family(family, description, inferred)
            outside = family and kept and not (family[0] == "L" or _scope_fits(family, kept))
            if outside and not category:
                family = None
            if family is not None:
                return family, self.rules.family_why
        if category is None and base is None:
            inferred = self._orthosis_by_words(description, inferred)
        # A part of another coded item is billed as a supply, unless a noun the CMS file uses
        # more for equipment names it: a cart for a dialysis cycler is dialysis equipment.
        if base is not None and inferred in ("equipment", "other") and not self._equipment(part):
            inferred = "supply_accessory"
        # A part of an orthosis or prosthesis goes by what it belongs to (a pad for an LSO is
        # an addition to a spinal orthosis, L0999), a case or bag for one is an O&P accessory
        # (L9900); other parts by the rules first.
        if base is not None and part is not None and inferred in ("orthotic", "prosthetic"):
            carried = stem(part.noun) in self._carried and not self.families.takes_parts(base.parts)
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
        rule = self._rule_for(said, inferred, supply_noun, whole=whole)
        if rule is not None:
            return rule.code, rule.why
        cued = None if base else self._part_family(self.families.cued(description), description,
                                                   inferred)  # fmt: skip
        if cued is not None:
            return cued, self.rules.family_why
        if base is not None and base.parts:
            return base.parts, self.rules.scope_parts_why.format(scope=base.name, code=base.parts)
        found = None if part else self.scopes.scope_of(description, fits=fits_whole, item_only=True)
        code = self.scopes.whole_code(found[0], description) if found else None
        if (said_whole or self.chair_denied(description)) and code == chair_parts:
            code = None  # a whole item described like the chair's parts is none of them
        if found and code and self.families.names_object(code, description):
            return code, self.rules.scope_why.format(scope=found[0].name, code=code)
        # a piece whose base no phrase names: "hand switch broke, remote only"
        # (a piece of a chair is the chair's part, whatever item the search finds nearest it)
        repaired = inferred == "wheelchair_part" and self.chairs.repair(description)
        broken = None if part and base or repaired else self._part_by_cue(description, fits)
        if broken is not None:
            return broken
        default = self.rules.defaults[inferred]
        if default.code == self.rules.defaults["equipment"].code and part is None:
            nearest = self._nearest_whole(description, fits_whole)
            if nearest is not None:
                return nearest
        return default.code, default.why

    def _nearest_whole(
        self, description: str, fits: Callable[[str], bool]
    ) -> tuple[str, str] | None:
        """A whole item whose words no scope claims clearly, but which the search finds close
        to one code (most of its words): the NOC code of that code's group ("OTS velcro wrap
        for hand and fingers" is nearest a compression wrap: A6584, not E1399)."""
        for code, share in self.scopes.nearest_alone(description):
            scope = self.scopes.scope_holding(code)
            if (share >= WHOLE_SHARE and scope is not None and scope.whole
                    and scope.whole != self.rules.defaults["wheelchair_part"].code
                    and fits(scope.whole)):  # fmt: skip
                whole = self.scopes.whole_code(scope, description) or scope.whole
                return whole, self.rules.scope_why.format(scope=scope.name, code=whole)
        return None

    def _part_by_cue(self, description: str, fits: Callable[[str], bool]) -> tuple[str, str] | None:
        """A piece of a coded item the biller says broke, went missing or is all that is
        needed ("bed crank went missing, need the crank only", "hand switch broke"): the parts
        code of the scope of the item the search finds nearest."""
        said = self.reader.unnegated_text(description)
        if not (contains_words(said, self._part_cues) or piece_only(description)):
            return None
        # The item named before what happened to it decides ("lift chair | stopped working, new
        # hand control only": the chair's), else the words of the whole line.
        naming = self.scopes.naming_phrase(description)
        for text in (naming, description) if self.scopes.names_item(naming) else (description,):
            nearest = self.scopes.nearest(text, TIED)
            top = [c for c, share in nearest if share >= PART_CUE_SHARE and share == nearest[0][1]]
            held = [s for s in map(self.scopes.scope_holding, top) if s and s.parts]
            # codes tied across groups name no family: the general group's parts code (A9900)
            scope = next((s for s in held if not s.whole), None) if len(
                {s.name for s in held}) > 1 else next(iter(held), None)  # fmt: skip
            if scope is not None and scope.parts and fits(scope.parts):
                return scope.parts, self.rules.scope_parts_why.format(
                    scope=scope.name, code=scope.parts
                )
        return None

    def _cued_first(self, description: str) -> str:
        """An intake note's part named first when the story before its order cue names no item:
        "can't turn neck, wants a mirror on the pwc" is a mirror for the chair ("..., needs
        another one" names no part, and its story says what it is)."""
        cued = self.reader.cued_item(description)
        if cued is None or self.scopes.names_item(cued[1]) or not self.scopes.part_of(cued[0]):
            return description
        return f"{cued[0]}, {cued[1]}"

    def _rule_for(
        self,
        said: str,
        inferred: ItemCategory,
        supply_noun: str | None,
        first: bool = False,
        whole: bool = True,
        noc_only: bool = False,
    ) -> NocRule | None:
        """The first reviewed rule for the item's category whose words it says (a rule of whole
        items only when the item is no part of another)."""
        for rule, words, unless, also in self._rules_as_read:
            if rule.first != first or (rule.whole and not whole):
                continue
            if noc_only and rule.code not in self._noc_codes:
                continue
            fits_rule = inferred in rule.categories or (
                inferred == "equipment"
                and "supply_accessory" in rule.categories
                and supply_noun is not None
                and not contains_words(supply_noun, rule.words)
            )
            if (
                fits_rule
                and says(said, words)
                and not says(said, unless)
                and (not also or says(said, also))
            ):
                return rule
        return None

    def _as_read(self, words: list[str]) -> list[str]:
        """Rule words and the same words as a description is read ("leg lifter": "leg lift")."""
        read = [*words, *(self.reader.normalise(w).strip() for w in words)]
        return [*read, *(singular(w) for w in read)]

    def _part_family(
        self, family: str | None, description: str, inferred: ItemCategory
    ) -> str | None:
        """The family, unless the item is a repaired piece of a chair and the family takes
        whole items only (a tiller of a "mobility scooter" is no scooter, K0812)."""
        if family is None or inferred != "wheelchair_part" or self.families.takes_parts(family):
            return family
        return None if self.chairs.repair(description) else family


def _scope_fits(code: str, category: ItemCategory) -> bool:
    """Orthoses and prostheses keep to their own scopes, and only they go to those: a
    "stabilizing spoon" is described like a spinal orthosis but is none."""
    if category == "orthotic":
        return bool(ORTHOTIC_SCOPE.match(code))
    if category == "prosthetic":
        return bool(PROSTHETIC_SCOPE.match(code))
    return not code.startswith("L")
