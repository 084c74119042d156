"""A biller correcting an earlier answer while another question is open ("i meant medicaid",
"actually it's a rental", "sorry the price is 450"): which answer they mean, so the bot offers
to change that one and never takes the words as the open question's answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from flows.parsing import clean_text

# Words that only fill the sentence between the cue and what is corrected ("it's a rental").
_FILLER = re.compile(r"^(?:it'?s|it\s+is|it\s+was|its|that'?s|that\s+is|the|a|an|[,:;-])\s*", re.I)
# What joins a field to its new value ("the price is 450", "qty should be 2").
_LINK = re.compile(r"^(?:is|was|to|should\s+be|=|:)(?:\s+|$)", re.I)


# An amount as only a price is typed: dollars, cents or thousands ("$1,240", "1,240", "95.50").
_AMOUNT = re.compile(r"\$\s?[\d,]+(?:\.\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{2}")


class Correction(NamedTuple):
    """The field a correction names and the value typed for it ("" when none was)."""

    field: str
    value: str


def corrected_field(
    text: str,
    cues: list[str],
    field_for: Callable[[str], str | None],
    option_named: Callable[[str], tuple[str, str] | None],
    makers: frozenset[str] = frozenset(),
) -> Correction | None:
    """The earlier answer a message corrects: it opens (or ends) with a correction cue
    (`correction_cues` in messages.yaml) and the rest names a field ("the price is 450",
    "a rental") or one of a choice's answers ("medicaid"). Anything else is None: "actually a
    knee walker" is an answer to the open question; a known maker's name (`makers`, lower case)
    corrects the manufacturer ("actually it was Drive DeVilbiss")."""
    typed = clean_text(text).strip(" .!").lower()
    cue = _cue_pattern(cues)
    rest = cue["opening"].sub("", typed)
    rest = cue["closing"].sub("", rest).strip(" .!,")
    if rest == typed.strip(" .!,"):  # no cue: an ordinary answer
        return None
    while (trimmed := _FILLER.sub("", rest, count=1)) != rest:
        rest = trimmed
    last = re.split(r"[.,;]\s*", rest)[-1]  # "no, they bought it. purchase": its last words
    named = option_named(rest) or (option_named(last) if last else None)
    if named is not None:
        return Correction(*named)
    if _AMOUNT.fullmatch(rest):  # "actually it was $1,240": only the price is an amount
        return Correction("unit_price", rest)
    words = rest.split()
    if rest in makers:  # the name alone: "actually a Drive knee walker" is an item
        said = clean_text(text).strip(" .!,")
        at = said.lower().rfind(rest)  # the name as typed ("Drive DeVilbiss")
        return Correction("manufacturer", said[at : at + len(rest)] if at >= 0 else rest)
    for size in range(min(len(words), 3), 0, -1):
        field = field_for(" ".join(words[:size]))
        if field is None:
            continue
        after = " ".join(words[size:])
        if not after:  # "actually it's a rental": the field alone
            return Correction(field, "")
        linked = _LINK.match(after)
        # "actually a rental knee walker" names an item, not a change of the acquisition
        return Correction(field, after[linked.end() :].strip()) if linked else None
    return None


_patterns: dict[tuple[str, ...], dict[str, re.Pattern[str]]] = {}


def _cue_pattern(cues: list[str]) -> dict[str, re.Pattern[str]]:
    key = tuple(cues)
    if key not in _patterns:
        words = "|".join(re.escape(c.lower()) for c in sorted(cues, key=len, reverse=True))
        _patterns[key] = {
            "opening": re.compile(rf"^(?:(?:{words})\b[\s,:-]*)+"),
            "closing": re.compile(rf"[\s,]+(?:{words})$"),
        }
    return _patterns[key]
