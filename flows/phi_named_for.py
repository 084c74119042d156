"""Whose a phone or an address is when the message names who it is for: "the remit for Ruth,
616-555-0144", "asked about the ERA for Gloria at 12 Oak St" give the value to that person,
whatever books or business words come before it."""

from __future__ import annotations

import re

from flows.phi_acted_on import CALENDAR
from flows.phi_practice_lines import a_name
from flows.phi_rules import Rules

# A given name or surname (one or two capitalised words, a courtesy title allowed) after "for"
# or "about", right before the value.
_FOR_NAME = re.compile(
    r"\b(?i:for|about)\b:? (?:(?i:mrs?|ms|miss)\.? )?([A-Z][\w'-]+)(?: [A-Z][\w'-]+)?"
    r"[,:-]? ?(?:(?i:at|on) )?$"
)


def named_for_right_before(rules: Rules, text: str, start: int) -> bool:
    """Whether a known given name or surname after "for"/"about" stands right before the value
    at `start`; not a month ("the remit for January, ...") nor a business's or a payer's name
    ("the remit for Northside Medical, ...")."""
    found = _FOR_NAME.search(text, max(0, start - 50), start)
    if found is None or not a_name(rules, found[1]) or CALENDAR.fullmatch(found[1]):
        return False
    words = {w.lower().removesuffix("'s") for w in re.findall(r"[\w'-]+", found.group())}
    business = rules.names.company_words | rules.business_words | rules.names.businesses
    return not (words & business or rules.cue["plan"].search(found.group()))
