"""What a biller says of their own line while typing it: what they take back ("bed alarm pad?
no - washable underwear" is the underwear) and that they looked for a code and none fits."""

from __future__ import annotations

import functools
import re

from flows.noc_families import contains_words
from flows.noc_file import NocFile, ReplacementReasons

# A question or trailing dots, then "no" (or "wait no", "no wait", "actually") and a dash, colon
# or comma, or "wait no" / "no wait" anywhere: what was typed before it is withdrawn. A plain
# "no" ("no mattress", "rails? no") is a negation or an answer, and is left alone.
_TAKEN_BACK = re.compile(
    r"(?:(?:\?+|\.{2,}|…)\s*(?:no|nope|actually|wait,?\s*no|no,?\s*wait)\s*[-–—:,]"
    r"|\bwait,?\s+no\b\s*[-–—:,]?|\bno,?\s+wait\b\s*[-–—:,]?)\s*",
    re.IGNORECASE,
)


_LINK = re.compile(r"^(for|with|on|to|in)\b", re.IGNORECASE)
_EMPTY_CLAUSES = re.compile(r"\s*([,;:])(?:\s*[,;:])+")


@functools.lru_cache(maxsize=4)
def _reason_pattern(
    phrases: tuple[str, ...], after_leads: tuple[str, ...], leads: tuple[str, ...]
) -> re.Pattern[str]:
    """Why an item is replaced, with the lead before it and an "of" or "to" after it: "after
    house fire of pt's lift" leaves "pt's lift"."""

    def any_of(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)"

    lead = rf"(?:(?:{any_of(leads)})\s+(?:(?:a|an|the|its)\s+)?)"
    reason = rf"(?:{lead}?(?:{any_of(phrases)})|{lead}(?:{any_of(after_leads)}))"
    return re.compile(rf"(?<![\w-]){reason}(?![\w-])(?:\s+(?:of|to)\b)?", re.IGNORECASE)


def without_reason(description: str, reasons: ReplacementReasons | None) -> str:
    """The description without why the item is replaced ("worn out", "after a fire"): the
    reason decides RA and the narrative, never the item's code (facts F16.9)."""
    if reasons is None:
        return description
    leads = tuple(reasons.leads)
    left = _reason_pattern(tuple(reasons.phrases), tuple(reasons.after_leads), leads).sub(
        " ", description
    )
    if left == description or not any(ch.isalpha() for ch in left):
        return description
    # the clauses the reason filled are left empty: "lift, old one worn out" is "lift"
    left = _EMPTY_CLAUSES.sub(r"\1", left)
    return " ".join(left.split()).strip(" ,;:-\u2013\u2014")


def item_words(description: str, rules: NocFile) -> str:
    """The words naming the item: none the biller took back, nor why the item is replaced."""
    return without_reason(without_taken_back(description), rules.replacement_reasons)


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
# A biller who says a range or series of codes has none for the item ("none of E0650-E0673",
# "not in any A65xx code"), or that no code fits it ("no L18xx descriptor fits", "not matching
# any code"), has checked. A plain "not" counts only with "any" or a word of fitting: "not a
# K08xx model" names the kind the item is not, and one code negated ("not the E0260") says
# nothing of the others. "Listed" or "coded" alone ("no coded item on the delivery ticket") is
# no check, and a clause naming a document or another kind of code (`noc.yaml`
# `code_context_words`: "no dx code on the order") is about that, not the item's code.
_RANGE = re.compile(r"\b([a-z]\d{4})\s*[-–]\s*([a-z]?\d{4})\b", re.I)
_SERIES = r"(?:[a-z]\d{4}-[a-z]?\d{4}|[a-z]\d{1,3}x{1,4}s?)"
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]]|\s[-–—]+\s|\s[-–—]+$")
_NEGATOR = re.compile(
    r"\b(?:(no|none|nothing|neither|nor|without)|not|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t)\b",
    re.I,
)
_FIT = r"(?:fit(?:s|ting)?|match(?:es|ing)?|describ(?:e|es|ing)|names?\s+(?:it|this|them))"
_CODE = r"(?:codes?|descriptors?)"
_WORDS = r"(?:[\w/']+\s+)"
_CODE_FITS = re.compile(
    rf"^{_WORDS}{{0,5}}?(?:{_SERIES}\b|{_CODE}\s+{_FIT}\b|{_FIT}\s+{_WORDS}{{0,3}}?{_CODE}\b)", re.I
)
_PLAIN_NOT = re.compile(
    rf"^(?:(?:really|quite|in|verified\s+to|verified\s+as)\s+)?(?:any|{_FIT})\b", re.I
)


def _checked_codes(description: str, context_words: list[str]) -> bool:
    """The biller says a range or series of codes, or any code, does not fit the item."""
    text = _RANGE.sub(r"\1-\2", description)
    for clause in _CLAUSE_END.split(text):
        for negator in _NEGATOR.finditer(clause):
            tail = clause[negator.end() :].strip()
            if negator.group(1) is None and not _PLAIN_NOT.match(tail):
                continue
            found = _CODE_FITS.match(tail)
            # the words up to the codes and the four after ("no L0xxx code on the referral")
            near = found and " ".join([found.group(0), *tail[found.end() :].split()[:4]])
            if near and not contains_words(near, context_words):
                return True
    return False


def says_nothing_fits(
    description: str, no_code_phrases: list[str], context_words: list[str]
) -> bool:
    """The biller writes that no code fits the item: a reviewed phrase ("no L code fits"),
    nothing in the codes they checked, or none of a range of codes."""
    if _NOTHING_FITS.search(description) or _checked_codes(description, context_words):
        return True
    return contains_words(description, no_code_phrases)
