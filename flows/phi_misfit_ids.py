"""Medicare numbers typed against their own rules, for the PHI guard (flows/phi.py): right after
an MBI's label, a value laid out like an MBI (a digit, a letter, a letter or digit, a digit, ...)
with a letter the card never prints (S, L, O, I, B, Z) or a leading 0 ("MBI 3PL7-RV4-NK58"). A
biller's typo or a misread card is still the patient's number, unless the words just before it say
the value is only shown (content's `shown_value_words`: "example", "format", "not a real")."""

from __future__ import annotations

import re

from flows.phi_glued import cue_before_value
from flows.phi_rules import Rules
from flows.phi_shapes import MBI

_SEP = "[-. ]?"
_SHOWN_REACH = 20  # characters before the value where "example" or "format" names it
# Each place's class only: digit, letter, either; the 4-3-4 groups with one separator or none.
_LOOSE_MBI = re.compile(
    r"(?<![A-Za-z0-9])"
    r"\d[A-Z][A-Z0-9]\d" + _SEP + r"[A-Z][A-Z0-9]\d" + _SEP + r"[A-Z][A-Z]\d\d"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def has_misfit_mbi(rules: Rules, text: str) -> bool:
    """An MBI-shaped value right after an MBI's label that breaks the MBI's letter rules:
    "mbi: 2SB4-KX7-TT19", "Medicare # 0EG4 TE5 MK73"; a real MBI is the MBI check's."""
    values = [value for value in _LOOSE_MBI.finditer(text) if not MBI.fullmatch(value.group())]
    return any(
        cue_before_value(rules, "mbi", text, v.start()) and not _shown(rules, text, v.start())
        for v in values
    )


def _shown(rules: Rules, text: str, start: int) -> bool:
    """The words just before the value, its label among them, say it is only shown ("example
    MBI: ...", "MBI format 3PL7-..."). Said elsewhere ("her mbi is 5BZ2-..., format looks off",
    "demo account? no - pt MBI ...") they are about something else: the number is still hers."""
    return bool(rules.cue["shown_value"].search(text[max(0, start - _SHOWN_REACH) : start]))
