"""The HCPCS code table: look-ups and Medicare coverage (code_coverage.py); the code search
(code_search.py) and NOC routing (noc_routing.py) are built from it once at start-up."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from pathlib import Path

from pydantic import BaseModel

from flows.code_aliases import AliasesFile
from flows.code_bm25 import DescriptorBm25
from flows.code_coverage import Coverage, CoverageFile, CoverageMeanings, MedicareCoverage
from flows.code_devices import for_another_device
from flows.code_fits import (
    another_item,
    clear_lead,
    head_only_describes,
    names_item,
    other_place,
    piece_of_coded_item,
    says_descriptor,
)
from flows.code_routes import RoutedOnce
from flows.code_search import RERANKED, CodeRanker
from flows.code_siblings import rival_words
from flows.code_sizes import beyond_range
from flows.code_spelling import learn_abbreviations
from flows.code_table import HcpcsCode, read_code_table
from flows.content import ContentError, load_yaml_model
from flows.item_corrections import item_words
from flows.item_text import ItemReader
from flows.models import ItemCategory, joined_code
from flows.noc_families import contains_words
from flows.noc_file import NocAdvice, NocFile
from flows.search_words import SearchWords
from flows.text import STOPWORDS, Tokenizer, stem

DMEPOS_RANGE = re.compile(r"^(A[4-9]\d{3}|[BEKL]\d{4})$")
MIN_CANDIDATE_SHARE = 0.3  # share of the description a code must cover to be offered at all
# A code covering less is still offered when it is the item the description names (a word no
# code uses, such as "tuberculin", leaves the right code a small share).
WEAK_CANDIDATE_SHARE = 0.15
# Less still when the code says the item's main noun and the item is no kind Medicare never
# covers ("karaya powder": A4371 says powder; "stair lift" is on the never-covered list).
NAMED_CANDIDATE_SHARE = 0.05
FALLBACK_SHARE = 0.1  # share a BM25 code needs when the ranker offers none
BM25_SHARE = 0.01  # share a BM25 code needs beside the ranker's: more than a number or unit
BLEND_AT = 2  # the place plain BM25's best code takes among the candidates (0-based)
_PARTS_GROUP = re.compile(r"\b(?:component|accessory)\b", re.I)  # K0108's descriptor
LIKELY_SHARE = 0.6  # above this, the item very probably has this specific code
FAMILY_TIE = 0.01  # two codes of one group whose shares differ by less read alike


class CodesMeta(BaseModel):
    version: int
    data_version: str
    source: str
    imported_on: dt.date


class Candidate(BaseModel):
    code: str
    description: str
    score: float
    coverage_code: str = ""
    medicare_coverage: MedicareCoverage = "unknown"


class CodeBook:
    """Everything about codes the flows need; the search index is built once at start-up."""

    def __init__(
        self,
        table: dict[str, HcpcsCode],
        meta: CodesMeta,
        aliases: AliasesFile,
        noc: NocFile,
        tokenizer: Tokenizer,
        coverage: CoverageFile,
        words: SearchWords,
        today: dt.date | None = None,
    ) -> None:
        self.table, self.meta, self.noc_rules, self.tokenizer = table, meta, noc, tokenizer
        self._coverage = CoverageMeanings(coverage)
        today = today or dt.date.today()
        self._searchable = {
            c.code: c.long_description
            for c in table.values()
            if c.is_valid_on(today) and not c.is_noc
        }
        reader = self.reader = ItemReader(words)  # how an item's text is read, for every search
        self._places = frozenset(stem(w) for w in words.place_words)
        noc_codes = {
            c.code: c.long_description for c in table.values() if c.is_valid_on(today) and c.is_noc
        }
        # NOC codes are ranked too, never offered: an item that fits its NOC family's own words
        # as well as any specific code gets no "a specific code likely exists" warning.
        abbreviations = learn_abbreviations(
            (c.long_description, c.short_description) for c in table.values()
        )
        self._ranker = CodeRanker(
            {**self._searchable, **noc_codes}, aliases.aliases, reader, abbreviations
        )
        self.outside_range = partial(beyond_range, self._ranker)  # "520 lb" is past K0825's range
        self.rivals_said = partial(rival_words, self._ranker)  # "captains": K0854 says sling
        self.read_item = self._ranker.read_query  # the item as the search reads it ("peds")
        self.alias_typed = self._ranker.alias_typed  # "knee walker" names E0118
        self.descriptor_bm25 = DescriptorBm25(
            {
                c.code: f"{c.long_description} {c.short_description}"
                for c in table.values()
                if c.code in self._searchable
            },
            tokenizer,
        )
        self._noc_descriptors = noc_codes
        self._noc_router = RoutedOnce(
            noc_codes,
            noc,
            reader,
            {**self._searchable, **noc_codes},
            self._ranker.rank,
            self._ranker.named_codes,
        )

    @classmethod
    def load(cls, content_dir: Path, tokenizer: Tokenizer, leave_out: str = "") -> CodeBook:
        """`leave_out` names an item set whose learned aliases are left out (benchmarks)."""
        folder = content_dir / "codes"
        table = read_code_table(folder / "hcpcs.csv")
        aliases = load_yaml_model(folder / "aliases.yaml", AliasesFile)
        aliases = aliases.leaving_out(leave_out) if leave_out else aliases
        noc = load_yaml_model(folder / "noc.yaml", NocFile)
        for code in [
            *aliases.aliases,
            *(r.code for r in noc.rules),
            *(d.code for d in noc.defaults.values()),
            *(c for scope in noc.scopes for c in scope.codes),
        ]:
            if code not in table:
                raise ContentError(folder, None, f"{code} is used in codes/ but not in hcpcs.csv")
            if table[code].termination_date is not None:
                raise ContentError(folder, None, f"{code} is terminated; do not route to it")
        for code in aliases.aliases:
            if table[code].is_noc:
                reason = f"{code} is a NOC code: name its items in noc.yaml family_words"
                raise ContentError(folder / "aliases.yaml", None, reason)
        for code in noc.family_words:
            if code not in table or not table[code].is_noc:
                raise ContentError(folder / "noc.yaml", None, f"{code} in family_words is not a "
                                   "NOC code of hcpcs.csv")  # fmt: skip
        meta = load_yaml_model(folder / "hcpcs.yaml", CodesMeta)
        coverage = load_yaml_model(folder / "coverage.yaml", CoverageFile)
        return cls(table, meta, aliases, noc, tokenizer, coverage, SearchWords.load(content_dir))

    # -- look-ups ------------------------------------------------------------------------
    def lookup(self, code: str) -> HcpcsCode | None:
        return self.table.get(code.strip().upper())

    def coverage(self, code: str) -> Coverage | None:
        """Medicare coverage of a code (CMS coverage code and what it means), None if unknown."""
        found = self.lookup(code)
        return self._coverage.of(found) if found is not None else None

    # -- search --------------------------------------------------------------------------
    def search(self, description: str, limit: int = 5) -> list[Candidate]:
        """Specific (non-NOC, valid) codes that may describe the item, best first."""
        if limit <= 0 or not any(ch.isalpha() for ch in description):
            return []  # a bare number ("1", "12.5") names no item
        typed = self.typed_code(description)
        if typed is not None and typed.code in self._searchable:
            return [self._candidate(typed, 1.0)]  # "E0627" typed as the item: that code
        if typed is not None:  # a NOC code names no item; a terminated one, what it described
            return [] if typed.is_noc else self.search(typed.long_description, limit)
        description = item_words(description, self.noc_rules)
        if self._noc_router.far_from_dme(description):
            return []  # "hand controls for driving": no DME code, the NOC advice says why
        shortlist = [
            (code, share)
            for code, share in self._ranker.rank(description, max(limit * 3, 10))
            if code in self._searchable
        ]
        # Codes covering little are only worth showing when none covers the item well.
        covered_well = any(share >= MIN_CANDIDATE_SHARE for _, share in shortlist)
        read = [
            (code, share)
            for code, share in shortlist
            if share >= MIN_CANDIDATE_SHARE
            or (share >= WEAK_CANDIDATE_SHARE and self._ranker.agrees(description, code))
            or (
                not covered_well
                and share >= NAMED_CANDIDATE_SHARE
                and self._named_loosely(description, code)
            )
        ][:limit]
        # The ranker's first code stays first when others are offered: a typed word no code
        # uses can leave it a smaller share than a code the ranker rates lower.
        if read and shortlist[0] not in read and shortlist[0][1] >= NAMED_CANDIDATE_SHARE:
            read = [shortlist[0], *read][:limit]
        # A base order naming its group, weight, seat and options says its code, however many
        # other words it has ("VA consult, 520 lb veteran: group 4 rated to 600, tilt only").
        base = self._ranker.whole_base(description)
        if base in self._searchable and base not in dict(read):
            read = [(base, max(self._ranker.share(description, base), MIN_CANDIDATE_SHARE)), *read]
        if not read:  # a nickname beside a device noun ("passy muir valve"): a looser match
            read = [(c, s) for c, s in self._ranker.loose(description) if c in self._searchable]
        covered = bool(read)
        if not read and not self._noc_router.never_covered(description):
            read = clear_lead(self._ranker, description, self._searchable)
        words_only = self.descriptor_bm25.search(description, limit)
        if not covered:  # BM25's own codes, when they cover some of the item and name no other
            words_only = [
                c
                for c in words_only
                if self._ranker.share(description, c) >= FALLBACK_SHARE
                and self._ranker.agrees(description, c)
            ]
        # Plain BM25's best code takes the third place (docs/codes.md, "Candidates"): the
        # ranker's first two are its surest, and BM25 finds what its later ones miss.
        ranked = [c for c, _ in read]
        order = ranked[:BLEND_AT] + words_only[:1] + ranked[BLEND_AT:] + words_only[1:]
        shares = dict(read)
        found: list[Candidate] = []
        for code in dict.fromkeys(order):  # in order, each code once
            share = shares[code] if code in shares else self._ranker.share(description, code)
            if share < MIN_CANDIDATE_SHARE and self._ranker.shares_one_side_word(description, code):
                continue  # "adaptive stroller" is no breast pump adapter (docs/codes.md)
            if code not in shares and share < BM25_SHARE:
                continue  # BM25's code shares only a number or unit: "rollator, 500 lb" no 500 ml
            found.append(self._candidate(self.table[code], share))
        return found[:limit]

    def typed_code(self, description: str) -> HcpcsCode | None:
        """The table's row when the item is given as one code ("e0628", "K 0108"), else None."""
        return self.table.get(joined_code(description)) if len(description) < 12 else None

    def _named_loosely(self, description: str, code: str) -> bool:
        """The code says the item's main noun and the item is no kind that is not DME at
        all (noc.yaml `never_covered`): "IPA wipes" is worth showing Alcohol wipes, A4245, a
        "stair lift" no heel lift."""
        return self._ranker.says_main_noun(description, code) and not (
            self._noc_router.never_covered(description)
        )

    def _candidate(self, code: HcpcsCode, share: float) -> Candidate:
        coverage = self.coverage(code.code)
        assert coverage is not None
        return Candidate(
            code=code.code,
            description=code.long_description,
            score=round(min(share, 1.0), 3),
            coverage_code=coverage.coverage_code,
            medicare_coverage=coverage.medicare_coverage,
        )

    def candidates(self, description: str, limit: int) -> list[dict[str, object]]:
        """The search as plain dicts, for the intake's code-check step; `coverage_label` is set
        where Medicare coverage is not simply the DME MAC's judgement."""
        found = []
        for candidate in self.search(description, limit):
            label = self.coverage_label(candidate.code)
            found.append({**candidate.model_dump(), "coverage_label": label})
        return found

    def coverage_label(self, code: str) -> str | None:
        """How Medicare covers a code, when that is not simply the DME MAC's judgement."""
        coverage = self.coverage(code)
        return coverage.label if coverage and coverage.coverage_code != "C" else None

    def reads_word(self, word: str) -> bool:
        """A word of a code's descriptor or street name ("hoyer"), typos read as meant."""
        return self._ranker.reads_word(word)

    def names_an_item(self, description: str) -> bool:
        """The description has a word naming an item, not only words describing one ("custom
        made", "hd", "a pair")."""
        return self._ranker.reader.read(description, True).head is not None

    def reads_mostly(self, description: str, english: frozenset[str]) -> bool:
        """More of the description's words are ones a code, street name or search word reads
        than English words none reads: "knee walker with a basket" names an item, "stepping out
        for tacos" (step-up hinges aside) does not. A brand or model name, in no dictionary,
        counts for neither."""
        words = [w for w in re.findall(r"[a-z]+", description.lower()) if w not in STOPWORDS]
        read = [w for w in words if self._ranker.reads_word(w)]
        unread = [w for w in words if w in english and w not in read]
        return len(read) > len(unread)

    def says_no_code(self, description: str) -> bool:
        """The biller writes that no specific code fits the item ("no L code fits")."""
        return self._noc_router.says_no_code(description)

    def likely_specific(self, description: str) -> Candidate | None:
        """The code the item very probably has, if the search is that sure: the best code
        covers most of the description, every word naming the item, and the item's base; no NOC
        family fits as well, and no unrelated code fits as well ("custom tray")."""
        if not any(ch.isalpha() for ch in description):
            return None
        said = item_words(description, self.noc_rules)
        if self._noc_router.says_no_code(said) or self._noc_router.far_from_dme(said):
            return None  # the biller has checked ("no L code fits"); the candidates still show
        base = self._noc_router.typed.base_code(said, self._noc_router.item_first)
        description = self._noc_router.item_first(said)  # "bed: cord chewed": a cord
        ranked = self._ranker.top_covering(description, LIKELY_SHARE)
        if not ranked or ranked[0][0] not in self._searchable or ranked[0][1] < LIKELY_SHARE:
            return None
        if self._unverified(said):  # read only when a code could be likely (the dearer check)
            return None
        code, share = ranked[0]
        if code == base:  # "(E0182, owned): alarm module died": a piece of the typed code's item
            return None
        # A "bath lift seat" is not a "seat lift mechanism" although two of its three words
        # match; "custom tray" is a surgical tray as much as a wheelchair tray.
        if self._ranker.unnamed_words(description, code) or self.reads_as_other(description, code):
            return None
        if self._ranker.ambiguous(description, self._searchable.keys()):
            return None
        return self._candidate(self.table[code], share)

    def _unverified(self, description: str) -> bool:
        """The biller says the PDAC coded the product as a NOC code ("PDAC letter: power
        wheelchair NOC"), or that it has no PDAC coding verification or meets no code's criteria
        and the routing bills it with the NOC code naming that (K0669, K0899)."""
        if self._noc_router.pdac_code(description):
            return True
        if not contains_words(description, self.noc_rules.unverified_phrases):
            return False
        code, _ = self._noc_router.route(description, None)
        return any(f.code == code and f.condition for f in self._noc_router.families.all)

    def describes(self, description: str, code: str, reviewed: bool = True) -> bool:
        """A code the biller reviewed reads as the item: the search's first specific code for
        it, no other item by the likely code's tests, and its descriptor said (code_fits.py)."""
        description = item_words(description, self.noc_rules)
        if self._noc_router.says_no_code(description):
            return False
        description = self._noc_router.item_first(description)
        ranked = self._ranker.rank(description, RERANKED)
        first = next((c for c, _ in ranked if c in self._searchable), None)
        return (
            first == code
            and self._ranker.agrees(description, code)  # "stair lift" is no heel lift
            and not self.reads_as_other(description, code)
            and not another_item(self._ranker, self._noc_router.scopes, description, code)
            and says_descriptor(self._ranker, description, code, self._searchable[code], reviewed)
        )

    def agrees(self, description: str, code: str) -> bool:
        """The item's words name the code's item, not another sharing a word of its name (a
        "trach suction machine" is no suction pump for external urine management)."""
        said = self._noc_router.item_first(item_words(description, self.noc_rules))
        return self._ranker.agrees(said, code)

    def names_reviewed(self, description: str, code: str) -> bool:
        """A code the biller reviewed names the item: the search reads it best of the codes it
        shows, or the item says its whole name (code_fits.names_item)."""
        shown = self.search(description, limit=5)
        best = max((c.score for c in shown), default=0.0)
        read_best = any(c.code == code and c.score == best for c in shown)
        descriptor = self.table[code].long_description
        return read_best or names_item(self._ranker, description, code, descriptor)

    def reads_as_other(self, description: str, code: str, base: bool = True) -> bool:
        """The code is another item than the one described, however many words it shares
        (`base`: also when the item is said to be for an item of another group)."""
        descriptor = self._searchable[code]
        return bool(
            (base and self._other_group_base(description, code))  # "for a hoyer lift"
            or for_another_device(self._ranker, description, code)  # casters "for the IV pole"
            or head_only_describes(self._ranker, description, code)  # a "weighted blanket"
            or other_place(self._ranker, self._places, description, code)  # a "van lift"
            or beyond_range(self._ranker, description, code)  # a "700 lb" chair
            or rival_words(self._ranker, description, code)  # "multiple power options"
            or piece_of_coded_item(
                self._noc_router, self._ranker, self._noc_descriptors, description, code
            )  # "walker: hinge button jammed"
            or self._noc_router.other_body_part(description, descriptor)  # "for the trunk"
            or self._noc_router.powered_beyond(description, descriptor)  # a "motorized elbow"
            or self._noc_router.denies_named(description, descriptor)  # "not on a wheelchair"
            or self._noc_router.modifies_other(description, descriptor)  # "add a collar to"
        )

    def _other_group_base(self, description: str, code: str) -> bool:
        """The item is said to be for another item the code does not name, and that item is
        not of the code's own group: a "leg strap for the footrests" is still a wheelchair
        part, an "actuator for a hoyer lift" no power wheelchair actuator."""
        if not self._ranker.other_base(description, code):
            return False
        scopes = self._noc_router.scopes
        group = scopes.scope_holding(code)
        item = self._ranker.read_query(description)
        bases = [b for clause in item.base_clauses for b in self._ranker.named_in(set(clause))]
        # Only a group of parts and accessories (K0108's): a group of whole items (monitors,
        # prostheses) holds many items whose parts are not one another.
        if (
            group is None
            or group.whole is None
            or not _PARTS_GROUP.search(self.table[group.whole].long_description)
        ):
            return True
        return not any(scopes.scope_holding(b.code) is group for b in bases)

    # -- NOC routing ---------------------------------------------------------------------
    def category_of(self, description: str) -> ItemCategory:
        return self._noc_router.category_of(description)

    def never_covered_why(self, advice: NocAdvice) -> str | None:
        """Why Medicare may never cover the item a NOC advice is for (noc.yaml's never_covered
        words: a stair lift, a hearing aid), or None: the routing adds that reason to its why."""
        never = self.noc_rules.never_covered
        return never.why.strip() if never and never.why.strip() in advice.why else None

    def family_noc(self, code: str) -> str | None:
        """The NOC code for whole items of the group a specific code belongs to (noc.yaml's
        scopes: K0108 for a wheelchair accessory), or None (a catch-all group has none)."""
        scope = self._noc_router.scopes.scope_holding(code)
        return scope.whole if scope is not None else None

    def sure_within_family(self, description: str, likely: Candidate) -> bool:
        """No other code of the likely code's group reads as well: a "gel seat cushion" reads
        as much as the general-use cushion E2601 as the powered E2610, so neither is sure."""
        family = self.family_noc(likely.code)
        return not any(
            c.code != likely.code and self.family_noc(c.code) == family
            and c.score >= likely.score - FAMILY_TIE
            for c in self.search(description, limit=4)
        )  # fmt: skip

    def noc_for(
        self, description: str, category: ItemCategory | None = None, noc_only: bool = False
    ) -> NocAdvice:
        """The NOC code for an item with no specific code: the NOC family of the CMS file that
        names the item, else the reviewed rules for its category (inferred if not given).
        `noc_only`: never a rule's specific code (repair labor's K0740): "if none of these fits"."""
        typed = self.typed_code(description)  # a code typed as the item: what it describes
        if typed is not None:
            description = typed.long_description
        said = item_words(description, self.noc_rules)
        code, why = self._noc_router.route(said, category, noc_only)
        small = self.noc_rules.small_parts
        if small and contains_words(self.reader.unnegated_text(description), small.words):
            why = f"{why.strip()} {small.why.strip()}"  # a line of their own is denied (CO-97)
        return self._advice(code, why)

    def _advice(self, code: str, why: str) -> NocAdvice:
        return NocAdvice(code=code, description=self.table[code].long_description, why=why.strip())
