"""Ranks the specific HCPCS codes for an item description, reading it as a biller means it.

A code's score (code_score.py) starts from the description's words it covers, weighted by
rarity (idf) and by where they stand: the item's main noun counts most, the item clause more
than what follows ("..., heavy duty, for a 450 lb patient"). Then the whole description is read:
- a street name from aliases.yaml typed in full counts extra (more for longer names);
- "non-pneumatic", "without backup rate", "other than spinal" match descriptors that say the
  same and count against those that say the opposite;
- quantities are compared with the descriptor's range ("700 lb" fits "greater than 600 pounds");
- a code named by the main noun (in the descriptor's first clause, or as an alias's main noun)
  is preferred: "cpap headgear" is the headgear, not the CPAP device;
- close sibling codes (the same item named by the same noun) are ordered by the details that
  tell them apart: capacity, with/without, fixed/detachable, pair/each, pneumatic or not.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from functools import lru_cache, partial

from flows.chair_frames import ChairFrames
from flows.code_devices import lead_device
from flows.code_families import DeviceFamilies
from flows.code_query import (
    IndexedCode,
    NameIndex,
    QueryView,
    first_pass,
    is_addition,
    is_whole,
    query_view,
    share_ceiling,
)
from flows.code_score import CodeScorer
from flows.code_siblings import more_of_the_same, neighbour_pairs, siblings_by_detail
from flows.code_sizes import range_quantities, sibling_street_words, size_variant_words
from flows.code_spelling import Speller
from flows.item_adjectives import without_unknown_adjectives
from flows.item_clauses import clauses_with_starts
from flows.item_text import NEGATED, ItemReader, ReadItem
from flows.power_bases import PowerBases
from flows.seat_cushions import SeatCushions
from flows.seat_frames import SeatFrames
from flows.text import stem

HEAD_WEIGHT = 2.0  # the item's main noun counts twice
RERANKED = 60  # codes read in full after the first, cheap pass
UNIT_TIE = 1e-3  # first-pass tie-break for a code stating a range in a typed unit
ITEM_CLAUSE_SHARE = 0.75  # weight of the item clause in the share shown as the score
# A rival with this share of the first code's rank score makes the first one unsure (measured
# on the labelled sets: docs/codes.md, "A specific code likely exists").
NOC_RIVAL, UNRELATED_RIVAL, RIVALS = 0.9, 0.98, 8
# Endings of a word typed to describe the item ("adaptive", "padded"), not to name it.
_DESCRIBING_FORM = re.compile(r"(?:ive|ed|ing|able|ible|ous)$")
# "X with Y and Z, ...": Z is a second item, unless X is for use with something.
_JOINED = re.compile(r"^(?:(?!\bfor\b|\bused?\b)[^,])*? with [^,]*? and ([^,]+)")
_CATEGORY_LEAD = re.compile(
    r"accessor|addition|component|supply|supplies|replacement|attachment|for use with"
)


class CodeRanker:
    """Built once at start-up from the searchable codes and their aliases."""

    def __init__(
        self,
        descriptors: dict[str, str],
        aliases: dict[str, list[str]],
        reader: ItemReader,
        abbreviations: dict[str, str],
    ) -> None:
        self.reader = reader
        self.codes: list[IndexedCode] = []
        self._postings: dict[str, list[int]] = {}
        self._stating: dict[str, list[int]] = {}  # codes stating a range in each unit
        other_sizes = size_variant_words(descriptors, aliases, reader)
        named = {code: self._name_tokens(d) for code, d in descriptors.items()}
        kin = sibling_street_words(
            descriptors,
            aliases,
            reader,
            {code: frozenset(name - reader.describing) for code, (name, _) in named.items()},
        )
        unsaid = range_quantities(list(descriptors), reader, reader.range_quantities)
        self._bases = PowerBases(descriptors, reader.power_base_words)
        self._frames = ChairFrames(descriptors, reader.chair_options)
        self._cushions = SeatCushions(descriptors, reader.cushion_words)
        self._seat_frames = SeatFrames(descriptors, reader.seat_frame_words)
        self._families = DeviceFamilies(reader.device_families)
        for code, descriptor in descriptors.items():
            read = reader.read(descriptor)
            stated = {q.unit for q in read.quantities}
            quantities = read.quantities + [q for q in unsaid.get(code, []) if q.unit not in stated]
            tokens = set(read.weights) | other_sizes.get(code, set()) | reader.implied_words(code)
            tokens |= kin.get(code, set())
            alias_sets, alias_items, alias_heads = [], [], set()
            for alias in aliases.get(code, []):
                read_alias = reader.read(alias)
                alias_sets.append(set(read_alias.weights))  # "bed without rails" keeps ~rail
                alias_items.append(read_alias.item_tokens)
                alias_heads.add(read_alias.head or "")
                tokens |= set(read_alias.weights)
            name_tokens, name_head = named[code]
            indexed = IndexedCode(
                code=code,
                tokens=tokens,
                name_tokens=name_tokens,
                name_head=name_head,
                aliases=alias_sets,
                alias_items=alias_items,
                alias_heads=alias_heads,
                quantities=quantities,
                made_for=frozenset(self._for_words(read.base_clauses)),
                lead_for=lead_device(reader, descriptor),
                addition=code.startswith("L") and is_addition(descriptor),
                whole=is_whole(code, descriptor, name_head, reader.whole_nouns),
                family=self._families.of_code(code),
                family_words=frozenset(self._families.said(descriptor)),
            )
            for token in tokens:
                self._postings.setdefault(token, []).append(len(self.codes))
            for unit in {q.unit for q in quantities}:
                self._stating.setdefault(unit, []).append(len(self.codes))
            self.codes.append(indexed)
        count = len(self.codes)
        self._by_code = {c.code: c for c in self.codes}
        self._by_name_head: dict[str, list[IndexedCode]] = {}
        for indexed in self.codes:
            for name_head in {indexed.name_head, *indexed.alias_heads} - {""}:
                self._by_name_head.setdefault(name_head, []).append(indexed)
        self.item_nouns = frozenset(self._by_name_head)  # nouns naming a code or street name
        # A clause can hold a name only if it holds the word the name is filed under.
        names = ([c.name_tokens, *c.alias_items] for c in self.codes)
        self._names = NameIndex(names, reader.generic)
        self._idf = {
            token: math.log(1 + (count - len(p) + 0.5) / (len(p) + 0.5))
            for token, p in self._postings.items()
        }
        self._unknown_idf = math.log(1 + (count - 0.5) / 1.5)
        self._scorer = CodeScorer(reader, self.idf, self._postings)
        for indexed, descriptor in zip(self.codes, descriptors.values(), strict=True):
            own = reader.read(descriptor).weights
            indexed.pairs = neighbour_pairs(reader, descriptor)
            indexed.joined = self._joined_item(descriptor)
            indexed.idf_total = sum(self.idf(t) for t in own)
            indexed.negated = frozenset(t for t in own if t.startswith(NEGATED))
            indexed.own = frozenset(own)
            indexed.included = frozenset(
                stem(word)
                for start, words in clauses_with_starts(reader.normalise(descriptor))
                if start in ("including", "includes")
                for word, _ in words
            )
        self.street_only = frozenset(self._postings) - set().union(*(c.own for c in self.codes))
        self._speller = Speller(
            [*descriptors.values(), *(a for v in aliases.values() for a in v)],
            abbreviations,
            reader.known_words,
            {token: len(p) for token, p in self._postings.items()},
        )

    def _name_tokens(self, descriptor: str) -> tuple[set[str], str]:
        """What the code names: its first clause, or the second after "Wheelchair accessory,",
        up to "for", "with" or "used" ("battery charger for portable concentrator")."""
        clauses = [c for c in re.split(r"[,;(]", descriptor.lower()) if c.strip()]
        named = clauses[:1]
        if clauses and _CATEGORY_LEAD.search(clauses[0]) and len(clauses) > 1:
            named = clauses[:2]
        named = [re.split(r"\b(?:for|with|used|placed)\b", c)[0] for c in named]
        read = self.reader.read(", ".join(named))
        return read.positive, read.head or ""

    def _joined_item(self, descriptor: str) -> frozenset[str]:
        """The naming words of a second item the descriptor's first clause joins to the first
        ("Combination wheeled walker with seat and transport chair": transport chair), when
        they name an item of their own; a device the item is used with is no second item."""
        joined = _JOINED.match(descriptor.lower())
        if joined is None:
            return frozenset()
        read = self.reader.read(joined.group(1))
        if read.head is None or read.head not in self.item_nouns:
            return frozenset()
        return frozenset(read.positive - self.reader.generic - self.reader.describing)

    def _for_words(self, clauses: list[list[str]]) -> set[str]:
        """The naming words of the clauses saying which device an item is for ("for breast
        pump"); a body region ("binder for arm") names no device."""
        plain = self.reader.generic | self.reader.describing | self.reader.regions
        # What a service requires is not what it is for: "for durable medical equipment ...
        # requiring the skill of a technician" (K0739) is for any equipment.
        clauses = [c[: c.index("requir")] if "requir" in c else c for c in clauses]
        return {t for clause in clauses for t in clause if t not in plain}

    def indexed(self, code: str) -> IndexedCode:
        return self._by_code[code]

    def idf(self, token: str) -> float:
        return self._idf.get(token.removeprefix(NEGATED), self._unknown_idf)

    @lru_cache(maxsize=64)  # noqa: B019 - one search reads its description several times
    def read_query(self, description: str) -> ReadItem:
        """The biller's description, read (callers must not change the ReadItem)."""
        item = self.reader.read(self._speller.text(description), True, self.item_nouns)
        known = self._postings.keys() | self.reader.describing | self.reader.generic
        return without_unknown_adjectives(item, known, self.item_nouns)  # "steerable"

    @lru_cache(maxsize=4096)  # noqa: B019 - one speller and index live for the whole process
    def reads_word(self, word: str) -> bool:
        """A typed word is one the code book reads: a descriptor's or street name's word (as
        spelled there or read from a typo), a word the search knows, or a small word."""
        read = self.reader.read(self._speller.text(word), True).weights
        return not read or any(
            t.removeprefix(NEGATED) in self._postings or t in self.reader.known_words for t in read
        )

    @lru_cache(maxsize=64)  # noqa: B019 - read once for every code a search scores
    def _view(self, description: str) -> QueryView:
        item = self.read_query(description)
        context = self._families.context(self._speller.text(description))
        return query_view(
            item,
            self._weights(item),
            self.idf,
            self.reader,
            self._for_words,
            partial(self._families.lowers, context) if context else None,
        )

    def rank(self, description: str, limit: int) -> list[tuple[str, float]]:
        """(code, share) best first; share is the part of the description the code covers."""
        return [(code, share) for code, _, share in self.scored(description, limit)]

    def scored(self, description: str, limit: int) -> list[tuple[str, float, float]]:
        """(code, rank score, share) best first."""
        return list(self._ranked(description)[:limit])

    # An outcome, a search and the NOC routing each rank the same description several times.
    @lru_cache(maxsize=256)  # noqa: B019 - one ranker lives for the whole process
    def _ranked(self, description: str) -> tuple[tuple[str, float, float], ...]:
        """Every shortlisted code as (code, rank score, share), best first."""
        view = self._view(description)
        item = view.item
        if view.total <= 0:
            return ()
        first = dict(self._covering(description)[0])
        # Of codes the words match equally, one with a range in a typed unit is read in full.
        for unit in {q.unit for q in item.quantities}:
            for index in self._stating.get(unit, ()):
                if index in first:
                    first[index] += UNIT_TIE
        shortlist = sorted(first, key=first.__getitem__, reverse=True)[:RERANKED]
        scored = [(self._scorer.score(self.codes[i], view), i) for i in shortlist]
        scored.sort(key=lambda pair: -pair[0][0])
        scored = more_of_the_same(self, scored, item)
        scored = siblings_by_detail(
            self,
            scored,
            item,
            neighbour_pairs(self.reader, self.reader.chair_options.read(description)),
        )

        def score(index: int) -> tuple[float, float, float]:
            return self._scorer.score(self.codes[index], view)

        # A grid's cell first (a base order's own code last, so it wins over a seat size it says)
        scored = self._seat_frames.first(scored, description, score)  # "21\" wide seat frame"
        scored = self._cushions.first(scored, description, score)  # "18w pos. cush"
        scored = self._bases.first(scored, description, score)
        scored = self._frames.first(scored, description, score)  # "hemi, arms flip off"
        return tuple(
            (self.codes[i].code, rank, self._share(view, covered, covered_item))
            for (rank, covered, covered_item), i in scored
        )

    def top_covering(self, description: str, share: float) -> list[tuple[str, float]]:
        """`rank(description, 1)`, or nothing when no code can cover `share` of it (cheaper)."""
        covering = self._covering(description)
        ceiling = share_ceiling(self._view(description), covering, self._share, share)
        return self.rank(description, 1) if ceiling >= share else []

    @lru_cache(maxsize=64)  # noqa: B019 - the likely-code check and the ranking both count it
    def _covering(self, description: str) -> tuple[dict[int, float], dict[int, float]]:
        """The first pass's counts (callers must not change them)."""
        return first_pass(self._view(description), self._postings)

    def share(self, description: str, code: str) -> float:
        """The part of the description one code covers, as `rank` reports it."""
        view = self._view(description)
        _, covered, covered_item = self._scorer.score(self._by_code[code], view)
        return self._share(view, covered, covered_item)

    @staticmethod
    def _weights(item: ReadItem) -> dict[str, float]:
        return {t: w * (HEAD_WEIGHT if t == item.head else 1.0) for t, w in item.weights.items()}

    @staticmethod
    def _share(view: QueryView, covered: float, covered_item: float) -> float:
        """How sure: mostly how much of the item clause the code covers, so a long intake
        description ("..., for a patient after hip surgery") is as sure as its short form."""
        total, item_total = view.total, view.item_total
        if total <= 0:
            return 0.0
        share = covered / total
        if item_total > 0:
            share = ITEM_CLAUSE_SHARE * covered_item / item_total + (1 - ITEM_CLAUSE_SHARE) * share
        return min(share, 1.0)

    def loose(self, description: str) -> list[tuple[str, float]]:
        """(code, share) of the codes naming the item's main noun (or, when no code uses that
        noun, another word naming the item), for a description no code covers well enough:
        "passy muir valve", "gauze sponges". Codes for another item are left out."""
        item = self.read_query(description)
        plain = self.reader.generic | self.reader.describing | self.reader.regions
        nouns = {item.head} & self._postings.keys() or {
            t for t in item.item_tokens if t in self._postings and not (t in plain or t.isdigit())
        }
        return [
            (code, share)
            for code, rank, share in self.scored(description, RERANKED)
            if rank > 0
            and nouns & self._by_code[code].tokens
            and self._scorer.agreement(self._by_code[code], self._view(description)) == 1.0
        ]

    def shares_one_side_word(self, description: str, code: str) -> bool:
        """The code shares one word of the description, not the item's main noun, and the
        description types it only as a describing form ("adaptive", "sliding"): "adaptive
        stroller" and "Adapter for breast pump" share only the stem "adapt"."""
        item = self.read_query(description)
        shared = {t for t in item.positive if t in self._by_code[code].tokens}
        if len(shared) != 1 or item.head in shared:
            return False
        (word,) = shared
        typed = [w for w in re.findall(r"[a-z]+", self.reader.normalise(description))
                 if stem(w) == word]  # fmt: skip
        return bool(typed) and all(_DESCRIBING_FORM.search(w) for w in typed)

    def says_main_noun(self, description: str, code: str) -> bool:
        """The code says the item's main noun (alone or as a word's second half)."""
        head = self.read_query(description).head
        return head is not None and self._by_code[code].uses_noun(head)

    def alias_typed(self, description: str, code: str) -> bool:
        """The item is named by one of the code's street names typed in full, as the search's
        alias bonus counts one: "knee walker" is E0118's "Crutch substitute"."""
        item = self.read_query(description)
        indexed = self._by_code.get(code)
        return indexed is not None and any(
            alias <= item.weights.keys()
            and alias_item <= item.item_tokens
            and (not item.head or item.head in alias)
            for alias, alias_item in zip(indexed.aliases, indexed.alias_items, strict=True)
        )

    def named_codes(self, description: str) -> list[str]:
        """The codes the description's main noun names, with another of its naming words when
        it has one: "the power chair" names every power wheelchair base, "for tremor" no
        tremor stimulator (its noun is the stimulator)."""
        item = self.read_query(description)
        head = item.head
        if not head:
            return []
        plain = self.reader.generic | self.reader.describing
        others = {t for t in item.item_tokens if not (t in plain or t.isdigit())} - {head}
        named = [
            (len(others & indexed.tokens), name, indexed.code)
            for name in self._by_name_head
            if name == head or name.endswith(head) and len(name) > len(head) + 2
            for indexed in self._by_name_head[name]
            if not others or others & indexed.tokens
        ]
        # Only those sharing most of its other words: a "seat lift chair" is the seat lift.
        best = max((shared for shared, _, _ in named), default=0)
        return [code for shared, _, code in named if shared == best]

    def agrees(self, description: str, code: str) -> bool:
        """True unless the code is another item sharing one word of the item's name ("stair
        lift" is no heel lift) or an item made for another device."""
        return self._scorer.agreement(self._by_code[code], self._view(description)) == 1.0

    def other_base(self, description: str, code: str) -> bool:
        """True when the description names what the item belongs to ("actuator for a hoyer
        lift") and the code says nothing of it, nor of anything else past the item's name (a
        power wheelchair's actuator, a prosthetic hand's actuator)."""
        item = self.read_query(description)
        if not any(self._names_an_item(set(clause)) for clause in item.base_clauses):
            return False
        return not (item.positive - item.item_tokens) & self._by_code[code].tokens

    def _names_an_item(self, clause: set[str]) -> bool:
        """A clause names an item when it holds a code's whole name or street name of two
        words or more: "for a patient lift", "for a hoyer" (not "for chronic low back pain")."""
        return bool(self.named_in(clause, first=True))

    def named_in(self, clause: set[str], first: bool = False) -> list[IndexedCode]:
        """The codes whose whole name or street name of two words or more the clause holds."""
        held = self._names.holding(clause)
        return [self.codes[position] for position in (held[:1] if first else held)]

    def whole_base(self, description: str) -> str | None:
        """The power base, cushion or seat frame code an order says every detail of, or None."""
        return (
            self._bases.code(description)
            or self._cushions.code(description)
            or self._seat_frames.code(description)
        )

    def ambiguous(self, description: str, offered: Collection[str]) -> bool:
        """True when the first code has a rival almost as good: a NOC code (the item fits its
        NOC family nearly as well; a power base no code says), or an unrelated code ("custom
        tray" is a surgical tray as much as a wheelchair tray). `offered`: the specific codes."""
        ranked = self.scored(description, RIVALS)
        if len(ranked) < 2 or ranked[0][1] <= 0:
            return False
        first, top, _ = ranked[0]
        for code, rank, _ in ranked[1:]:
            if code not in offered and rank >= NOC_RIVAL * top:
                return True
            if code in offered and rank >= UNRELATED_RIVAL * top and not self._related(first, code):
                return True
        return self._bases.none_fits(description, first)

    def _related(self, one: str, other: str) -> bool:
        """Two codes for variants of one item: one's name holds the other's, or they share
        half their names' words."""
        a, b = self._by_code[one].name_tokens, self._by_code[other].name_tokens
        if not a or not b:
            return False
        return a <= b or b <= a or len(a & b) / len(a | b) >= 0.5

    def unnamed_words(self, description: str, code: str) -> set[str]:
        """Words naming the item (its clause, not describing or generic ones) that the code
        does not use; words no code uses (brands, models) are left out."""
        item = self.read_query(description)
        tokens = self._by_code[code].tokens
        return {
            t
            for t in item.item_tokens
            if t in self._postings
            and t not in tokens
            and not (t in self.reader.generic or t in self.reader.describing or t.isdigit())
        }
