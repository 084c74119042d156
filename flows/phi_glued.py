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
    return re.compile(rf"(?:(?<![A-Za-z])|(?<=\d))(?:{words})(?=\d)")


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
    "MBI 7ME4UC3ND17 DOB 19491202" (`glued_labels`)."""
    return _glued(tuple(rules.file.glued_labels)).sub(lambda m: f" {m.group()} ", text)
