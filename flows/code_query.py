"""What the code search (flows/code_search.py) reads from a description once per search, not
once per code it scores: each word's weight times its rarity, the words typed, what the item is
said to belong to. Also the index of the codes' names by word, so finding the names a clause
holds reads only the names sharing a word with it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from flows.code_siblings import opposite
from flows.item_text import ItemReader, ReadItem


@dataclass(frozen=True)
class QueryView:
    """One description as every code's score reads it (read only)."""

    item: ReadItem
    weights: dict[str, float]
    gains: dict[str, float]  # weight times idf of each word
    total: float  # of the gains
    item_total: float  # of the item clause's gains
    opposites: dict[str, str]  # each word's opposite ("pneumatic" of "non-pneumatic")
    typed: set[str]  # the words typed, not negated
    bases: list[str]  # main nouns of what the item is said to belong to, not the item's own
    typed_for: set[str]  # naming words of what the item is said to be for
    naming: set[str]  # the item clause's naming words
    typed_regions: set[str]  # body regions in the item clause


def query_view(
    item: ReadItem,
    weights: dict[str, float],
    idf: Callable[[str], float],
    reader: ItemReader,
    for_words: Callable[[list[list[str]]], set[str]],
) -> QueryView:
    plain = reader.generic | reader.describing | reader.regions
    bases = [reader.base_head(clause) for clause in item.base_clauses]
    gains = {token: weight * idf(token) for token, weight in weights.items()}
    return QueryView(
        item=item,
        weights=weights,
        gains=gains,
        total=sum(gains.values()),
        item_total=sum(gain for token, gain in gains.items() if token in item.item_tokens),
        opposites={token: opposite(token) for token in weights},
        typed=item.positive,
        bases=[b for b in bases if b and b != item.head],
        typed_for=for_words(item.base_clauses),
        naming={t for t in item.item_tokens if not (t in plain or t.isdigit())},
        typed_regions=item.item_tokens & reader.regions,
    )


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
