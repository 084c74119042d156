"""The NOC families of the CMS file: every not-otherwise-classified code names a kind of item
("Patient lift, bathroom or toilet", "Orthopedic shoe, modification, addition or transfer",
"Wheelchair, pediatric size"), and an item described in those words belongs to it."""

from __future__ import annotations

import functools
import math
import re

from pydantic import BaseModel

from flows.item_text import NEGATED, ItemReader, ReadItem
from flows.models import ItemCategory
from flows.noc_file import NocFile
from flows.noc_scopes import NocScope, Part, ScopeFinder, drop_purpose
from flows.text import stem

# Words that only say "not otherwise classified"; they never describe the item.
# Words of a NOC descriptor that say how far the family reaches, not what its items are
# (A9279's "stand-alone or integrated"): a "stand-alone dialysate warmer" is no monitor.
_NOC_WORDS = frozenset(
    "otherwis classifi specifi miscellan nos noc unlist procedur describ onli alon integr".split()
)
MIN_FAMILY_WORDS = 2  # a family needs at least two of its words in the description
OWN_WORD = 0.2  # score for each word of the item's name only one family uses
OBJECTS_NAMED = 0.75  # share of what a family's accessories belong to that a part's line names
RARE_WORD_DESCRIPTORS = 26  # about 1% of the descriptors: so rare a word singles out a family
# A family whose descriptor says one of these takes accessories, supplies or parts (K0108, A9900,
# E2599, L0999); the others take whole items only (E0770 is no "case for a TENS unit").
_PART_FAMILY_WORDS = frozenset(stem(w) for w in "accessory component supply addition "
                               "modification".split())  # fmt: skip
_SERVICE = stem("service")
# Words saying the item is a change made to another item, not an item of its own.
_OF_ITEM_WORDS = frozenset(stem(w) for w in ("accessory", "component"))
MODIFYING = frozenset(stem(w) for w in ("addition", "modification"))
ORTHOTIC = re.compile(r"^L[0-4]")
_PROSTHETIC = re.compile(r"^L[5-9]")
# A family whose descriptor names a condition of coding ("not coded by DME PDAC or does not meet
# criteria": K0899, K0669) takes an item only when the biller says the condition holds.
_CONDITION = re.compile(r"\bpdac\b|does not meet|\bcriteria\b")
# A family whose descriptor names the patient's size ("Power wheelchair, pediatric size, not
# otherwise specified": E1229, E1239) names an item said to be of that size more narrowly than a
# condition of coding: a pediatric power chair the PDAC has not coded as group 5 is E1239, not
# K0899 (a "child", "kid" or "toddler" is read as pediatric: synonyms.yaml).
_SIZED = re.compile(r"\bpediatric size\b")
_PEDIATRIC = stem("pediatric")


class NocFamily(BaseModel):
    code: str
    words: frozenset[str]
    whole_base: frozenset[str] = frozenset()  # a base family: the nouns a whole base is named by
    takes_parts: bool = False  # its descriptor names accessories, supplies or parts
    modifies: bool = False  # its descriptor names additions or modifications (A5507, L0999)
    own_words: frozenset[str] = frozenset()  # its descriptor's words (without family_words)
    nouns: frozenset[str] = frozenset()  # nouns that alone name an item of the family
    condition: bool = False  # its descriptor names a condition of coding (K0899: no PDAC code)
    sized: bool = False  # its descriptor names the patient's size (E1239: pediatric size)
    # what its parts belong to ("wheelchair" for K0108): a whole item must name it
    objects: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()  # main nouns of its descriptor and phrases ("alarm")


_NOT_A_WORD = re.compile(r"[^a-z0-9/]+")
_WORD = re.compile(r"[a-z0-9/]+")


@functools.lru_cache(maxsize=4096)
def _plain(phrase: str) -> str:
    """A phrase in lower case, words only: the rules' phrases are read at every routing."""
    return _NOT_A_WORD.sub(" ", phrase.lower()).strip()


def ends_with_words(text: str, words: list[str]) -> bool:
    ending = f" {_plain(text)}"
    return any(ending.endswith(f" {_plain(w)}") for w in words)


def contains_words(text: str, words: list[str]) -> bool:
    """Whether the text says one of the phrases as whole words (case and punctuation aside)."""
    if not words:
        return False
    by_length = _phrases(tuple(words))
    if by_length is None:  # a phrase of no words: its pattern is two spaces in a row
        return "  " in f" {_NOT_A_WORD.sub(' ', text.lower())} "
    return any(not phrases.isdisjoint(_runs(text, n)) for n, phrases in by_length)


@functools.lru_cache(maxsize=1024)
def _phrases(words: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...] | None:
    """The phrases in plain words, by how many words each has: a routing reads a rule's list
    as a few set look-ups (no pattern to compile the first time a list is read)."""
    plain = [_plain(w) for w in words]
    if "" in plain:
        return None
    lengths = sorted({p.count(" ") + 1 for p in plain})
    return tuple((n, frozenset(p for p in plain if p.count(" ") + 1 == n)) for n in lengths)


@functools.lru_cache(maxsize=4096)
def _runs(text: str, length: int) -> frozenset[str]:
    """Every run of `length` words in the text, in plain words: one text is read against many
    rules' lists."""
    words = _WORD.findall(text.lower())
    return frozenset(" ".join(words[i : i + length]) for i in range(len(words) - length + 1))


def says(text: str, words: list[str]) -> bool:
    """`contains_words`, plurals aside: a rule's "utensils" meets a typed "utensil holder"."""
    return contains_words(text, words) or contains_words(singular(text), words)


@functools.lru_cache(maxsize=4096)
def singular(text: str) -> str:
    """The words with a plural "s" dropped, so a rule's "utensils" meets a typed "utensil"
    (kept: one routing reads the same text against every rule's list)."""
    words = re.findall(r"[a-z0-9/]+", text.lower())
    return " ".join(w[:-1] if len(w) > 3 and w[-1] == "s" and w[-2] not in "su" else w
                    for w in words)  # fmt: skip


class NocFamilies:
    """Built once from the NOC codes of the table and the family words of noc.yaml."""

    def __init__(
        self, noc_codes: dict[str, str], rules: NocFile, reader: ItemReader, scopes: ScopeFinder
    ) -> None:
        self.rules, self.reader, self.scopes = rules, reader, scopes
        self._how_made = frozenset(stem(w) for w in rules.how_made_words)
        # "attendant operated": how an item is run, never which family's item it is
        self._run_by = frozenset(stem(w) for w in rules.run_by_words)
        self.changing = frozenset(stem(w) for w in rules.changing_words)
        self._reworking = self.changing | {stem(w) for w in rules.reworking_words}
        self._unpowered = {stem(k): stem(v) for k, v in rules.unpowered_kinds.items()}
        self._powered = frozenset(stem(w) for w in rules.powered_words)
        self._required = {
            code: [frozenset(reader.read(w).positive) for w in words]
            for code, words in rules.family_requires.items()
        }
        self.all: list[NocFamily] = []
        for code, descriptor in noc_codes.items():
            # The family is what the descriptor names, up to "includes ..." (E0446, A9279).
            named = re.split(r",\s*includ(?:es|ing)\b", descriptor.lower())[0]
            words = self._family_words(named)
            own_words = frozenset(words)
            heads = {self.reader.read(named).head or ""}
            for extra in rules.family_words.get(code, []):
                words |= self._family_words(extra)
                heads.add(self.reader.read(extra).head or "")
            # "Other motorized/power wheelchair base" (K0014) takes whole bases only, named by
            # "base" or by the device's own noun; never a part such as a drive motor.
            named_words = {stem(w) for w in re.findall(r"[a-z]+", named)}
            nouns = {stem("base"), self.reader.read(named).head or ""}
            # "base" itself, not "gadolinium-based" (A9579)
            whole_base = frozenset(nouns) if re.search(r"\bbase\b", named) else frozenset()
            if words:
                takes_parts = bool(named_words & _PART_FAMILY_WORDS)
                # "Accessory for gradient compression garment...": what its parts belong to
                # (a "surgical supply" belongs to nothing).
                of_item = named_words & _OF_ITEM_WORDS
                objects = own_words - _PART_FAMILY_WORDS if of_item else frozenset()
                self.all.append(
                    NocFamily(
                        code=code,
                        words=frozenset(words),
                        whole_base=whole_base,
                        takes_parts=takes_parts,
                        modifies=bool(named_words & MODIFYING),
                        own_words=own_words,
                        nouns=frozenset(stem(n) for n in rules.family_nouns.get(code, [])),
                        condition=bool(_CONDITION.search(named)),
                        sized=bool(_SIZED.search(named)),
                        objects=frozenset(objects),
                        heads=frozenset(heads - {""}),
                    )
                )
        # A family with a condition of coding takes only items that say it: its words (the
        # scooter of K0899) leave the other families' words theirs.
        counts: dict[str, int] = {}
        for family in (f for f in self.all if not f.condition):
            for word in family.words:
                counts[word] = counts.get(word, 0) + 1
        total = sum(not f.condition for f in self.all)
        self._families_using = counts
        self._idf = {w: math.log(1 + (total - n + 0.5) / (n + 0.5)) for w, n in counts.items()}

    def _family_words(self, text: str) -> set[str]:
        read = self.reader.read(text)
        return {
            t
            for t in read.positive
            if t not in _NOC_WORDS and t not in self.reader.generic and t not in self._how_made
        }

    def of(
        self,
        description: str,
        category: ItemCategory | None,
        part: Part | None = None,
        conditions: bool = True,
    ) -> str | None:
        """The NOC code whose own descriptor names the item, if one clearly does; a part of
        another item only goes to a family that takes parts. `conditions=False` leaves out
        the families of a condition of coding (K0899), whatever the biller says."""
        # Who uses the item, or why, never names it: "standing desk so pt can work from his
        # power chair" is a desk.
        said = self.reader.read(description, typed=True).positive  # with its purpose
        description = drop_purpose(description)
        item = self.reader.read(description, typed=True)
        typed = {t for t in item.weights if not t.startswith(NEGATED)}
        # A "beach wheelchair" is a manual one: a power wheelchair is called one ("group 2").
        unpowered = self._unpowered.get(item.head or "")
        powered = typed & self._powered or contains_words(description, self.rules.powered_phrases)
        if unpowered and not powered:
            typed.add(unpowered)
        # Words only in "for a power wheelchair" name what the item belongs to, not the item.
        base_only = {t for clause in item.base_clauses for t in clause} - item.item_tokens
        naming = self.reader.read(self.scopes.naming_phrase(description), typed=True)
        unverified = conditions and contains_words(description, self.rules.unverified_phrases)
        if unverified:
            # By the item's name, else by any word ("PWC from overseas maker: PDAC said ...").
            conditioned = self._conditioned(item.item_tokens - base_only, category)
            conditioned = conditioned or self._conditioned(typed, category)
            if conditioned is not None:
                sized = self.of(description, category, part, conditions=False)
                return sized if _PEDIATRIC in said and self._is_sized(sized) else conditioned
        best: tuple[float, str] | None = None
        for family in self.all:
            if not self.fits_category(family.code, category) or family.condition:
                continue
            if part is not None and not family.takes_parts:
                continue
            required = self._required.get(family.code)
            if required is not None and not any(words <= said for words in required):
                continue  # "non-diabetic pt: stretch the toe box" is no diabetic shoe's
            if contains_words(description, self.rules.family_yields.get(family.code, [])):
                continue  # "sterile drapes for home HD cannulation" are dialysis supplies
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
            # A noun of a family of accessories names it only beside what they belong to: a
            # "sock donner" is no compression stocking accessory (A6593).
            of_its_item = not family.objects or bool(family.objects & typed)
            by_noun = of_its_item and bool(
                family.nouns & (item.item_tokens - self.reader.describing)
            )
            own = {w for w in shared - self._run_by
                   if self._families_using.get(w) == 1 and self._rare(w)}  # fmt: skip
            by_noun = by_noun or (len(shared) >= MIN_FAMILY_WORDS and bool(own))
            if not (
                by_noun
                or (of_its_item and self._named_alone(item, family))
                or whole_name
                or (len(shared) >= MIN_FAMILY_WORDS and (named or len(shared) > MIN_FAMILY_WORDS))
            ):
                continue
            # a word of the item's name that only this family's billers' names use ("wide" of
            # E1220) tells it from a family it shares its other words with (K0009's "manual")
            own_named = own & item.item_tokens & (family.words - family.own_words)
            score = self._coverage(item, shared) + 0.3 * len(shared) / len(family.words)
            score += OWN_WORD * len(own_named)
            if best is None or score > best[0]:
                best = (score, family.code)
        if best is None and part is None:
            return self._added_to(description, category)
        return best[1] if best else None

    def _added_to(self, description: str, category: ItemCategory | None) -> str | None:
        """For a change made to an item that no family names ("cut a window into her TLSO,
        addition to the brace"): the family of additions or modifications whose required words
        the item says (L0999 a spinal orthosis's, L3649 a shoe's, A5507 a diabetic's shoe's)."""
        if not {stem(w) for w in re.findall(r"[a-z]+", description.lower())} & self._reworking:
            return None
        said = self.reader.read(description, typed=True).positive
        for family in self.all:
            required = self._required.get(family.code)
            if (family.modifies and required and self.fits_category(family.code, category)
                    and any(words <= said for words in required)):  # fmt: skip
                return family.code
        return None

    def _conditioned(self, naming: set[str], category: ItemCategory | None) -> str | None:
        """For an item the biller says has no PDAC coding verification or meets no code's
        criteria: the family with that condition sharing most words of the item's name (a
        "scooter not on the PDAC list" is K0899's, a "cushion with no PDAC check" K0669's)."""
        best: tuple[int, str] | None = None
        conditioned = [f for f in self.all if f.condition]
        # The words of the condition itself ("pdac", "criteria") say nothing of the item.
        common = set.intersection(*(set(f.words) for f in conditioned)) if conditioned else set()
        for phrase in self.rules.unverified_phrases:
            common |= {t.removeprefix(NEGATED) for t in self.reader.read(phrase).weights}
        for family in conditioned:
            if not self.fits_category(family.code, category) or not self.required_said(
                family.code, naming
            ):
                continue  # a "motorized page-turner" off the PDAC list is no mobility device
            shared = len((family.words - common) & naming)
            if shared and (best is None or shared > best[0]):
                best = (shared, family.code)
        return best[1] if best else None

    def _is_sized(self, code: str | None) -> bool:
        return any(f.code == code and f.sized for f in self.all)

    def names_object(self, code: str | None, description: str) -> bool:
        """False when the NOC code takes parts of one kind of item and the description never
        names it: "hand controls installed in the car" are no wheelchair accessory (K0108)."""
        family = next((f for f in self.all if f.code == code), None)
        if family is None or not family.objects:
            return True
        said = {t for t in self.reader.read(description, typed=True).weights}
        return bool(family.objects & said)

    def owning(
        self, description: str, category: ItemCategory | None, part: Part | None,
        base: NocScope | None,
    ) -> str | None:  # fmt: skip
        """The family of accessories of one kind of item whose item a part's line names, by
        most of its words ("carry bag for the portable driver, total artificial heart": L8698),
        whatever `base` (a scope) the words after the part's link are nearest, unless the line
        names what that base's parts belong to too ("port on the power chair for an SGD")."""
        if part is None or base is None or self.names_object(base.parts, description):
            return None
        family = self.of(description, category, part, conditions=False)
        found = next((f for f in self.all if f.code == family), None)
        if found is None or len(found.objects) < MIN_FAMILY_WORDS:
            return None
        said = set(self.reader.read(description, typed=True).weights)
        named = len(found.objects & said) >= OBJECTS_NAMED * len(found.objects)
        # or by a name billers give the item ("syncardia", "freedom driver": noc.yaml)
        return family if named or contains_words(description, self._names_of(found)) else None

    def required_said(self, code: str, said: set[str]) -> bool:
        """False when the NOC code is for some patients or items only and the item's words
        (`said`, as read) name none of them (noc.yaml `family_requires`): a compression vest for
        lymphedema is no burn garment (A6512), whatever group of codes its words are nearest."""
        required = self._required.get(code)
        return required is None or any(words <= said for words in required)

    def _names_of(self, family: NocFamily) -> list[str]:
        """The family's billers' names that say what its accessories belong to."""
        return [w for w in self.rules.family_words.get(family.code, [])
                if not {stem(t) for t in w.split()} & self.scopes.part_words]  # fmt: skip

    def modifies(self, code: str) -> bool:
        """The NOC code's own descriptor names additions or modifications (A5507, L0999)."""
        return any(f.code == code and f.modifies for f in self.all)

    def takes_parts(self, code: str | None) -> bool:
        """The NOC code's own descriptor names accessories, supplies or parts (L8698)."""
        return any(f.code == code and f.takes_parts for f in self.all)

    def cued(self, description: str) -> str | None:
        """The NOC family whose cue words the description uses (first listed wins)."""
        said = self.reader.unnegated_text(description)
        for code, words in self.rules.family_cues.items():
            if contains_words(said, words):
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
        if _SERVICE in family.own_words:
            return False  # a "dispenser" names no dispensing service (A9901)
        naming = {
            t for t in item.item_tokens
            if t not in self.reader.generic and t not in self.reader.describing
        }  # fmt: skip
        # "bed" alone is no "bed alarm": the head must be one of the family's own main nouns.
        return item.head in family.heads | family.nouns and naming <= family.words

    def _coverage(self, item: ReadItem, shared: frozenset[str]) -> float:
        total = sum(w * self._idf.get(t, 1.0) for t, w in item.weights.items())
        covered = sum(item.weights.get(t, 0.0) * self._idf.get(t, 1.0) for t in shared)
        return covered / total if total else 0

    @staticmethod
    def fits_category(code: str, category: ItemCategory | None) -> bool:
        """Orthoses and prostheses keep to their own L-code families; anything else may match
        any family (wheelchair parts follow the item, not the category answer)."""
        if category == "orthotic":
            return not _PROSTHETIC.match(code)
        if category == "prosthetic":
            return not ORTHOTIC.match(code)
        return not (category in ("wheelchair_part", "supply_accessory") and code.startswith("L"))


def nouns_of(descriptors: dict[str, str], reader: ItemReader, supplies: bool) -> frozenset[str]:
    """Words used by more supply descriptors (A4000-A9999, B) than equipment ones (E), or with
    `supplies` False the other way round."""
    supply_counts: dict[str, int] = {}
    equipment: dict[str, int] = {}
    supply_heads: dict[str, int] = {}
    equipment_heads: dict[str, int] = {}
    for code, descriptor in descriptors.items():
        supply = code[0] in "AB"
        if not supply and code[0] != "E":
            continue
        counts, heads = (supply_counts, supply_heads) if supply else (equipment, equipment_heads)
        read = reader.read(descriptor)
        for token in read.positive:
            counts[token] = counts.get(token, 0) + 1
        if read.head:
            heads[read.head] = heads.get(read.head, 0) + 1
    more, fewer = (supply_counts, equipment) if supplies else (equipment, supply_counts)
    more_heads, fewer_heads = (
        (supply_heads, equipment_heads) if supplies else (equipment_heads, supply_heads)
    )

    def more_used(token: str) -> bool:
        # the codes a noun names decide before the codes that merely mention it
        named, named_less = more_heads.get(token, 0), fewer_heads.get(token, 0)
        if named or named_less:
            return named > named_less
        return more.get(token, 0) > fewer.get(token, 0)

    return frozenset(t for t in {*more, *fewer} if more_used(t))
