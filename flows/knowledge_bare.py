"""A code typed alone, asking nothing about it: the knowledge base declines it and asks what the
biller wants to know."""

from __future__ import annotations

import re

from flows.models import ANY_HCPCS_IN_TEXT, RARC_IN_TEXT
from flows.text import is_code

# A modifier the code pattern does not know, typed as billers type modifiers: two capitals (RB, MS).
_MODIFIER = re.compile(r"[A-Z]{2}")
# Two capitals that are no modifier: prior authorization and the remit's group codes.
_NOT_MODIFIERS = frozenset({"PA", "CO", "OA", "PR", "PI"})
# A claim field typed alone: an X12 segment id and element number (SV101-7, NTE02, SBR05, CLM05-3).
_X12_ELEMENT = re.compile(r"[A-Za-z]{2,3}\d{2,3}(?:-\d{1,2})?")
# A count typed beside a code ("K0739 x3", "2x"), and an X12 loop id or segment name typed beside
# a field ("SBR05 / 2320 / 2430", "loop 2320 AMT"): they say how many or where, not what about it.
_COUNT = re.compile(r"[xX]\d{1,3}|\d{1,3}[xX]")
_X12_LOOP = re.compile(r"[12]\d{3}[A-Ea-e]{0,2}")
_X12_SEGMENTS = frozenset(
    {"AMT", "CAS", "CLM", "CLP", "DTP", "NTE", "PWK", "SBR", "SV1", "SVC", "SVD"}
)
# The X12 transaction sets a DME claim goes through (the claim, the acknowledgements, the remit,
# eligibility and status): listed alone ("837 999 277CA TA1") they name files, asking nothing.
_X12_TRANSACTIONS = frozenset(
    {"837", "837P", "999", "277CA", "TA1", "835", "270", "271", "276", "277", "278"}
)
# An aside in brackets, with nothing asked in it.
_BRACKETED = re.compile(r"\([^()?]*\)")


def bare_code(question: str) -> str | None:
    """The code of a message that is one code or claim field alone ("N350", "E0260", "RB?",
    "SV101-7"), or HCPCS codes and modifiers alone ("E0601 RR", "E1399 L3999 A9900", a claim
    line with its count even asked with "?": "L0650 x2 RT?"), else
    None. It says which code but not what the biller wants to know about it (what it means, how
    to fix the denial, whether it is still valid), so no one entry is the answer. A remit's group
    and remark codes pasted together ("co-4 n519") read as "what does this denial mean" and are
    ranked."""
    # an aside in brackets asks nothing either: "E1399 ??? (no other text)"
    words = re.findall(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?", _BRACKETED.sub(" ", question))
    # remark codes listed with "??" still say no denial: no group code, no reason
    # a count beside a code makes the list a claim line typed out ("K0739 x6 RB?"): the "?" asks
    # nothing more of it than "K0739 x6 RB" does, while "E1399 KX?" asks whether the pair goes
    # together and modifiers with a count and no code ("RT LT x2?") ask how to bill them
    counted = any(_COUNT.fullmatch(word) for word in words) and any(
        ANY_HCPCS_IN_TEXT.fullmatch(word) for word in words
    )
    if len(words) > 1 and (
        (("?" not in question or counted) and _only_codes_or_modifiers(words))
        or _only_remarks(words)
        or _only_transactions(question, words)
    ):
        return " ".join(word.upper() for word in _named(words))
    if len(words) != 1:
        return None
    word = words[0]
    return (
        word.upper()
        if is_code(word.lower().replace("-", ""))
        or _MODIFIER.fullmatch(word)
        or _X12_ELEMENT.fullmatch(word)
        else None
    )


def _only_codes_or_modifiers(words: list[str]) -> bool:
    """HCPCS codes and modifiers alone ("E1399 L3999 A9900", "RB RA CR"), with a count ("K0108
    x4"), or claim fields with their loops ("2430 SVD02"): a list, with nothing asked about it
    ("E1399 KX?" asks whether the pair goes together). "L5987 PA" asks about prior authorization
    and "CO-4 N519" pastes a denial: neither is one; loop numbers alone may be years or dates."""
    named = _named(words)
    return (
        bool(named)
        and all(
            ANY_HCPCS_IN_TEXT.fullmatch(word)
            or (_MODIFIER.fullmatch(word) and word not in _NOT_MODIFIERS)
            or _X12_ELEMENT.fullmatch(word)
            or _X12_LOOP.fullmatch(word)
            or word in _X12_SEGMENTS
            for word in named
        )
        and not all(_X12_LOOP.fullmatch(word) for word in named)
    )


def _named(words: list[str]) -> list[str]:
    """The words naming a code, field or loop: not a count ("x3") or the word "loop"."""
    return [word for word in words if not (_COUNT.fullmatch(word) or word.lower() == "loop")]


def _only_transactions(question: str, words: list[str]) -> bool:
    """Two or more X12 transaction sets alone, nothing asked ("837 999 277CA TA1"): which files,
    not what about them. "999 vs 277CA?" and "E1399 277CA" ask or name more and are ranked."""
    return (
        "?" not in question
        and len(words) > 1
        and all(word.upper() in _X12_TRANSACTIONS for word in words)
    )


def _only_remarks(words: list[str]) -> bool:
    """Remark codes alone ("N350 N265 MA13", "remark codes N350, MA130 and M51"): a list of
    RARCs, with no group code or claim adjustment reason to say which denial it is and nothing
    asked about them. "CO-16 N350" pastes a denial and is ranked."""
    remarks = [word for word in words if RARC_IN_TEXT.fullmatch(word)]
    named = [word for word in words if word.lower() not in _LIST_WORDS]
    return len(remarks) > 1 and len(named) == len(remarks)


# Words that only label or join a list of remark codes.
_LIST_WORDS = frozenset({"remark", "remarks", "rarc", "rarcs", "code", "codes", "and"})
