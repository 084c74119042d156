"""Street names shared by the sizes of one item: "ace wrap" names every width of the bandage.

CMS often codes one item by size: "Light compression bandage, ..., width less than three
inches", "... greater than or equal to three inches and less than five inches", "... five
inches or greater". A street name usually sits under one of them (the commonest size), but it
names the item, not the size: its words are given to the other sizes too, so that "ace wrap 2
inch" finds the under-three-inches code by its width. Only the words are shared: the code the
street name sits under keeps its street-name bonus, so "ace wrap" with no size still finds it.
A street name that says a size ("large ostomy wafer", "bariatric bed over 600 lb") stays put.

The same holds for codes of one name that differ in how they are made or what they come with
("Sacroiliac orthosis, ..., custom fabricated" and "..., prefabricated, off-the-shelf"): a street
name's words that none of their descriptors says ("si belt") name the item, so every one of them
gets those words, and the details typed ("OTS") pick the variant.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from flows.item_quantities import Quantity, quantity_fit
from flows.item_text import NEGATED, ItemReader

if TYPE_CHECKING:
    from flows.code_search import CodeRanker

# How an orthosis is made, as the shorthand reads the CMS wording (docs/codes.md, item 12).
FABRICATION = frozenset({"customfit", "customfabr", "custom", "~custom", "prefabr", "off", "shelf"})


def size_variant_words(
    descriptors: dict[str, str], aliases: dict[str, list[str]], reader: ItemReader
) -> dict[str, set[str]]:
    """Code -> the words of its size variants' street names (codes that say the same words and
    differ only in a stated quantity, or in how the orthosis is made: "rom knee brace" names the
    custom-fitted L1832 as much as the off-the-shelf L1833)."""
    sizes = reader.variant | reader.generic | FABRICATION  # heavy duty, extra, wide, large, ...
    variants: dict[frozenset[str], list[str]] = defaultdict(list)
    for code, descriptor in descriptors.items():
        read = reader.read(descriptor)
        if read.quantities:
            variants[frozenset(read.weights)].append(code)
        elif read.weights.keys() & FABRICATION:  # off the shelf or custom fitted, else the same
            variants[frozenset(read.weights.keys() - FABRICATION) | {"~made"}].append(code)
    shared: dict[str, set[str]] = {}
    for codes in variants.values():
        for code in codes:
            for other in codes:
                for alias in aliases.get(other, []) if other != code else []:
                    read = reader.read(alias)
                    if not read.quantities and not read.weights.keys() & sizes:
                        shared.setdefault(code, set()).update(read.weights)
    return shared


def sibling_street_words(
    descriptors: dict[str, str],
    aliases: dict[str, list[str]],
    reader: ItemReader,
    names: dict[str, frozenset[str]],
) -> dict[str, set[str]]:
    """Code -> the street-name words of the codes sharing its name (`names`: each code's name,
    describing words left out) that no descriptor of that name says: "belt" of "si belt" for
    every sacroiliac orthosis, not "hinged" of "hinged knee brace" (some knee orthoses say it)."""
    plain = reader.generic | reader.describing | reader.variant | reader.regions
    by_name: dict[frozenset[str], list[str]] = defaultdict(list)
    for code, name in names.items():
        if name:
            by_name[name].append(code)
    shared: dict[str, set[str]] = {}
    for codes in by_name.values():
        if len(codes) < 2:
            continue
        said = set().union(*(reader.read(descriptors[c]).weights for c in codes))
        said |= {t.removeprefix(NEGATED) for t in said}
        for code in codes:
            for other in codes:
                for alias in aliases.get(other, []) if other != code else []:
                    head = reader.read(alias).head
                    if head and head not in plain and head not in said:
                        shared.setdefault(code, set()).add(head)
    return shared


def beyond_range(ranker: CodeRanker, description: str, code: str) -> bool:
    """True when the description states a quantity outside the code's range: a "700 lb" power
    chair is no "patient weight capacity 451 to 600 pounds" one, whatever else it shares."""
    typed = ranker.read_query(description).quantities
    return bool(typed) and quantity_fit(ranker.indexed(code).quantities, typed) < 1


def range_quantities(
    codes: list[str], reader: ItemReader, ranges: dict[str, str]
) -> dict[str, list[Quantity]]:
    """Code -> the quantities a policy states for it though its descriptor says none
    (synonyms.yaml `range_quantities`: "K0006" -> "weight capacity greater than 250 pounds")."""
    stated: dict[str, list[Quantity]] = {}
    for spelled, text in ranges.items():
        low, _, high = spelled.partition("-")
        quantities = reader.read(text).quantities
        for code in codes:
            if low <= code <= (high or low):
                stated.setdefault(code, []).extend(quantities)
    return stated
