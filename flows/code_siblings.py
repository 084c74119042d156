"""Orders the first code's close siblings by the details that tell them apart (code_search.py)."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from flows.item_clauses import DROPPED
from flows.item_quantities import quantity_fit
from flows.item_text import NEGATED, ItemReader, ReadItem
from flows.text import stem

if TYPE_CHECKING:
    from flows.code_query import IndexedCode
    from flows.code_search import CodeRanker

SIBLINGS = 6  # how many of the best codes are compared as siblings of the first
ALIAS_DETAIL = 0.25  # among siblings, a street name's word counts a quarter of a descriptor's
PAIR_DETAIL = 0.5  # among siblings, a typed pair of neighbouring words the code has too
SIZES = frozenset(
    {"pounds", "pounds_own", "inches", "inches_depth", "inches_height"}
)  # a typed weight or width is compared with the range
KIN_SHARE = 0.5
CLOSE_KIN_SHARE = 0.75  # descriptor words two codes named apart by one word must share
SIBLING_MARGIN = 0.6  # a sibling must score at least this share of the first code's score
# A code covering all the first one covers and more of the item's naming words moves first, from
# among the first SUPERSET_PLACES codes, when it scores at least SUPERSET_RANK of the first.
SUPERSET_PLACES, SUPERSET_RANK = 5, 0.5
Scored = list[tuple[tuple[float, float, float], int]]  # ((rank, covered, covered item), index)


def siblings_by_detail(
    ranker: CodeRanker, scored: Scored, item: ReadItem, typed_pairs: frozenset[tuple[str, str]]
) -> Scored:
    """Orders the first code's close siblings by the details that tell them apart.

    Siblings are near-equal codes named by the same noun ("Commode chair, ... fixed arms"
    and "... detachable arms"). Their shared words say nothing about which one is meant, and
    a street name for the common variant ("bedside commode") should not outweigh the detail
    the biller typed ("drop arm"): among siblings, only the typed words that some of them
    lack count (a street name's words a quarter), typed neighbouring words the code has too,
    and a capacity inside or outside a range.
    """
    if not scored or scored[0][0][0] <= 0:
        return scored
    first = ranker.codes[scored[0][1]]
    floor = SIBLING_MARGIN * scored[0][0][0]
    places = [
        place
        for place, ((rank, _, _), index) in enumerate(scored[:SIBLINGS])
        if rank >= floor and _are_siblings(ranker, first, ranker.codes[index])
    ]
    if len(places) < 2:
        return scored
    group = [ranker.codes[scored[p][1]] for p in places]
    shared = set.intersection(*(c.tokens for c in group))
    typed_pairs -= frozenset.intersection(*(c.pairs for c in group))

    def detail(code: IndexedCode) -> float:
        pairs = typed_pairs & code.pairs  # "detachable arms", not "detachable legrests"
        score = PAIR_DETAIL * sum(min(ranker.idf(a), ranker.idf(b)) for a, b in pairs)
        if code.joined and not code.joined & item.weights.keys():  # the second item unsaid
            score -= sum(ranker.idf(t) for t in code.joined)
        # A word no descriptor uses, typed as a street name whose other words all the siblings
        # share, names the item as surely as the descriptor's own words: a "rollator with seat"
        # is the rollator (E0143), not the walker with a posterior seat (E0144).
        naming = {t for a in code.aliases if a <= item.weights.keys() for t in a - shared
                  if len(a - shared) == 1 and t in ranker.street_only
                  and not t.startswith(NEGATED)}  # fmt: skip
        for token in item.weights.keys() - shared:
            if token in code.own or token in naming:
                score += ranker.idf(token)
            elif token in code.tokens:  # a street name's word says less than the descriptor
                score += ALIAS_DETAIL * ranker.idf(token)
            elif opposite(token) in code.own or ranker.reader.rivals.get(token, set()) & code.own:
                score -= ranker.idf(token)
        # A heavy-duty or extra-wide variant the biller did not ask for is the less likely one;
        # "bariatric" (a heavy-duty commode's street name) asks for it in other words.
        # "repair" asks for a replacement-only part in other words. A variant word all the
        # siblings say ("power wheelchair accessory") asks for none of them.
        typed, asked_by = item.weights.keys(), ranker.reader.variant_asked
        unasked = [ranker.idf(t) for t in (code.own - shared) & ranker.reader.variant
                   if t not in typed and not asked_by.get(t, set()) & typed]  # fmt: skip
        asked = item.weights.keys() & ranker.reader.variant & (code.tokens - shared)
        sized = {q.unit for q in code.quantities} & {q.unit for q in item.quantities} & SIZES
        if not asked and not sized:
            score -= max(unasked, default=0.0)
        return score + math.log(quantity_fit(code.quantities, item.quantities))

    details = [detail(c) for c in group]
    order = sorted(range(len(places)), key=lambda k: (-round(details[k], 6), k))
    result = list(scored)
    for place, k in zip(places, order, strict=True):
        result[place] = scored[places[k]]
    return result


def _are_siblings(ranker: CodeRanker, first: IndexedCode, other: IndexedCode) -> bool:
    """Variants of one item: the same name, describing words aside ("Manual wheelchair
    accessory, caster fork" and "Power wheelchair accessory, caster fork")."""
    describing = ranker.reader.describing
    mine, theirs = first.name_tokens - describing, other.name_tokens - describing
    if mine == theirs:
        return True
    kin = len(first.own & other.own) / len(first.own | other.own)
    if first.name_head and first.name_head == other.name_head:
        return kin >= KIN_SHARE
    # Names one word apart either way, descriptors alike, are variants even when that word is
    # the one the name ends on: "knee extension only device", "knee extension and flexion device".
    return kin >= CLOSE_KIN_SHARE and max(len(mine - theirs), len(theirs - mine)) == 1


def opposite(token: str) -> str:
    """ "~pneumat" for "pneumat" and back."""
    return token[1:] if token.startswith(NEGATED) else NEGATED + token


def neighbour_pairs(reader: ItemReader, text: str) -> frozenset[tuple[str, str]]:
    """Each clause's neighbouring words, stemmed: "detachable arms" is ("detach", "arm"); an
    alternative's first word neighbours what follows it ("test or reagent strips": test strip)."""
    pairs: set[tuple[str, str]] = set()
    for clause in re.split(r"[,;()/.:]", reader.normalise(text)):
        words = re.findall(r"[a-z]+", clause)
        stems = [stem(w) for w in words if w not in DROPPED]
        pairs.update(zip(stems, stems[1:], strict=False))
        alternatives = zip(words, words[1:], words[3:], strict=False)
        pairs.update((stem(a), stem(c)) for a, o, c in alternatives
                     if o == "or" and DROPPED.isdisjoint((a, c)))  # fmt: skip
    return frozenset(pairs)


def more_of_the_same(ranker: CodeRanker, scored: Scored, item: ReadItem) -> Scored:
    """Puts first a code among the first few that covers every typed word the first code
    covers, and more of the words naming the item besides: "foam wound filler, per gram" is the
    foam filler (A6215), not a collagen filler that says "wound filler, per gram"; "silicone gel
    sheet for scars" the gel sheet (A6025), not a foam sheet. Context (what the item is for),
    body regions and generic words do not count, and a code the description contradicts never
    moves up."""
    if len(scored) < 2 or scored[0][0][0] <= 0:
        return scored
    weights = item.weights

    def covered(code: IndexedCode) -> set[str] | None:
        if any(opposite(t) in code.tokens for t in weights if opposite(t) not in weights):
            return None
        return {t for t in weights if t in code.tokens}

    first = covered(ranker.codes[scored[0][1]])
    if first is None:
        return scored
    floor = SUPERSET_RANK * scored[0][0][0]
    plain = ranker.reader.generic | ranker.reader.regions  # "arm sling", "extra heavy duty"
    naming = {t for t in item.item_tokens if not (t in plain or t.isdigit())}
    for place in range(1, min(SUPERSET_PLACES, len(scored))):
        (rank, _, _), index = scored[place]
        other = covered(ranker.codes[index])
        if rank < floor or other is None or not first < other:
            continue
        if (other - first) & naming:  # more of the item's own words, not only its context
            return [scored[place], *scored[:place], *scored[place + 1 :]]
    return scored


def rival_words(ranker: CodeRanker, description: str, code: str) -> set[str]:
    """Words the description says whose rivals the code's descriptor says instead
    ("multiple" against "single power option")."""
    item, indexed = ranker.read_query(description), ranker.indexed(code)
    own, said, rivals = indexed.own, indexed.own - indexed.included, ranker.reader.rivals
    return {t for t in item.positive if t not in own and rivals.get(t, set()) & said}
