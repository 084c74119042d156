"""Reads a name as if the nickname typed inside it were not there: `Margaret "Peggy" Olsen`,
`Margaret (Peggy) Olsen` and `Robert 'Bob' Ames` are read as `Margaret Olsen` and `Robert Ames`,
so the name checks judge the person's name and not the aside between its two words."""

from __future__ import annotations

import re

from flows.phi_checks import CHECKS
from flows.phi_rules import Rules

# A word, then one word in quotes (`"Peggy"`, `'Bob'`, `"KC"`) or in brackets (`(Peggy)`,
# `[Bea]`, `("Neil")`), then a word of the same case: the two words are read side by side on
# one line. After normalising, curly quotes are ASCII ones.
_NICKNAME = re.compile(
    r"(?<!\w)(?<!\w')(?P<given>[^\W\d_]{2,})[ \t]*\n?[ \t]*"
    r"(?:(?P<quote>[\"'`])(?P<quoted>[^\W\d_]+)(?P=quote)"
    r"|[(\[](?P<mark>[\"']?)(?P<bracketed>[^\W\d_]+)(?P=mark)[)\]])"
    r"[ \t]*\n?[ \t]*(?=(?P<surname>[^\W\d_]))"
)
# The word before a name's first word, when it is a capitalised word itself: "Pedro Almonte
# (Warehouse)" has its aside after the whole name, not inside it; "Call Harriet (Hattie)
# Blankenship" opens with a verb the bot itself uses, so the aside is inside the name.
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")


def without_nicknames(text: str, ordinary: frozenset[str] = frozenset()) -> str:
    """`text` with each nickname between a name's two words taken out; a capitalised word in
    `ordinary` right before the name's first word does not make that word a surname."""
    if not any(mark in text for mark in "\"'`(["):
        return text

    def drop(found: re.Match[str]) -> str:
        given, surname = found.group("given"), found.group("surname")
        if given[0].isupper() != surname.isupper():
            return found.group()  # "Getachew (guardian) says"
        bracketed = found.group("bracketed")
        if bracketed:  # a bracket holds a role as often: only a name's word, inside the name
            name_like = bracketed.isupper() if given.isupper() else bracketed.istitle()
            before = _WORD_BEFORE.search(text[max(0, found.start() - 30) : found.start()])
            name_before = before is not None and before.group(1).lower() not in ordinary
            if not name_like or name_before:
                return found.group()  # "Kevin Bettencourt (ATP) Measured"
        return given + " "

    return _NICKNAME.sub(drop, text)


def has_nicknamed_name(rules: Rules, text: str) -> bool:
    """A person's name read with the nickname inside it left out ("Lucille "Luc" Hatcher")."""
    unnicknamed = without_nicknames(text, rules.names.ordinary)
    return unnicknamed != text and CHECKS["name"](rules, unnicknamed)
