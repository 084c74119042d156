"""The specific code an item reads as when codes the search shows differ by a feature only: a
NOC code's group (K0108's wheelchair parts), a likely or keyed code's siblings, a keyed code
the search reads far ahead of.

The search scores "pneumatic drive wheel tires" alike for E2381 (the tire), E2382 (its tube)
and E2383 (its insert): the words the item says settle which one it is."""

from __future__ import annotations

import re
from collections import Counter

from flows.codes import FAMILY_TIE, Candidate, CodeBook
from flows.text import stem

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
    return set(_feature_counts(text))


_WORD = re.compile(r"[a-z0-9]+")  # compiled once: read for every descriptor of every claim
_LETTERS = re.compile(r"[a-z]+")
_BRACKETED = re.compile(r"\(([a-z0-9]{2,6})\)")  # a descriptor's short form: "(EMG)"


def _feature_counts(text: str) -> Counter[str]:
    """`feature_words` with how often each stands: E1008 says "power" twice ("power seating
    system ... with power shear reduction"), E1007 once, so "power" is what E1008 adds."""
    parts = _WORD.findall(text.lower())
    return Counter(
        w for w in parts
        if (len(w) > 3 or w == "non") and w not in FUNCTION_WORDS and not w.isdigit()
    )  # fmt: skip


# "for use other than knee", "without shear reduction": the words after these a code is not
# ("with or without range of motion adjustment" rules out nothing).
_RULED_OUT = re.compile(r"\b(?:other than|(?<!or )without|except)\s+([a-z0-9 -]+)")


def ruled_out(descriptor: str) -> set[str]:
    """The feature words a descriptor says its item is not: E0936 "for use other than knee"
    rules out "knee", so a "CPM for the knee" is never E0936, whatever the scores."""
    found = _RULED_OUT.findall(descriptor.lower())
    return set().union(*(feature_words(words) for words in found)) if found else set()


# An item's words said as absent ("(no adhesive)", "not the ear level kind", "non-hinged",
# "w/o wheels"): the word after the negation, past an article ("non cuffed silicone" says
# silicone).
_NEGATED = re.compile(
    r"\b(?:no|not|non|w/o|without|never)(?:\s+(?:the|a|an|any))?[\s-]+([a-z0-9]+)"
)
# A descriptor's words it does not have or may lack: "non-pneumatic", "other than ear level",
# "with or without joints" (up to the next comma).
_DESCRIPTOR_LACKS = re.compile(
    r"\b(?:with or without|other than|without|except|non|not)[\s-]+[^,;()]*"
)


def denied_stems(text: str) -> tuple[set[str], set[str]]:
    """The item's words said outright and those said only as absent, cut to five letters: in
    "silicone breast form (no adhesive)" "adhesive" is said absent, never said."""
    lowered = text.lower()
    denied = {w[:5] for phrase in _NEGATED.findall(lowered) for w in _WORD.findall(phrase)}
    said = said_stems(_NEGATED.sub(" ", lowered))
    return said, denied - said


def _has_denied(codes: CodeBook, code: str, denied: set[str]) -> bool:
    """The code's descriptor has a feature the item says it lacks: L8031 "with integral
    adhesive" for a form with "no adhesive" (not L8030's "without integral adhesive", nor a
    boot "with or without joints" for one with no joints)."""
    kept = _DESCRIPTOR_LACKS.sub(" ", codes.table[code].long_description.lower())
    return any(w[:5] in denied for w in feature_words(kept))


def _apart(own: Counter[str], theirs: Counter[str]) -> tuple[set[str], set[str]]:
    """The words one descriptor has more often than the other, each way."""
    return set(own - theirs), set(theirs - own)


_JOINING_WORDS = FUNCTION_WORDS | {"and"}  # left out of a descriptor's stems


def said_stems(text: str, *, descriptor: bool = False) -> set[str]:
    """The item's words cut to five letters, as descriptor words are matched against them; a
    `descriptor`'s words of three letters or more, plural or not alike ("pads", "pad")."""
    words = _WORD.findall(text.lower())
    if descriptor:
        return {w.rstrip("s")[:5] for w in words if len(w) > 2 and w not in _JOINING_WORDS}
    return {w[:5] for w in words}


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
    said = said_stems(described)
    words = {c: _part_words(codes, c) for c in [likely.code, *tied]}

    def said_over(code: str, other: str) -> bool:
        own, theirs = _apart(words[code], words[other])
        return all(w[:5] in said for w in own) and any(w[:5] not in said for w in theirs)

    read = [c for c in words if all(c == o or said_over(c, o) for o in words)]
    return read[0] if len(read) == 1 else None


def _part_words(codes: CodeBook, code: str) -> Counter[str]:
    counts = _feature_counts(codes.table[code].long_description)
    return Counter({w: n for w, n in counts.items() if w not in BILLING_WORDS})


SIBLING_WORDS = 2  # descriptor words either way that make a sibling (a direction, a joint side)
SIBLING_TIE = 0.03  # a sibling scoring within this of the likely code reads as well
MOST_SIBLINGS = 3  # more codes tied than this: a base by configuration the words rarely settle
OTHER_LEAD = 0.02  # a code that is no sibling must trail the reading by this much
# Descriptor names that say only the kind of line ("Power wheelchair accessory, ...").
GENERIC_NAME = BILLING_WORDS | {"power", "manual"}


def sibling_reading(codes: CodeBook, described: str, likely: Candidate) -> str | None:
    """The likely code, or the one sibling the item's words settle on, whatever its group:
    siblings are shown codes scoring as well that differ from it by a feature of one or two
    descriptor words ("extension only", "extension and flexion"; "only" counts here). A wrist
    device that "does extension AND flexion" is E1805, not E1807 "extension only"; an ankle
    device "extension only" is E1822 whichever the search put first. None when the words
    settle nothing (a "toe device, both ext and flex" says no descriptor word of the three),
    when another kind of code scores about as well, or when the item says no word of the
    code's name (a "heavy duty bed, 750 lb" is no "Trapeze bar", whatever the search reads)."""
    shown = codes.search(described, limit=TIED_SHOWN)
    words = {likely.code: _sibling_words(codes, likely.code)}
    scores = {c.code: c.score for c in shown}
    for candidate in shown:
        if candidate.code in words or candidate.score < likely.score - SIBLING_TIE:
            continue
        theirs = _sibling_words(codes, candidate.code)
        own = words[likely.code]
        if max(len(theirs - own), len(own - theirs)) <= SIBLING_WORDS:
            words[candidate.code] = theirs
    said, denied = denied_stems(described)
    # A code whose descriptor rules out a word the item says, or has a feature the item says it
    # lacks, is not the item, tied or not.
    excluded = {
        c.code for c in shown
        if any(w[:5] in said for w in ruled_out(codes.table[c.code].long_description))
        or _has_denied(codes, c.code, denied)
    }  # fmt: skip
    words = {c: w for c, w in words.items() if c not in excluded}

    def said_over(code: str, other: str) -> bool:
        own, theirs = words[code] - words[other], words[other] - words[code]
        # The likely code may add nothing: its sibling's added feature, unsaid, is not the item
        # (a "portable sitz bath" is E0160, not E0161 "with faucet attachment/s").
        return (
            (bool(own) or code == likely.code)
            and all(w[:5] in said for w in own)
            and any(w[:5] not in said for w in theirs)
        )

    read = [c for c in words if all(c == o or said_over(c, o) for o in words)]
    if len(words) > MOST_SIBLINGS or len(read) != 1:
        return None
    score = scores.get(read[0], likely.score)
    rivals = [c for c in shown if c.code not in words and c.code not in excluded]
    if any(c.score > score - OTHER_LEAD for c in rivals):
        return None
    return read[0] if _name_said(codes, read[0], said, described) else None


def sibling_said(codes: CodeBook, described: str, billed: str) -> str | None:
    """A code that is the billed code's sibling by one feature, the item saying the sibling's
    and not the billed code's: E0491 is E0493 "controlled by hardware remote" for "phone
    application", and a "mouthpiece with hardware remote" is E0491 whatever was keyed. Or the
    size the item states: a "24 inch" cushion keyed E2622 (under 22 inches) is E2623. The
    item's feature is read in the whole description, else in its sentences that do not name
    the billed code ("DUAL delivery port. we bill E1390 - is that the single port one?")."""
    own = feature_words(codes.table[billed].long_description)
    shown = codes.search(described, limit=5)
    if shown and codes.outside_range(described, billed):  # "24 inch width" keyed E2622 (<22)
        first = shown[0].code
        theirs = feature_words(codes.table[first].long_description)
        size_only = max(len(theirs - own), len(own - theirs)) <= SIBLING_WORDS
        if first != billed and size_only and not codes.outside_range(described, first):
            return first
    found = _feature_sibling(codes, described, billed, shown, own)
    item = about_the_item(described, billed)
    if found is None and item and item != described:
        found = _feature_sibling(codes, item, billed, shown, own)
    return found


def _feature_sibling(
    codes: CodeBook, text: str, billed: str, shown: list[Candidate], own: set[str]
) -> str | None:
    """sibling_said's shown code differing from the billed code by a feature `text` says while
    it says none of the billed code's."""
    said = said_stems(text)
    # The billed code's own feature counts as said in the search's reading of the item too:
    # "pneumatic/hydraulic control" beside a knee's swing is the "fluid" control of L5615.
    read = {w[:5] for w in codes.read_item(text).weights}
    # The first code shown names what the item says where the billed code (one in force) names
    # its rival (rival_words: a "captains chair" keyed K0854, sling/solid seat, is K0855).
    rival = (
        bool(shown)
        and codes.table[billed].termination_date is None
        and bool(codes.rivals_said(text, billed))
        and not codes.rivals_said(text, shown[0].code)
    )
    for candidate in shown:
        if candidate.code == billed or candidate.code not in codes.table:
            continue
        theirs = feature_words(codes.table[candidate.code].long_description)
        gained, lost = theirs - own, own - theirs
        feature = 0 < len(gained) <= SIBLING_WORDS and 0 < len(lost) <= SIBLING_WORDS
        feature = feature or (rival and candidate == shown[0] and len(gained) <= SIBLING_WORDS)
        if (
            feature
            and all(w[:5] in said for w in gained)
            and not any(w[:5] in said or w[:5] in read for w in lost)
        ):
            return candidate.code
    return None


SENTENCE_END = re.compile(r"(?<=[.?!;])\s+")


def about_the_item(described: str, billed: str) -> str:
    """The description without its sentences that name the billed code: "we bill E1390 - is
    that the single port one?" and "we coded E0486 (custom)" say what the keyed code is, not
    what the item is."""
    named = re.compile(rf"\b{re.escape(billed)}\b", re.IGNORECASE)
    return " ".join(s for s in SENTENCE_END.split(described) if not named.search(s)).strip()


def _name_said(codes: CodeBook, code: str, said: set[str], described: str) -> bool:
    """The item says a word of the code's name: its descriptor's first phrase that names more
    than the kind of line ("Wheelchair accessory, manual swingaway": swingaway), typed or as
    the search reads the item's shorthand ("peds" for "pediatric size"), or one of its street
    names said in full ("knee walker" names E0118's "Crutch substitute")."""
    if codes.alias_typed(described, code):
        return True
    read = codes.read_item(described).positive
    for phrase in codes.table[code].long_description.split(","):
        # with the short form the descriptor gives in brackets: "Electromyography (EMG)"
        named = feature_words(phrase) - FUNCTION_WORDS
        named |= set(_BRACKETED.findall(phrase.lower()))
        if named and not named <= GENERIC_NAME:
            return any(w[:5] in said or stem(w) in read for w in named)
    return False


def _sibling_words(codes: CodeBook, code: str) -> set[str]:
    descriptor = codes.table[code].long_description.lower()
    return set(_part_words(codes, code)) | ({"only"} & set(_LETTERS.findall(descriptor)))


KEYED_LEAD = 0.15  # by this much the search's sure code must outscore a keyed code it replaces
RIVAL_LEAD = 0.04  # and every other code shown by this much


def reads_clearly_over(
    codes: CodeBook, described: str, other: str, billed: str, named: tuple[str | None, ...]
) -> bool:
    """The search's sure code for the item leads the keyed code by a wide margin and every
    other code shown (not the repaired or base item's) by RIVAL_LEAD, and the item says a word
    of its name: "CES ear clip electrodes + solution, monthly. keyed A4595 (tens supplies)" is
    A4596, whatever A4595's name shares with it. Not a code whose size range leaves out the
    size the item states (a "26 in" frame is no frame depth "20 to less than 22 inches")."""
    shown = {c.code: c.score for c in codes.search(described, limit=TIED_SHOWN)}
    score = shown.get(other)
    if score is None or score < shown.get(billed, 0.0) + KEYED_LEAD:
        return False
    # A feature sibling of the keyed code (a frame's depth for its width) is sibling_said's.
    own, theirs = _sibling_words(codes, billed), _sibling_words(codes, other)
    if codes.outside_range(described, other) or max(len(own - theirs), len(theirs - own)) <= 3:
        return False
    rivals = [s for c, s in shown.items() if c not in (other, billed) and c not in named]
    name_said = _name_said(codes, other, said_stems(described), described)
    return all(s <= score - RIVAL_LEAD for s in rivals) and name_said


WHOLE_SYSTEM = re.compile(r"\bincludes all (?:supplies and )?(?:accessories|components)\b", re.I)


def whole_system_of_part(codes: CodeBook, code: str, named: tuple[str | None, ...]) -> bool:
    """A whole system's code ("includes all components/accessories") read for an item the
    claim says is for a base item: that item is a part or an addition (a ceiling-track section
    for the beneficiary's own E0630 lift), never the whole E0640 fixed lift system. A part's
    own code that includes its components ("replacement only": A7020's interface) is a part."""
    descriptor = codes.table[code].long_description
    part = "replacement only" in descriptor.lower()
    return any(named) and not part and bool(WHOLE_SYSTEM.search(descriptor))


CLEAR_SHARE = 0.4  # how much of the item a NOC line's clear reading must cover
CLEAR_LEAD = 0.2  # and by how much it must lead every other code the search shows


def clear_reading(codes: CodeBook, described: str, named: tuple[str | None, ...]) -> str | None:
    """The code the search reads a NOC line's item as, far ahead of every other code shown
    (not the repaired or base item's), when the item says a word of its name: "breathing
    circuit for IPPB machine, he owns it" is A4618 whatever the search's sureness rules say of
    "machine". None when another code comes near or the item's stated size is out of range."""
    shown = [c for c in codes.search(described, limit=TIED_SHOWN) if c.code not in named]
    if not shown or shown[0].score < CLEAR_SHARE:
        return None
    first = shown[0]  # the ranker's first, which the search keeps first
    if any(c.score > first.score - CLEAR_LEAD for c in shown[1:]):
        return None
    # K0108's own parts are family_specific_code's; a feature sibling shown (A7013
    # "disposable" for a "non-disposable" filter) is the sibling rules' to settle; an item the
    # code is not (a "motorized" traction table for E0941's gravity-assisted device).
    # A supply "for" its device (a circuit "for IPPB machine") is still the supply.
    own = said_stems(codes.table[first.code].long_description, descriptor=True)
    said = said_stems(described.replace("-", ""))
    siblings = (
        said_stems(codes.table[c.code].long_description, descriptor=True) for c in shown[1:]
    )
    if (
        whole_system_of_part(codes, first.code, named)
        or codes.family_noc(first.code) == "K0108"
        or any(_said_sibling(own, theirs, said) for theirs in siblings)
        or codes.reads_as_other(described, first.code, base=False)
        or codes.outside_range(described, first.code)
    ):
        return None
    name_said = _name_said(codes, first.code, said_stems(described), described)
    return first.code if name_said else None


def _said_sibling(own: set[str], theirs: set[str], said: set[str]) -> bool:
    """A code differing from the reading by a feature or two (sharing a word with it), whose
    own feature the item says: "non-disposable" is A7014's "nondisposable", not A7013."""
    gained = theirs - own
    close = bool(own & theirs) and max(len(own - theirs), len(gained)) <= SIBLING_WORDS
    return close and any(w[:5] in said for w in gained)


def sibling_read_higher(codes: CodeBook, described: str, code: str) -> bool:
    """The search reads the item higher as a sibling of the code by one feature (its descriptor
    stems differ by one or two words either way): "ONE wooden crutch" reads higher as E0113
    ("each") than as E0112 ("pair"), so E0112 is no sure reading of it."""
    own = said_stems(codes.table[code].long_description, descriptor=True)
    shown = codes.search(described, limit=5)
    score = next((c.score for c in shown if c.code == code), None)
    for candidate in shown:
        if score is None or candidate.code == code or candidate.score <= score:
            continue
        theirs = said_stems(codes.table[candidate.code].long_description, descriptor=True)
        gained, lost = theirs - own, own - theirs
        if (gained or lost) and max(len(gained), len(lost)) <= SIBLING_WORDS:
            return True
    return False
