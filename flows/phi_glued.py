"""Labels set apart from their values: glued by a scanner, or naming the paper the value was read
off."""

from __future__ import annotations

import re
from functools import lru_cache

from flows.phi_context import cue_before
from flows.phi_rules import Rules


@lru_cache(maxsize=4)
def _glued(labels: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(map(re.escape, labels))
    # A label in capitals at a word's start or right after a digit, with a digit after it.
    # Or in any case before a record's one-letter prefix and its digits ("MRNA670559539",
    # "mrnm81953247": the chart number A670559539).
    prefixed = rf"(?<![A-Za-z])(?i:{words})(?=[A-Za-z]\d{{6,}}(?![\w-]))"
    return re.compile(rf"(?:(?<![A-Za-z])|(?<=\d))(?:{words})(?=\d)|{prefixed}")


# "<cue> on the handwritten order: ": the words after the cue say where it was read.
_READ_OFF = re.compile(
    r"\s*#?\s+(?:on|from|off|in|per) (?:the|her|his|a|an) (?:[\w-]+ ){0,3}[\w-]+ ?[:=-] ?$"
)


def cue_before_value(rules: Rules, kind: str, text: str, start: int) -> bool:
    """Whether a `kind` cue stands just before `start`, also past the paper it was read off:
    "Medicare # on the handwritten order: 9H94 H36 UR99" is a Medicare number, not an order's."""
    if cue_before(rules, kind, text, start):
        return True
    before = text[max(0, start - 60) : start]
    return any(_READ_OFF.fullmatch(before, cue.end()) for cue in rules.cue[kind].finditer(before))


def unglued(rules: Rules, text: str) -> str:
    """`text` with its glued labels spaced: "MBI7ME4UC3ND17DOB19491202" reads as
    "MBI 7ME4UC3ND17 DOB 19491202", "MRNA670559539" as "MRN A670559539" (`glued_labels`)."""
    return _glued(tuple(rules.file.glued_labels)).sub(lambda m: f" {m.group()} ", text)
