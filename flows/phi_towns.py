"""A town named beside the patient word, read as the place it is, not as the patient's name."""

from __future__ import annotations

import re

from flows.models import US_STATE_NAMES

# A state's name right before the patient word, then one word alone: the town the patient lives
# in, not their name ("Delaware bene, Milford - which MAC?", "Kansas pt (Hays)", "oklahoma pt
# norman ok"); a second capitalised word after a comma is a name again ("Delaware bene, Milford,
# Ann"), and so is one word with no comma or bracket before it ("Delaware pt Hazard").
_STATE_NAMES = "|".join(n.replace(" ", r"\s+") for n in sorted(US_STATE_NAMES.values()))
_STATE_BEFORE = re.compile(rf"\b(?i:{_STATE_NAMES})\s+$")
_TOWN_ALONE = re.compile(
    r"(?:\s*[,(]\s*|\s+(?=[^\W\d_][\w'-]*\s+[A-Za-z]{2}\s*$))[^\W\d_][\w'-]*"
    r"(?=\)|[.:;?!]|\s+[\u2014\u2013-]|\s*$|,\s+[a-z]|\s+[A-Za-z]{2}\s*$)"
)


def town_after_state(text: str, cue: re.Match[str]) -> bool:
    """Whether the word after the patient word `cue` is the town of the state named before it."""
    if not _TOWN_ALONE.match(text, cue.end()):
        return False
    return _STATE_BEFORE.search(text, max(0, cue.start() - 30), cue.start()) is not None
