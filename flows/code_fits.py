"""Whether a code is the item the biller describes.

Two ways a well-covered code is still another item than the one the biller describes, so
the search warns of no likely specific code (flows/codes.py `likely_specific`):

- the item's main noun is only a word describing one of the code's street names: a "weighted
  blanket" is no "blanket support" (Bed cradle, E0280), whose noun is the support;
- the description names a vehicle or a part of the home the item is fitted to (synonyms.yaml
  `place_words`) that the code does not: a "van wheelchair lift" or a "stair lift chair" is
  no seat lift mechanism.

And how much of a code's own descriptor the description says (`says_descriptor`), the test a
code the biller reviewed must pass before the outcome bills it over a NOC code, with
`another_item`: a cover or wheels of the code's item are not that item.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from flows.text import stem

if TYPE_CHECKING:
    from flows.code_search import CodeRanker
    from flows.noc_routing import NocRouter
    from flows.noc_scopes import ScopeFinder

# Share of a descriptor's naming words (weighted by rarity) the description must type before a
# code the biller reviewed reads as the item (measured in docs/codes.md, "A reviewed code").
DESCRIPTOR_TYPED = 0.7
# Descriptor words a description need not type: one of two alternatives ("adjustable or fixed")
# once the other is said, and what "any"/"all" leaves open ("canes of all materials").
_ALTERNATIVES = re.compile(r"\b([a-z]+),? (?:and/)?or ([a-z]+)\b")
_PARTICIPLE = re.compile(r"(?:ed|ing)$")
_LEAD = re.compile(r"^[^,]*\b(?:accessory|component),", re.I)  # "Wheelchair accessory, ..."
_SLASHED = re.compile(r"\b([a-z]+)/([a-z]+)\b")
_LEFT_OPEN = re.compile(r"\b(?:any|all)\s+([a-z]+)")
# A NOC code for components or accessories of another item (A9900, K0108, L9900).
_COMPONENT_NOC = re.compile(r"\b(?:component|accessory)\b", re.I)
_PIECE_AFTER = re.compile(r":\s|\s-\s")  # "folding walker: hinge ...", "stim - the belt ..."
_NO_PIECE = re.compile(
    r"\s*(?:\d|(?:is|are|was|what|which|ok|okay|right|do|does|did|can|should|we|i|got)\b"
    r"|(?:use|bill|code|coded|keyed)\b"  # how to bill it: "wheelchair tray - use E1399 or?"
    r"|(?:[a-z]+ed|caught) (?:in|on|by|at|into|off|under)\b)",
    re.I,
)
_WHERE_IT_GOES = re.compile(r"\s*(?:for|to|into|in|on|onto|fits?|fitted)\b", re.I)


def head_only_describes(ranker: CodeRanker, description: str, code: str) -> bool:
    """True when the code says the item's main noun only inside a street name whose own main
    noun is another word, never in its descriptor."""
    head = ranker.read_query(description).head
    indexed = ranker.indexed(code)
    if head is None or head in indexed.alias_heads:
        return False
    if any(t == head or t.endswith(head) and len(t) > len(head) + 2 for t in indexed.own):
        return False  # the descriptor says it, alone or as a word's second half (wheelchair)
    return any(head in alias for alias in indexed.aliases)


def other_place(ranker: CodeRanker, places: frozenset[str], description: str, code: str) -> bool:
    """True when the description names a place word the code does not use, before any dash
    or colon when what follows says what happened ("wheel bent - caught in the car door"),
    not where the item goes ("lift - for the van")."""
    split = _PIECE_AFTER.search(description)
    if (
        split is not None
        and not _WHERE_IT_GOES.match(description[split.end() :])
        and ranker.read_query(description[: split.start()]).head is not None
    ):
        description = description[: split.start()]
    typed = ranker.read_query(description).positive & places
    return bool(typed - ranker.indexed(code).tokens)


def another_item(ranker: CodeRanker, scopes: ScopeFinder, description: str, code: str) -> bool:
    """A code the biller reviewed is still another item than the one described when the item
    is a piece of it named by a part word its descriptor does not use (a "cpap machine dust
    cover" is no CPAP device, E0601, while a "tray for a wheelchair" is the tray E0950), or
    when the item's words hold a noun naming other codes' items that neither the code's
    descriptor nor its search words use (a "bath lift seat" is no "Seat lift mechanism",
    E0627, while a "worn" brake attachment is still E0159)."""
    part, tokens = scopes.part_of(description), ranker.indexed(code).tokens
    if (
        part is not None
        and not part.by_link
        and not ranker.reader.read(part.noun).positive <= tokens
    ):
        return True
    # Only in the words naming the item: a lift "fitted into the recliner" is still the lift.
    naming = scopes.naming_phrase(description) or description  # "over bed table" opens with "over"
    # A participle describes ("padded" is no pad): only words said as nouns count.
    nouns = {stem(w) for w in re.findall(r"[a-z]+", naming.lower()) if not _PARTICIPLE.search(w)}
    return bool(ranker.unnamed_words(naming, code) & ranker.item_nouns & nouns)


def names_item(ranker: CodeRanker, description: str, code: str, descriptor: str) -> bool:
    """The item's words say the code's whole name, a generic or describing word or an
    alternative to a said one aside ("bed exit alarm pad" says A9280's "Alert or alarm device";
    "monitoring hub" A9279's "Monitoring feature/device"; a stepper "for home exercise" A9300's
    "Exercise equipment"); a "rain poncho cover over the chair" is no "Over-bed table". A
    device's accessory ("Bed accessory", E0315) names an item said to be for that device
    ("stand for the hospital bed"), never one that only says its word ("over-bed stand")."""
    item, indexed = ranker.read_query(description), ranker.indexed(code)
    if indexed.lead_for:
        return bool(indexed.lead_for & {t for clause in item.base_clauses for t in clause})
    plain = ranker.reader.generic | ranker.reader.describing
    said = item.positive | plain
    either = _SLASHED.sub(r"\1 or \2", descriptor.lower())  # "feature/device": either one
    name = indexed.name_tokens - plain
    return bool(name) and name <= said | _said_anyway(either, said)


def says_descriptor(
    ranker: CodeRanker, description: str, code: str, descriptor: str, reviewed: bool
) -> bool:
    """True when the description's item clause holds the code's whole name ("brake attachment"
    of "Brake attachment for wheeled walker") and most of the descriptor's naming words are
    typed: a "dust cover for the cpap" holds CPAP's words only in what it is for. For a code the
    biller `reviewed`, a category lead ("Manual wheelchair accessory, ...") may be said anywhere
    ("tray ..., for a manual w/c"); otherwise the item's own words must say it too, or the
    item's main noun is the code's and the rest of the name is what it is for."""
    item, indexed = ranker.read_query(description), ranker.indexed(code)
    plain = ranker.reader.generic | ranker.reader.describing
    lead = _LEAD.match(descriptor)
    led = ranker.reader.read(lead.group(0)).positive if lead else set()
    named = {t for t in indexed.name_tokens if not (t in plain or t.isdigit())}
    name = named - led if reviewed else named
    said = item.positive | _said_anyway(descriptor.lower(), item.positive | plain)
    # "platform attachment for the forearm crutch" says "Platform attachment, forearm crutch":
    # the item's main noun is the code's, and the rest of its name is what the item is for;
    # every describing word is said too ("gel seat cushion for wheelchair" is not "powered").
    for_what = (
        not reviewed
        and item.head in named
        and named - led <= said
        and {t for t in indexed.own if t in ranker.reader.describing} <= said
    )
    if not name or not (name <= item.item_tokens or for_what):
        return False
    naming = [t for t in indexed.own if not (t.startswith("~") or t in plain or t.isdigit())]
    total = sum(ranker.idf(t) for t in naming)
    typed = sum(ranker.idf(t) for t in naming if t in said)
    return total > 0 and typed >= DESCRIPTOR_TYPED * total


def _said_anyway(descriptor: str, said: set[str]) -> set[str]:
    """Descriptor words the description need not type (see _ALTERNATIVES and _LEFT_OPEN)."""
    found = {stem(word) for word in _LEFT_OPEN.findall(descriptor)}
    for one, other in _ALTERNATIVES.findall(descriptor):
        pair = {stem(one), stem(other)}
        if pair & said:
            found |= pair
    return found


def piece_of_coded_item(
    router: NocRouter,
    ranker: CodeRanker,
    descriptors: dict[str, str],
    description: str,
    code: str,
) -> bool:
    """True when the description names an item, then after a colon or a dash a piece of it the
    routing bills as a component or accessory of another code (A9900, K0108), and the code
    says no word of the piece: "folding walker: the hinge button set is jammed" is no walker,
    "alternating pressure mattress: valve only" no mattress."""
    split = _PIECE_AFTER.search(description)
    # A count, a question to the team or what happened after the dash ("each - 2 units",
    # "K0733 - is that right??", "bent - caught in the car door") names no piece.
    if split is None or _NO_PIECE.match(description[split.end() :]):
        return False
    routed, _ = router.route(description, None)
    if not _COMPONENT_NOC.search(descriptors.get(routed, "")):
        return False
    piece = ranker.read_query(description[split.end() :]).positive
    plain = ranker.reader.generic | ranker.reader.describing
    return not (piece - plain) & ranker.indexed(code).tokens


# How far the ranker's first code must lead its second to be offered alone when no code covers
# enough of a long description (measured in docs/codes.md, "Candidates").
CLEAR_LEAD = 1.2


def clear_lead(
    ranker: CodeRanker, description: str, offered: Collection[str]
) -> list[tuple[str, float]]:
    """The ranker's first code, when no code covers enough of the description to be offered
    but that one leads the next by far and is the item described: a long intake note whose
    story holds most of its words ("C5 tetraplegic, 155 lb, group 3 with power tilt as the only
    seat function") leaves even the right code a small share."""
    ranked = ranker.scored(description, 2)
    if len(ranked) < 2 or ranked[0][0] not in offered or ranked[1][1] <= 0:
        return []
    (code, first, share), (_, second, _) = ranked
    lead = first >= CLEAR_LEAD * second and ranker.agrees(description, code)
    return [(code, share)] if lead else []
