"""What a biller says of their own line while typing it: what they take back ("bed alarm pad?
no - washable underwear" is the underwear) and that they looked for a code and none fits."""

from __future__ import annotations

import re

from flows.noc_families import contains_words

# A question or trailing dots, then "no" (or "wait no", "no wait", "actually") and a dash, colon
# or comma, or "wait no" / "no wait" anywhere: what was typed before it is withdrawn. A plain
# "no" ("no mattress", "rails? no") is a negation or an answer, and is left alone.
_TAKEN_BACK = re.compile(
    r"(?:(?:\?+|\.{2,}|…)\s*(?:no|nope|actually|wait,?\s*no|no,?\s*wait)\s*[-–—:,]"
    r"|\bwait,?\s+no\b\s*[-–—:,]?|\bno,?\s+wait\b\s*[-–—:,]?)\s*",
    re.IGNORECASE,
)


_LINK = re.compile(r"^(for|with|on|to|in)\b", re.IGNORECASE)


def without_taken_back(description: str) -> str:
    """The description with what the biller took back left out: the words since the last colon,
    bracket or comma before the correction ("power chair: bracket... no, the plate" keeps "power
    chair:"), or, when the correction starts with a linking word, since that word ("for the
    PEG... wait no, for home IV push" keeps the item named before "for")."""
    found = list(_TAKEN_BACK.finditer(description))
    if not found:
        return description
    last = found[-1]
    rest = description[last.end() :].strip()
    if not any(ch.isalpha() for ch in rest):
        return description
    before = description[: last.start()]
    link = _LINK.match(rest)
    linked = list(re.finditer(rf"\b{link.group(1)}\b", before, re.I)) if link else []
    cut = linked[-1].start() if linked else max(before.rfind(c) for c in ":(,;") + 1
    return f"{before[:cut].strip()} {rest}".strip()


# "nothing in L2xxx matches", "nothing in the catalog fits": the biller has looked for a code.
_NOTHING_FITS = re.compile(r"\bnothing\b(?:\s+[\w/-]+){0,4}\s+(?:matches|fits|describes)\b", re.I)
# A range or series of codes (or "code", "coded", "listed", "descriptor") the biller says none of
# fits: "no A650x code names it", "none of E0650-E0673", "not matching any L18xx descriptor", "no
# coded device fits". A plain "not" counts only with "any" or a word of fitting ("not matching
# A6501-A6513"): "not the A code", "not a K08xx model" name the code the item is not, and one
# code negated ("not the E0260") says nothing of the others. Words do not cross punctuation.
_CODES = r"(?:codes?|coded|descriptors?|listed|[a-z]\d{4}\s*-\s*[a-z]?\d{4}|[a-z]\d{1,3}x{1,4}s?)"
_GAP = r"(?:\s+[\w/']+(?:-[\w/']+)*){0,4}?\s+"
_NONE_OF = re.compile(
    rf"\b(?:no|none|nothing|neither|nor|without)\b{_GAP}{_CODES}\b"
    rf"|\b(?:not|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t)\s+(?:[\w/']+\s+){{0,3}}?"
    rf"(?:any|match(?:es|ing)?|fit(?:s|ting)?|describ(?:e|es|ing)|in\s+any){_GAP}{_CODES}\b",
    re.I,
)


def says_nothing_fits(description: str, no_code_phrases: list[str]) -> bool:
    """The biller writes that no code fits the item: a reviewed phrase ("no L code fits") or
    nothing in the codes they checked."""
    found = any(pattern.search(description) for pattern in (_NOTHING_FITS, _NONE_OF))
    return found or contains_words(description, no_code_phrases)
