"""What the code search (flows/code_search.py) reads from a description once per search, not
once per code it scores: each word's weight times its rarity, the words typed, what the item is
said to belong to; and each code as the ranker indexes it. Also the index of the codes' names by
word, so finding the names a clause holds reads only the names sharing a word with it."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from flows.code_siblings import opposite
from flows.item_quantities import AT_TOP, IN_RANGE, Quantity
from flows.item_text import ItemReader, ReadItem
from flows.text import stem

# The L-code descriptor grammar: "Addition to lower extremity, ...", "Upper extremity addition,
# ...": a part added to an orthosis or prosthesis, not the whole item, which the descriptor names
# by body part and kind ("Ankle foot orthosis, ..."), nor a replacement part ("Replace ...").
_ADDITION_LEAD = re.compile(r"^[^,;(]*\badditions?\b")
# Typed words saying the item is added to an orthosis or prosthesis ("add per joint", "added to
# his KAFO", "KAFO addition: swing band"); the nouns naming a whole orthosis or prosthesis are
# the reader's `whole_nouns` (synonyms.yaml).
WHOLE_OF_PART = 0.3  # weight of "orthosis" in "KAFO knee joint": the joint is billed
ADDING = frozenset(stem(w) for w in "add added adding addition additions addon".split())
REPLACING = frozenset(stem(w) for w in "replace replaced replacing replacement".split())


def is_addition(descriptor: str) -> bool:
    """True for a descriptor naming an addition to an item."""
    return bool(_ADDITION_LEAD.match(descriptor.lower()))


def is_whole(code: str, descriptor: str, name_head: str, whole_nouns: Collection[str]) -> bool:
    """True for an L-code naming a whole orthosis or prosthesis ("Knee ankle foot orthosis,
    ..."): not an addition, nor a component "All lower extremity prostheses" may have."""
    lead = descriptor.lower()
    return (
        code.startswith("L")
        and name_head in whole_nouns
        and not (is_addition(descriptor) or lead.startswith("all "))
    )


@dataclass
class IndexedCode:
    """One searchable code as the ranker sees it."""

    code: str
    tokens: set[str]  # descriptor and alias tokens, negated ones with ~
    name_tokens: set[str]  # the descriptor's first clause (and second after a category lead)
    aliases: list[set[str]]
    alias_items: list[set[str]]  # each alias's item clause ("heated humidifier" of "... for cpap")
    alias_heads: set[str]  # the main noun of each alias
    quantities: list[Quantity]
    idf_total: float = 0.0  # of the descriptor's own tokens: how much it says
    negated: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()  # the descriptor's own tokens, without aliases
    # Own tokens said only as included ("any size including pediatric"): no rival of a typed word
    included: frozenset[str] = frozenset()
    made_for: frozenset[str] = frozenset()  # the words of what the descriptor says it is for
    lead_for: frozenset[str] = frozenset()  # the device a lead names: "Manual wheelchair accessory"
    pairs: frozenset[tuple[str, str]] = frozenset()  # the descriptor's neighbouring words
    # A second item the descriptor joins to the first: "walker with seat and transport chair"
    joined: frozenset[str] = frozenset()
    name_head: str = ""  # the main noun of its name ("stimulator" of "tremor stimulator")
    addition: bool = False  # its descriptor names an addition to an item (is_addition)
    whole: bool = False  # an L-code naming a whole orthosis or prosthesis (is_whole)
    family: str = ""  # the family of L-codes its code is in (flows/code_families.py)
    family_words: frozenset[str] = frozenset()  # the families whose words its descriptor says

    def names(self) -> list[set[str]]:
        return [self.name_tokens, *self.aliases]

    def is_named_by(self, noun: str) -> bool:
        return noun in self.name_tokens or noun in self.alias_heads

    def uses_noun(self, noun: str) -> bool:
        """The code says the noun, alone or as a word's second half ("chair", wheelchair)."""
        return noun in self.tokens or _ends_a_word(self.own, noun)

    def says_rival(self, rivals: Mapping[str, frozenset[str]]) -> bool:
        """The descriptor says the rival of a typed word instead of it ("Manual wheelchair
        accessory" for a power chair's part, "purchase" for a rental)."""
        if not rivals:  # most descriptions type no word with a rival
            return False
        said = self.own - self.included
        return any(typed not in self.own and rival & said for typed, rival in rivals.items())


@lru_cache(maxsize=65536)
def _ends_a_word(words: frozenset[str], noun: str) -> bool:
    """A word ends with the noun after three letters or more: every search scores each
    shortlisted code against the item's main noun, the same pairs again and again."""
    return any(t.endswith(noun) and len(t) > len(noun) + 2 for t in words)


@dataclass(frozen=True)
class QueryView:
    """One description as every code's score reads it (read only)."""

    item: ReadItem
    weights: dict[str, float]
    gains: dict[str, float]  # weight times idf of each word
    total: float  # of the gains
    item_total: float  # of the item clause's gains
    # Each word with its gain, its opposite ("pneumatic" of "non-pneumatic") and whether the
    # item clause says it, in the order of `gains`: what every code's score reads.
    terms: list[tuple[str, float, str, bool]]
    typed: set[str]  # the words typed, not negated
    typed_idf: dict[str, float]  # each typed word's idf
    bases: list[str]  # main nouns of what the item is said to belong to, not the item's own
    typed_for: set[str]  # naming words of what the item is said to be for
    naming: set[str]  # the item clause's naming words
    typed_regions: set[str]  # body regions in the item clause
    rivals: dict[str, frozenset[str]]  # each typed word's rivals not typed too (manual: power)
    # True: the item is added to an orthosis or prosthesis; False: it is a whole one; None: unsaid
    adds: bool | None = None
    # With a family said by the description's context: whether it lowers a code, given the
    # code's family and the families its descriptor's words say (flows/code_families.py).
    lowered: Callable[[str, Collection[str]], bool] | None = None


def query_view(
    item: ReadItem,
    weights: dict[str, float],
    idf: Callable[[str], float],
    reader: ItemReader,
    for_words: Callable[[list[list[str]]], set[str]],
    lowered: Callable[[str, Collection[str]], bool] | None = None,
) -> QueryView:
    plain = reader.generic | reader.describing | reader.regions
    bases = [reader.base_head(clause) for clause in item.base_clauses]
    adds = _adds(item, reader.whole_nouns, reader.part_nouns)
    # "KAFO knee joint": the orthosis is what the joint is added to, not the item billed.
    whole = reader.whole_nouns if adds and item.head not in reader.whole_nouns else frozenset()
    gains = {
        token: weight * idf(token) * (WHOLE_OF_PART if token in whole else 1.0)
        for token, weight in weights.items()
    }
    return QueryView(
        item=item,
        weights=weights,
        gains=gains,
        total=sum(gains.values()),
        item_total=sum(gain for token, gain in gains.items() if token in item.item_tokens),
        terms=[
            (token, gain, opposite(token), token in item.item_tokens)
            for token, gain in gains.items()
        ],
        typed=item.positive,
        typed_idf={token: idf(token) for token in item.positive},
        bases=[b for b in bases if b and b != item.head],
        typed_for=for_words(item.base_clauses),
        naming={t for t in item.item_tokens if not (t in plain or t.isdigit())},
        typed_regions=item.item_tokens & reader.regions,
        rivals=_rivals(item, reader.rivals),
        adds=adds,
        lowered=lowered,
    )


def _rivals(item: ReadItem, rivals: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each typed word's rivals the biller did not type too. A rival said only outside the
    item clause does not undo the item's own word: a "power wheelchair drive wheel, manual
    brake release" is still a power chair's."""
    found = {}
    for token in item.positive:
        said = item.item_tokens if token in item.item_tokens else item.positive
        if untyped := rivals.get(token, frozenset()) - said:
            found[token] = untyped
    return found


def _adds(item: ReadItem, whole_nouns: frozenset[str], part_nouns: frozenset[str]) -> bool | None:
    """Whether the description names a part added to an orthosis or prosthesis ("add per
    joint", "padded T-strap on the double upright brace", "KAFO knee joint") or a whole one
    ("custom AFO from a plaster mold"); None when it says neither."""
    if item.positive & ADDING:
        return True
    named_after = (item.positive - item.item_tokens) & whole_nouns
    if item.head not in whole_nouns and named_after:
        return True
    # the whole, then its part; a replacement part has its own "Replacement ..." code
    if item.head in part_nouns and item.item_tokens & whole_nouns and not item.positive & REPLACING:
        return True
    if item.item_tokens & whole_nouns and not named_after:
        return False
    return None


def first_pass(
    view: QueryView, postings: Mapping[str, Sequence[int]]
) -> tuple[dict[int, float], dict[int, float]]:
    """Each code's typed words counted in full, as the ranking's cheap first pass counts them,
    and those of the item clause: {code position: covered weight}, in the order first met."""
    covered: dict[int, float] = {}
    covered_item: dict[int, float] = {}
    for token, gain in view.gains.items():
        in_item = token in view.item.item_tokens
        for index in postings.get(token, ()):
            covered[index] = covered.get(index, 0.0) + gain
            if in_item:
                covered_item[index] = covered_item.get(index, 0.0) + gain
    return covered, covered_item


def share_ceiling(
    view: QueryView,
    covering: tuple[dict[int, float], dict[int, float]],
    share: Callable[[QueryView, float, float], float],
    enough: float = math.inf,
) -> float:
    """The most of the description any code can cover: each code's typed words counted in full
    (`covering`, from `first_pass`), times the most a typed quantity in range adds. Reading a
    code in full only takes off (a contradicted word, another device, a lone shared word), so
    a search needing more than this share needs no full reading. Stops at the first code
    covering `enough`: whether one can is all a search asks."""
    if view.total <= 0:
        return 0.0
    covered, covered_item = covering
    fit = max(IN_RANGE, AT_TOP, 1.0) ** len(view.item.quantities)
    best = -math.inf
    for i, c in covered.items():
        most = share(view, c * fit, covered_item.get(i, 0.0) * fit)
        if most >= enough:
            return most
        best = max(best, most)
    return best if covered else 0.0


class NameIndex:
    """Names of two words or more (not all generic words), filed under one of their words."""

    def __init__(self, names_of: Iterable[list[set[str]]], generic: frozenset[str]) -> None:
        self._by_word: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for position, names in enumerate(names_of):
            for name in names:
                if len(name) >= 2 and name - generic:
                    self._by_word.setdefault(min(name), []).append((position, frozenset(name)))

    def holding(self, clause: set[str]) -> list[int]:
        """Positions (in order) of the codes with a name the clause holds in full."""
        return sorted(
            {
                position
                for word in clause
                for position, name in self._by_word.get(word, ())
                if name <= clause
            }
        )
