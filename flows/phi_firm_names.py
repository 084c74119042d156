"""Firms named like a person ("Edward Jones", "Hunter Douglas", "Mayo Clinic"), for the PHI
guard (flows/phi.py): in a message about the office's dealings with them (their rep, invoice,
catalogue, the staff's retirement plan), with no patient's word or item, no relative, no age or
birth word and no person's pronoun, the name is the firm's. The names and the talk are content's
(content/rules/phi.yaml, `firm_names`, `firm_talk`)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from flows.phi_case_said import PERSON_PRONOUN, case_said

if TYPE_CHECKING:
    from flows.phi_rules import Rules

# A courtesy or a doctor's title right before the name makes it a person's: "Mr. Edward Jones".
_TITLED = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr)\.? ?$", re.IGNORECASE)


@functools.lru_cache(maxsize=2)
def _firms(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `names` (firms' names, or the talk of a firm) standing alone, in any case,
    compiled once per list."""
    said = "|".join(
        re.escape(name).replace(r"\ ", " ") for name in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'-])(?:{said})(?![\w-])", re.IGNORECASE)


def without_firm_names(rules: Rules, text: str) -> str:
    """`text` with each firm's name said as "the firm", when nothing in it makes the name a
    person's; `text` itself otherwise."""
    names = tuple(rules.file.firm_names)
    if not names or not _firms(names).search(text):
        return text
    if not _firms(tuple(rules.file.firm_talk)).search(text):
        return text  # "Edward Jones called about the rental": no firm's business said
    if case_said(rules, text) or PERSON_PRONOUN.search(text) or rules.cue["name"].search(text):
        return text  # "Edward Jones called about his CPAP", "pt Edward Jones"
    return _firms(names).sub(
        lambda found: found.group() if _TITLED.search(text, 0, found.start()) else "the firm",
        text,
    )
