"""A value corrected inside one answer ("$4,500 no wait 450", "11/3 sorry 11/4", "125.00, I
mean 135.00"): the value after the last correction word is the one the biller meant."""

from __future__ import annotations

import functools
import re

from flows.parsing import MONTH_NUMBERS

# Steps whose answer is one value: a second value after a correction word replaces the first.
# (An item's description or a name may hold such words as its own: those are left whole.)
CORRECTED_KINDS = frozenset({"money", "date", "month", "quantity", "minutes", "state", "hcpcs"})
# What the words after the cue must hold to be a second value of the same kind: a second amount
# ("$450, actually 425"; not "$450 per month, actually it's a 13 month cap" or "$1,250 sorry for
# the delay 2 quotes came back"), a second date ("11/5, actually delivered 11/6"; not "11/5
# sorry it was 2 days late"); any number for a count, minutes, a month or a code.
_NUMBER = re.compile(r"\d")
_AMOUNT_ALONE = (
    r"^(?:(?:it'?s|it\s+is|the\s+price\s+is|price\s+is|price)\s+)?\$?\s*\d[\d,]*(?:\.\d{1,2})?"
    r"\s*(?:each|ea|per\s+\w+|/\s*\w+|a\s+month|monthly|dollars)?$"
)
_SAME_KIND = {
    "state": re.compile(r"[a-z]", re.I),
    "money": re.compile(rf"\$\s*\d|\d\.\d{{2}}\b|{_AMOUNT_ALONE}", re.I),
    "date": re.compile(
        r"\d{1,2}\s*[/-]\s*\d{1,2}|\d{4}-\d{2}-\d{2}"
        rf"|\b(?:{'|'.join(MONTH_NUMBERS)})[a-z]*\.?\s+\d{{1,2}}\b"
        r"|\b(?:yesterday|today)\b",
        re.I,
    ),
}


def corrected_value(text: str, cues: tuple[str, ...], kind: str) -> str | None:
    """The part after the last correction word (`correction_cues` in messages.yaml) that
    follows a value, when another value is typed after it (a number, but for a state); None
    when the answer holds no such correction ("450"; "sorry, 450" is read by its opening cue;
    "$450, actually per month" keeps its one amount)."""
    pattern = _mid_text_cue(cues)
    if pattern is None:
        return None
    found = list(pattern.finditer(text))
    if not found:
        return None
    before, after = text[: found[-1].start()], text[found[-1].end() :]
    after = after.strip(" .!,;:-")
    value = _SAME_KIND.get(kind, _NUMBER)
    if not re.search(r"[a-z0-9]", before, re.I) or not value.search(after):
        return None
    return after


@functools.cache
def _mid_text_cue(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    words = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    # A cue between two values, with the marks billers type around it ("1,250 -- no wait,").
    return re.compile(rf"(?<=\S)[\s,;:.!-]+(?:(?:{words})\b[\s,;:.!-]*)+", re.I)
