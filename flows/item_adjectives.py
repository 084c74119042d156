"""Unknown adjectives in an item's text: "knee walker steerable" is a knee walker. A word no
code, street name or search word uses weighs heavily in the search's share (a noun nobody
codes, "walker frobnicator", leaves no code sure); but a word built as an English adjective
(-able, -ible, -less, -ful) only describes the noun beside it, so it is left out, and when it
is the last word, the noun before it is the item's main noun."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from flows.item_text import ReadItem

_ADJECTIVE = re.compile(r"[a-z]{4,}(?:abl|ibl|less|ful)")  # word stems: "steerabl", "cordless"


def without_unknown_adjectives(
    item: ReadItem, known: Collection[str], nouns: Collection[str]
) -> ReadItem:
    """The ReadItem without adjectives no code uses (a copy when there are any; `known`: the
    words some code, street name or search word uses, `nouns`: the nouns codes are named by)."""
    odd = {t for t in item.weights if _ADJECTIVE.fullmatch(t) and t not in known}
    if not odd:
        return item
    head = item.head
    if head in odd:
        before = [t for t in item.weights if t in item.item_tokens and t in nouns]
        head = before[-1] if before else None
    weights = {t: w for t, w in item.weights.items() if t not in odd}
    return replace(item, weights=weights, item_tokens=item.item_tokens - odd, head=head)
