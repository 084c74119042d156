"""The item description the code search reads: the biller's words without a patient's
identifiers, so a name or a number in the text never steers which code is billed, and without
the ABN's numbered choice ("pt chose option 1"), which names no item (a power base's "single
power option" is said the other way round: "1 option")."""

from __future__ import annotations

import re

from flows.phi import scan

MAX_ROUNDS = 3  # identifiers of this many kinds at most are taken out of one clause
MAX_RUN = 3  # words one identifier may span ("Mrs." "Ann" "Smith")
MAX_WORDS = 30  # a longer clause with an identifier is left out whole (the search stays quick)
CLAUSE_END = re.compile(r"(?<=[;,\n])\s+")  # not "." nor ":": "Mrs. Smith", "Pt: Ann"
# The CMS-R-131's three options, as billers name the one the beneficiary checked.
ABN_CHOICE = re.compile(r"\b(?:abn\s+)?option\s*#?\s*[1-3](?!\w|\.\d)", re.I)


def searchable_description(text: str) -> str | None:
    """`text` when it carries no identifier; else the text without the words that make it one
    ("Mrs." and "Smith" in "Bench for Mrs. Smith"), or None when what is left still carries
    one. Clause by clause: a clause with no identifier is kept as typed. The PHI guard still
    warns about the description itself; this only keeps the code search blind to it."""
    text = ABN_CHOICE.sub(" ", text)
    if not scan(text):
        return text
    kept = []
    for clause in CLAUSE_END.split(text):
        if not scan(clause):
            kept.append(clause)
        elif len(clause.split()) <= MAX_WORDS:
            kept.append(_without_identifier_words(clause.split()))
    left = " ".join(part for part in kept if part)
    return left if left and not scan(left) else None


def _without_identifier_words(words: list[str]) -> str:
    """The clause without each shortest run of words whose removal takes an identifier kind
    away (every such run, so a title and a surname both go); empty when none does."""
    for _ in range(MAX_ROUNDS):
        found = set(scan(" ".join(words)).kinds)
        if not found:
            return " ".join(words)
        dropped = _identifier_words(words, found)
        if not dropped:
            return ""
        words = [word for index, word in enumerate(words) if index not in dropped]
    return "" if scan(" ".join(words)) else " ".join(words)


def _identifier_words(words: list[str], found: set[str]) -> set[int]:
    for length in range(1, MAX_RUN + 1):
        dropped: set[int] = set()
        for start in range(len(words) - length + 1):
            left = words[:start] + words[start + length :]
            if set(scan(" ".join(left)).kinds) < found:
                dropped |= set(range(start, start + length))
        if dropped:
            return dropped
    return set()
