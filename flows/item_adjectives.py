"""An unknown adjective ending an item's name, as inventory lists write them: "knee walker
steerable" is a knee walker. A word no code, street name or search word uses weighs heavily in
the search's share (a noun nobody codes, "walker frobnicator", leaves no code sure), and the
last word is read as the main noun; but a last word built as an English adjective (-able,
-ible, -less, -ful) only describes the noun before it, which is the item's main noun. Before
the noun ("flushable liners", "chewable multi") it stays: there it often tells the item apart."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from flows.item_text import ReadItem

_ADJECTIVE = re.compile(r"[a-z]{4,}(?:abl|ibl|less|ful)")  # word stems: "steerabl", "cordless"


def without_unknown_adjectives(
    item: ReadItem, known: Collection[str], nouns: Collection[str]
) -> ReadItem:
    """The ReadItem without a last-word adjective no code uses (a copy when it has one; `known`:
    the words some code, street name or search word uses, `nouns`: the nouns codes are named by)."""
    head = item.head
    if head is None or head in known or not _ADJECTIVE.fullmatch(head):
        return item
    before = [t for t in item.weights if t in item.item_tokens and t in nouns]
    if not before:
        return item
    odd, head = {item.head}, before[-1]
    weights = {t: w for t, w in item.weights.items() if t not in odd}
    return replace(item, weights=weights, item_tokens=item.item_tokens - odd, head=head)
