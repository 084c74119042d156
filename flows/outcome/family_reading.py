"""The specific code of a NOC code's group (K0108's wheelchair parts) that an item reads as,
when the search's likely code ties with group siblings that differ from it by a feature.

The search scores "pneumatic drive wheel tires" alike for E2381 (the tire), E2382 (its tube)
and E2383 (its insert): the words the item says settle which one it is."""

from __future__ import annotations

import re

from flows.codes import FAMILY_TIE, Candidate, CodeBook

# Descriptor words that name no feature ("other than spinal applications" adds none to E0748).
FUNCTION_WORDS = frozenset({"other", "than", "with", "without", "each", "type", "only", "includes"})
# Words a group's descriptors share as billing terms, not as what sets one part apart
# (E2384 "... replacement only" against E2214 for a "pneumatic caster tire").
BILLING_WORDS = frozenset(
    {"replacement", "accessory", "component", "wheelchair", "size", "including"}
)
TIED_SHOWN = 6  # search results read for siblings tied with the likely code


def feature_words(text: str) -> set[str]:
    """A descriptor's content words, hyphenated ones in parts ("non-segmental": non, segmental)."""
    parts = re.findall(r"[a-z0-9]+", text.lower())
    return {
        w for w in parts
        if (len(w) > 3 or w == "non") and w not in FUNCTION_WORDS and not w.isdigit()
    }  # fmt: skip


def family_reading(codes: CodeBook, described: str, likely: Candidate) -> str | None:
    """The likely code, when no other code of its group scores as well; else the one tied code
    whose own descriptor words the item says while every other tied code adds a word it does
    not say ("tube", "insert", "back"); None when the item's words settle nothing."""
    family = codes.family_noc(likely.code)
    if family is None:
        return None
    tied = [
        c.code for c in codes.search(described, limit=TIED_SHOWN)
        if c.code != likely.code and codes.family_noc(c.code) == family
        and c.score >= likely.score - FAMILY_TIE
    ]  # fmt: skip
    if not tied:
        return likely.code
    said = {w[:5] for w in re.findall(r"[a-z0-9]+", described.lower())}
    words = {c: _part_words(codes, c) for c in [likely.code, *tied]}

    def said_over(code: str, other: str) -> bool:
        own, theirs = words[code] - words[other], words[other] - words[code]
        return all(w[:5] in said for w in own) and any(w[:5] not in said for w in theirs)

    read = [c for c in words if all(c == o or said_over(c, o) for o in words)]
    return read[0] if len(read) == 1 else None


def _part_words(codes: CodeBook, code: str) -> set[str]:
    return feature_words(codes.table[code].long_description) - BILLING_WORDS
