"""Which NOC code covers the group of specific codes an item is nearest to, and whether the item
is a whole item or an accessory, supply or part of another one.

Each NOC code of the CMS file closes a group of specific codes (A6501-A6511 are compression burn
garments, A6512 the burn garment no code describes); the groups are reviewed content
(content/codes/noc.yaml `scopes`). The search's nearest specific codes say which group an item
belongs to, and for "a travel case for the TENS unit" the group of what it belongs to.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, Field, field_validator

from flows.item_phrase import mounted_first
from flows.item_text import NEGATED, ItemReader
from flows.models import CODE_RANGE_PATTERN, HCPCS_PATTERN, in_code_ranges
from flows.text import stem

MIN_SHARE = 0.2  # share of the item's words that must point to one group...
MARGIN = 1.4  # ... and by this factor more than to the next group
MIN_VOTERS = 2  # words of the item that must point to the group
RARE = 2  # pseudo-count: a word in two descriptors ("brace" in two shoe codes) says little
RIVAL_SHARE = 0.9  # the nearest code of another group this near leaves a whole item unclaimed
PART_SHARE = 0.3  # for what a part belongs to (a general group wins there too)
NAMED_SHARE = 0.45  # a code the search finds for the base item at this share names it
# Verbs by which one item is fixed to another: "strip sewn onto the stocking", "trailer that
# hitches behind the power chair".
_FIXED = (
    r"(?:sewn|stitched|glued|bolted|wired(?= into| to| onto)|hitched|hitches|hooks|"
    r"clips?(?= on| onto| to)|clipped|fastened|"
    r"strapped|velcroed|covers|fits(?= on| onto| over)|hangs(?= on| from| off))"
)
# Where the phrase naming the item ends: "case | for the TENS unit", "mount | clamped to ...";
# what happened to it ends it too ("keypad cord | chewed by the dog": noc.yaml `broke_words`).
_PHRASE_END = (
    r"\b(?:for|of|to|onto|on|that|which|with|without|clamped|clamps|attached|mounted|added|so|"
    r"used|in|from|over|under|when|while|because|per|each|between|w(?= )|" + _FIXED + r"|"
)
# What a part belongs to follows one of these: "for the cpap", "onto pts existing LSO".
_LINK_VERBS = r"(?:keep|hold|secure|attach|mount|protect|cover|carry|store)"
_CODE_TALK = re.compile(r"\bcodes\b")
_CODE_ASIDE = re.compile(r"\s[-\u2013\u2014]+\s(?=.*\bcod(?:e|es|ed)\b).*$")
_BASE_LINK = re.compile(
    r"\b(?:for|of|to(?: " + _LINK_VERBS + r")?|onto|on|that \w+|clamped to|attached to|"
    r"mounted on|between|from|and)\b"
)
_LINKED = re.compile(
    r"^\W*(?:for|of|to|onto|on|clamped|clamps|attached|mounted|added|under|over|behind|beneath|"
    r"inside|between|that \w+|" + _FIXED + r")\b"
)
# A link that makes any item a part of what follows ("horn for a power chair"); "to" opens a
# purpose as often ("generator to back up the ventilator"), "of" a quantity, and "on" a place
# ("feeding arm on the table").
_PART_LINK = re.compile(
    r"^\W*(?:for|onto|clamped|clamps|attached|mounted|to "
    + _LINK_VERBS
    + r"|(?:that )?"
    + _FIXED
    + r")\b"
)
# What links a part to its item, taken off the text after the part ("... that bolts onto").
_PART_LEAD = re.compile(
    r"^\W*(?:(?:that )?" + _FIXED + r"(?: to| onto| on| behind| under| into)?|"
    r"to " + _LINK_VERBS + r"|for|of|to|onto|on|with|clamped|clamps|attached|mounted|added)\b"
)
# A compound joined before no article ("clip-on tray"; "clips on the frame" says where it goes).
_COMPOUND_ON = re.compile(
    r"\b(add|clip|snap|bolt|slip|roll|pull|strap|click|screw)[- ]on\b"
    r"(?! (?:the|a|an|pts?|his|her|their)\b)"
)
_HYPHENED_PLACE = re.compile(r"\b(under|over|behind|in|on)-(?=[a-z]{3})")
_WORD_SLASH = re.compile(r"(?<=[a-z]{2})/(?=[a-z]{2})")
_LETTER_SLASH = re.compile(r"\b([a-z])/([a-z])\b")
_SPACED_SLASH = re.compile(r"\s+/\s+")
# A phrase ending in one of these names a person, whatever item it names first ("wheelchair user").
_PERSON_LAST = re.compile(r"\b(?:users?|riders?|person|people|owners?|clients?|members?)\W*$")
# A word ending the phrase a part is fixed to names a place on that item, not the item.
_PLACE_ON_ITEM = re.compile(r"\s+(?:top|bottom|edge|end|rim|underside)\W*$")
# A purpose clause after what the item is linked to says who uses it or why, not what it
# belongs to: an "adapter that extends the urostomy pouch spout so a wheelchair user can empty
# it" is no wheelchair part (a "module so pt can run the mouse from the power chair joystick",
# linked to nothing else, is).
_PURPOSE = re.compile(r"\b(?:so that|so|in order to)\b.*$", re.DOTALL)
_SUPPLY = frozenset(stem(w) for w in "supply supplies or and".split())
_ARTICLES = frozenset("a an the pt pts patient patients his her their its".split())
_PLACES = frozenset("back front side sides top bottom rear edge end underside middle".split())
_NEGATION = re.compile(r"\b(?:not|no|non|without)\b")
_COUNTED = re.compile(r"\b(?:set|pair|box|pack|kit|package|bag|case|roll)s?\s+of\b")
# Words in the naming phrase that say nothing about what the item is or belongs to.
_NOT_NAMING = frozenset(
    stem(w) for w in "only extra new replacement spare additional add addon".split()
)

# "replacement pump for the hoyer lift", "carrying vest for the heart driver": a part of what
# it is for, whatever its noun.
_REPLACING = frozenset(stem(w) for w in "replacement replace spare carrying carry".split())

Nearest = Callable[[str, int], list[tuple[str, float]]]
Names = Callable[[str], list[str]]  # the codes a phrase's main noun names


class NocScope(BaseModel):
    """A group of specific codes and the NOC codes for what the group leaves out."""

    name: str
    ranges: list[str] = Field(min_length=1)
    whole: str | None = Field(default=None, pattern=HCPCS_PATTERN)
    night: str | None = Field(default=None, pattern=HCPCS_PATTERN)
    parts: str | None = Field(default=None, pattern=HCPCS_PATTERN)

    @field_validator("ranges")
    @classmethod
    def _ranges(cls, ranges: list[str]) -> list[str]:
        for spelled in ranges:
            if not re.match(CODE_RANGE_PATTERN, spelled):
                raise ValueError(f"range '{spelled}' must look like A6501 or A6501-A6511")
        return ranges

    def holds(self, code: str) -> bool:
        return in_code_ranges(code, self.ranges)

    @property
    def codes(self) -> list[str]:
        return [c for c in (self.whole, self.night, self.parts) if c]


@dataclass
class Part:
    """An accessory, supply or part: its noun, and the words naming what it belongs to."""

    noun: str
    base_text: str  # what follows the part's name: "for the pts nebulizer compressor"
    named_with: str = ""  # the words before the part's noun: "wheelchair cup" (holder)
    linked: bool = False  # base_text opens with a link: "for the cpap", not ", custom"
    by_link: bool = False  # named by no part word, only by a link ("horn for a power chair")


class ScopeFinder:
    """The group of codes an item (or what it belongs to) is described like: each group's
    vocabulary is the words of its own descriptors, so a word used mostly by compression
    garments ("gradient", "mmhg") points there, and a word every group uses points nowhere."""

    def __init__(
        self,
        scopes: list[NocScope],
        descriptors: dict[str, str],
        reader: ItemReader,
        part_words: list[str],
        night_words: list[str],
        nearest: Nearest,
        names: Names | None = None,
        words: NameWords | None = None,
    ) -> None:
        self.scopes, self.reader, self._nearest = scopes, reader, nearest
        self._names = names
        words = words or NameWords()
        self._phrase_end = re.compile(_PHRASE_END + _either(words.ending) + r")\b|[,;:(/\[]")
        self._ending = re.compile(r"\b" + _either(words.ending) + r"\b")
        self._happened_first = re.compile(r"^\W*" + _either(words.ending) + r"\s+(?=[a-z])")
        self._run_by = re.compile(r"\b([a-z]+)-(" + _either(words.run_by) + r")\b")
        self._mounted = re.compile(r"\b(" + _either(words.mount_places) + r")-mounted\b")
        self.part_words = frozenset(stem(w) for w in part_words)
        self._night = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in night_words) + r")\b")
        self._in_scope: dict[str, Counter[int]] = {}  # word -> descriptors using it, per scope
        total: Counter[str] = Counter()
        self._holding: dict[str, NocScope | None] = {}  # code -> its scope: read per search
        for code, descriptor in descriptors.items():
            index = next((i for i, s in enumerate(scopes) if s.holds(code)), None)
            self._holding[code] = scopes[index] if index is not None else None
            for token in reader.read(descriptor).positive:
                total[token] += 1
                if index is not None:
                    self._in_scope.setdefault(token, Counter())[index] += 1
        self._used = total
        self._idf = {t: math.log(1 + len(descriptors) / n) for t, n in total.items()}

    def nearest(self, text: str, limit: int) -> list[tuple[str, float]]:
        """The search's nearest codes and their shares."""
        return self._nearest(text, limit)

    def nearest_alone(self, text: str) -> list[tuple[str, float]]:
        """The search's nearest code and its share, unless a code of another scope is about as
        near: "bed rail pad" has an underpad's words and a bed rail's, and no group claims it."""
        ranked = self._nearest(text, 2)
        if not ranked:
            return []
        scope, share = self.scope_holding(ranked[0][0]), ranked[0][1]
        if any(s >= RIVAL_SHARE * share and self.scope_holding(c) != scope for c, s in ranked[1:]):
            return []
        return ranked[:1]

    def scope_holding(self, code: str) -> NocScope | None:
        if code in self._holding:
            return self._holding[code]
        return next((s for s in self.scopes if s.holds(code)), None)

    def descriptors_using(self, token: str) -> int:
        """How many CMS descriptors use a word."""
        return self._used.get(token, 0)

    def scope_of(
        self,
        text: str,
        least: float = MIN_SHARE,
        fits: Callable[[str], bool] = bool,
        item_only: bool = False,
        voters_needed: int = MIN_VOTERS,
        leaving: frozenset[str] = frozenset(),
    ) -> tuple[NocScope, float] | None:
        """The scope whose descriptors use the item's words most, and the share of the
        item's (known, weighted) words that point there; None unless that share is at least
        `least` and clearly above the next scope's. Only scopes whose codes `fits` vote, and
        with `item_only` only the words naming the item ("portable ramp", not "for a
        wheelchair": a ramp is no wheelchair accessory); words in `leaving` vote but are not
        counted among the voters needed."""
        read = self.reader.read(text, typed=True)
        votes: dict[int, float] = {}
        # Scopes sharing a parts code are one family (compression garments by day, by night,
        # wraps): the family must win on the item's words, then its best scope is taken.
        family_votes: dict[str | None, float] = {}
        family_voters: dict[str | None, set[str]] = {}
        said = 0.0
        for token, weight in read.weights.items():
            if token.startswith(NEGATED) or token not in self._used:
                continue
            if item_only and token not in read.item_tokens:
                continue
            if token in self.reader.describing:
                continue  # "custom", "portable" say how it is made, not what it is
            strength = weight * self._idf[token]
            said += strength
            for index, count in self._in_scope.get(token, Counter()).items():
                scope = self.scopes[index]
                if all(fits(code) for code in scope.codes):
                    share = strength * count / (self._used[token] + RARE)
                    votes[index] = votes.get(index, 0.0) + share
                    family_votes[scope.parts] = family_votes.get(scope.parts, 0.0) + share
                    if token not in leaving:
                        family_voters.setdefault(scope.parts, set()).add(token)
        if not votes or not said:
            return None
        family, vote = max(family_votes.items(), key=lambda pair: pair[1])
        runner_up = max((v for f, v in family_votes.items() if f != family), default=0.0)
        # One word is no description: "self-feeding" alone does not make a feeding supply.
        if (vote / said < least or vote < MARGIN * runner_up
                or len(family_voters.get(family, ())) < voters_needed):  # fmt: skip
            return None
        index = max((i for i in votes if self.scopes[i].parts == family), key=votes.__getitem__)
        return self.scopes[index], vote / said

    def base_scope(
        self, part: Part, fits: Callable[[str], bool] = bool, strict: bool = False
    ) -> tuple[NocScope, bool] | None:
        """The scope of what a part belongs to, and whether a phrase linked to the part names
        it: the linked phrase the search names best ("for the cpap machine": E0601; "flag on a
        pole for the power chair" belongs to the chair), else the words before the part's noun
        ("wheelchair cup holder"), else the words' vocabulary. With `strict`, or for an item
        named by no part word ("horn for a power chair"), only the phrase right after the link
        counts, and only a code its main noun names."""
        strict = strict or part.by_link
        # "hospital bed | chewed by the dog": what happened to it names no item
        # "... | - no code covers that body area": an aside about the codes names no item either
        linked = [
            _CODE_ASIDE.sub("", self._ending.split(p)[0]) for p in _BASE_LINK.split(part.base_text)
        ]
        if strict:
            # "covers pt and the power chair controls": the patient names no item.
            # "clips on the back of the SGD": a place on the item names no item either.
            while len(linked) > 1 and set(re.findall(r"[a-z]+", linked[0])) <= _ARTICLES | _PLACES:
                linked = linked[1:]
            linked = [re.split(r"[,;]", linked[0])[0]]
        for phrases in (linked, [] if strict else [part.named_with]):
            best: tuple[float, NocScope] | None = None
            for phrase in phrases:
                found = self._named_scope(phrase, fits, strict)
                if found and (best is None or found[0] > best[0]):
                    best = found
            if best is not None:
                return best[1], part.linked or phrases is not linked
        if strict:
            return None
        text = f"{part.named_with} {part.base_text}"
        found_scope = self.scope_of(text, PART_SHARE, fits, voters_needed=1)
        return (found_scope[0], False) if found_scope else None

    def _named_scope(
        self, phrase: str, fits: Callable[[str], bool], strict: bool
    ) -> tuple[float, NocScope] | None:
        """(share, scope) of the best code the search finds for a phrase naming an item."""
        phrase = _PLACE_ON_ITEM.sub("", phrase)  # "the stocking top": the stocking
        if _PERSON_LAST.search(phrase):
            return None  # "for a wheelchair user" names a person, not the wheelchair
        if _CODE_TALK.search(phrase):
            return None  # "of the bandaging supply codes": the code list, not an item
        naming = {stem(w) for w in re.findall(r"[a-z]+", phrase)} - self.reader.generic
        naming -= self.part_words | self.reader.describing | _ARTICLES | _SUPPLY
        region = strict and self.reader.read(phrase, typed=True).head in self.reader.regions
        if not naming or region:
            return None  # "the frame", "dme supply", "after hip surgery": names no item
        if strict and self._names is not None:
            scopes = [self.scope_holding(c) for c in self._names(phrase)]
            held = [s for s in scopes if s is not None and fits(s.parts or "")]
            if not held:
                return None
            # the scope most of them are in (counted by identity: comparing scopes field by
            # field for each pair is slow with many codes named)
            votes = Counter(id(s) for s in held)
            return 1.0, max(held, key=lambda s: votes[id(s)])
        # One word names an item only when it is some code's main noun: "for transport" is a
        # purpose, not the transport chair.
        if len(naming) == 1 and self._names is not None and not self._names(phrase):
            return None
        for code, share in self._nearest(phrase, 3):
            scope = self.scope_holding(code)
            if share >= NAMED_SHARE and scope is not None and fits(scope.parts or ""):
                return share, scope
        return None

    def names_item(self, phrase: str) -> bool:
        """True when some code is named by the phrase's main noun ("orthopedic shoe"; not
        "diabetic pt" nor "abdomen/trunk lymphedema")."""
        return self._names is not None and bool(self._names(phrase))

    def whole_code(self, scope: NocScope, description: str) -> str | None:
        """The scope's code for a whole item; a nighttime garment has its own."""
        if scope.night and self._night.search(description.lower()):
            return scope.night
        return scope.whole

    def naming_phrase(self, description: str) -> str:
        """The words naming the item, before what it is for or made of: "folding ramp" in
        "folding ramp, 6 ft, so the wheelchair gets up the steps"."""
        return self.split_name(description)[0]

    def split_name(self, description: str) -> tuple[str, str]:
        """The naming phrase (`naming_phrase`) and the rest of the text after it."""
        text = self._joined(description).replace(" | ", " ")
        end = self._phrase_end.search(text)
        return (text[: end.start()], text[end.start() :]) if end else (text, "")

    def part_of(self, description: str) -> Part | None:
        """The item as a part of something else, when the noun naming it is a part word
        ("fabric ostomy pouch cover" is a cover of an ostomy pouch), or, marked `by_link`, when
        "for" links it to something (the router keeps it a part only if the search names
        that: "horn for a power chair", not "ramp for the front steps")."""
        text = _COUNTED.sub(" ", re.sub(r"\([^)]*\)", " ", self._joined(description)))
        # "wheelchair mounted phone holder": a part of what it is mounted on
        text = mounted_first(self.reader.mount, text.strip())
        text = self._happened_first.sub("", self.without_purpose(text))  # "cracked mast boom"
        end = self._phrase_end.search(text)
        phrase, rest = (text[: end.start()], text[end.start() :]) if end else (text, "")
        said = re.findall(r"[a-z0-9]+", phrase)
        # "lipid emulsion 20%": a number (a strength, a size) never names the item.
        words = [w for w in said if stem(w) not in _NOT_NAMING and not w.isdigit()]
        # Of two names ("rain poncho / weather cover"), the one a part word ends names it.
        for name in phrase.split("|"):
            named = [w for w in re.findall(r"[a-z0-9]+", name) if stem(w) not in _NOT_NAMING]
            if named and stem(named[-1]) in self.part_words:
                words = [w for w in words if w not in named[-1:]] + named[-1:]
                break
        # "replacement hydraulic pump for the hoyer lift": a replacement of something named
        # for another item is a part of it, whatever its noun.
        replacing = bool(rest) and any(stem(w) in _REPLACING for w in said)
        if not words or _NEGATION.search(phrase):
            return None  # "not a wheelchair part, ...": the item is something else
        linked = bool(_LINKED.match(rest))
        by_link = stem(words[-1]) not in self.part_words and not replacing
        if by_link and not _PART_LINK.match(rest):
            return None
        before = [w for w in words[:-1] if stem(w) not in self.part_words]
        rest = _PART_LEAD.sub(" ", rest)
        return Part(words[-1], rest.strip(), " ".join(before), linked, by_link)

    def without_purpose(self, text: str) -> str:
        """The text without a purpose clause that follows what the item is linked to."""
        purpose = _PURPOSE.search(text.lower())
        end = self._phrase_end.search(text.lower())
        if purpose is None or end is None or end.start() >= purpose.start():
            return text
        return text[: purpose.start()]

    # A routing reads the same text many times over (the naming phrase, the part, the scope).
    @lru_cache(maxsize=4096)  # noqa: B019 - one finder lives for the whole process
    def _joined(self, description: str) -> str:
        """Lower-case text with compounds kept whole: "clip-on tray" is a tray that clips on
        (not a clip "on tray"), "camber / axle plate" one name, "motorized/power" two words."""
        # "clips on the frame" says where the item goes: only a compound before no article joins.
        text = _COMPOUND_ON.sub(r"\1on", self.reader.in_context(description.lower()))
        # "under-seat bag", "over-bed table": a hyphened place word describes, it links nothing.
        text = _HYPHENED_PLACE.sub(r"\1", text)
        # "battery-powered", "rail-mounted stair lift" describe the item (noc.yaml `run_by_words`).
        text = self._mounted.sub(r"\1mounted", self._run_by.sub(r"\1\2", text))
        text = _WORD_SLASH.sub(" ", text)
        text = _LETTER_SLASH.sub(r"\1\2", text)  # "w/c", "h/d": one word (wc, hd)
        return _SPACED_SLASH.sub(" | ", text)  # "sun canopy / shade": two names of one item


@dataclass(frozen=True)
class NameWords:
    """Words of noc.yaml that end or join an item's name: what happened to it (`ending`:
    "cord | chewed"), how it is run (`run_by`: "battery-powered") and where it is mounted."""

    ending: tuple[str, ...] = ()
    run_by: tuple[str, ...] = ()
    mount_places: tuple[str, ...] = ()


def _either(words: tuple[str, ...]) -> str:
    """A regex group matching any of the words (none when there are none)."""
    return "(?:" + "|".join(re.escape(w) for w in words) + ")" if words else "(?!x)x"


def drop_purpose(text: str) -> str:
    """The text without any purpose clause ("so pt can work from his power chair")."""
    purpose = _PURPOSE.search(text.lower())
    return text[: purpose.start()] if purpose and purpose.start() else text
