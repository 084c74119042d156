"""Orders the first code's close siblings by the details that tell them apart (code_search.py)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from flows.item_text import NEGATED, ReadItem, quantity_fit

if TYPE_CHECKING:
    from flows.code_search import CodeRanker, IndexedCode

SIBLINGS = 6  # how many of the best codes are compared as siblings of the first
ALIAS_DETAIL = 0.5  # among siblings, a word from a street name counts half a descriptor's word
SIZES = frozenset({"pounds", "inches"})  # a typed weight or width is compared with the range
SIBLING_MARGIN = 0.6  # a sibling must score at least this share of the first code's score
Scored = list[tuple[tuple[float, float, float], int]]  # ((rank, covered, covered item), index)


def siblings_by_detail(ranker: CodeRanker, scored: Scored, item: ReadItem) -> Scored:
    """Orders the first code's close siblings by the details that tell them apart.

    Siblings are near-equal codes named by the same noun ("Commode chair, ... fixed arms"
    and "... detachable arms"). Their shared words say nothing about which one is meant, and
    a street name for the common variant ("bedside commode") should not outweigh the detail
    the biller typed ("drop arm"): among siblings, only the typed words that some of them
    lack count (a street name's words half), and a capacity inside or outside a range.
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

    def detail(code: IndexedCode) -> float:
        score = 0.0
        for token in item.weights.keys() - shared:
            if token in code.own:
                score += ranker.idf(token)
            elif token in code.tokens:  # a street name's word says less than the descriptor
                score += ALIAS_DETAIL * ranker.idf(token)
            elif opposite(token) in code.own or ranker.reader.rivals.get(token, set()) & code.own:
                score -= ranker.idf(token)
        # A heavy-duty or extra-wide variant the biller did not ask for is the less likely one;
        # "bariatric" (a heavy-duty commode's street name) asks for it in other words.
        unasked = [ranker.idf(t) for t in (code.own - shared) & ranker.reader.variant
                   if t not in item.weights]  # fmt: skip
        asked = item.weights.keys() & ranker.reader.variant & code.tokens
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
    return first.name_tokens - describing == other.name_tokens - describing


def opposite(token: str) -> str:
    """ "~pneumat" for "pneumat" and back."""
    return token[1:] if token.startswith(NEGATED) else NEGATED + token
