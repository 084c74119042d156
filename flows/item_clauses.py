"""Splits item text into clauses of (word, negated) pairs: where each clause starts, and which
words a "not", "no", "non-", "without" or "other than" reaches."""

from __future__ import annotations

import re

from flows.item_phrase import BARE_CUE, CUE
from flows.text import STOPWORDS

# Words that open a negation; it reaches one word after "non", else two, or across a list
# ("not a wheelchair part, brace or supply").
_PLURAL = re.compile(r"^..+[^su]s$")  # "wheels", not "continuous" or "glass"
_NEGATION = re.compile(r"^(?:not|no|non|without|excluding|excludes|except|never|nor)$")
CLAUSE_WORDS = frozenset({"with", "for", "but", "that", "which", "when", "used", "and", "includes",
                           "including", "plus", "on", "to", "in", "by", "from", "at", "attached",
                           "mounted", "after", "following", "because", "due", "since",
                           "instead"})  # fmt: skip
# The patient's story ("after bunion surgery", "due to a fall") opens a clause of its own.
_CLAUSE_STARTS = frozenset({"with", "for", "used", "includes", "including", "on", "attached",
                            "mounted", "that", "which", "when", "after", "following", "because",
                            "due", "since", "instead"})  # fmt: skip
# "band added to the HKAFO", "addition (T strap) onto pts brace": what follows names the item the
# part is added to.
_ADDED_TO = re.compile(r"\b(add(?:s|ed|ing|itions?|ons?)?)(\s*\([^)]*\))?\s+(?:on)?to\b")
# "adding a kneecap pad to her KAFO", "add foam casters onto the chair": the same, the part
# named between the verb and "to" (a few words, no clause break).
_ADDING_X_TO = re.compile(
    r"\b(add(?:s|ed|ing)?(?:\s+(?!(?:on)?to\b)[a-z0-9'-]+){1,6}?)\s+(?:on)?to\b"
)
# "wheels to put on the walker", "a cushion that sits on the mask": the part, then the item it
# goes on, read as a part "for" that item.
_GOES_ON = re.compile(
    r"\b(?:to|that|which)\s+(?:(?:will|would|can|should)\s+)?(?:be\s+)?"
    r"(?:(?:put|fit|fits|mount|mounts|clip|clips|snap|snaps|bolt|bolts|slide|slides|plug|plugs)"
    r"\s+(?:on|onto|in|into|to|inside)|go\s+on(?:to)?|goes\s+on(?:to)?)\b"
    r"|\b(?:that|which)\s+sits\s+(?:on|in|inside)\b"
)
# Words kept out of the token list: stopwords minus those that carry meaning for items.
DROPPED = STOPWORDS - {"one", "no", "not", "other", "without", "each", "all", "only"}
_TIMES = re.compile(r"^x\d+$")
# "doesn't fold", "can't drive", "cannot add modules": a verb's negation reads as "not".
_NOT_VERB = re.compile(
    r"\b(?:does|do|did|is|are|was|were|has|have|ca|wo|could|would|should)n'?t\b|\bcannot\b"
)


def added_to_as_for(text: str) -> str:
    """A part "added to" an item, read as one "for" it ("band added for the HKAFO"), so the item
    it is added to is what the part belongs to. For typed text: a descriptor's "Addition to
    lower extremity, ..." names the code's category. A part said to go on an item ("wheels to
    put on the walker") too."""
    text = _GOES_ON.sub("for", text)
    return _ADDING_X_TO.sub(r"\1 for", _ADDED_TO.sub(r"\1\2 for", text))


def clauses_with_starts(
    text: str, keep_all: bool = False, lists: bool = True
) -> list[tuple[str, list[tuple[str, bool]]]]:
    """The clauses, each with the word that opened it ("for", "with", "" after a comma). With
    `lists`, a negation reaches across a list ("not a wheelchair part, brace or supply"): billers
    write so; CMS descriptors do not ("Walker, ..., without wheels, rigid or folding")."""
    clauses: list[list[tuple[str, bool]]] = [[]]
    starts = [""]
    text = re.sub(r"\bno-(?=[a-z])", "non ", text)  # "no-tie laces": laces, as "non" reads
    text = _NOT_VERB.sub(" not ", text)
    raw = re.findall(r"[a-z0-9]+(?:'s)?|[,;()/.:|^]|(?<=\s)-(?=\s)", text)
    negating = 0  # words still negated
    listed = False  # negated because a negated list goes on ("not a part, brace or supply")
    for position, word in enumerate(raw):
        if word == "/" and (negating or _negated_just_before(raw, position, clauses[-1])):
            # "no pelvic/spinal section", "no footrests/legrests": both are negated
            negating = max(negating, 1)
            continue
        if word in ",;()/.:-|^":
            # "not a wheelchair part, brace or supply": the list stays negated.
            last_negated = bool(clauses[-1]) and clauses[-1][-1][1]
            later = raw[position + 1 : position + 6]
            listing = (
                lists and word == "," and last_negated and any(w in ("or", "nor") for w in later)
            )
            negating = 3 if listing else 0
            listed = listing
            if word != "/" and clauses[-1]:
                clauses.append([])
                starts.append("")
            # An aside in brackets never names the item; a colon or an order cue may.
            if word in "():" + CUE + BARE_CUE:
                starts[-1] = word
            continue
        if word.startswith("non") and len(word) > 6 and word not in ("nonetheless",):
            _add(clauses[-1], word[3:], True)
            continue
        if word == "other" and raw[position + 1 : position + 2] == ["than"]:
            negating = 2
            continue
        if word == "than" and position and raw[position - 1] == "other":
            continue
        if _NEGATION.match(word):
            negating, listed = (1 if word == "non" else 2), False
            continue
        if word in CLAUSE_WORDS:
            # "not used as a surgical dressing": a negation goes on past "used", "for"
            if not _right_after_negation(raw, position):
                negating = 0
            if word in _CLAUSE_STARTS and clauses[-1]:
                clauses.append([])
                starts.append(word)
            elif word in _CLAUSE_STARTS:
                starts[-1] = word
            if keep_all:
                clauses[-1].append((word, False))
            continue
        if word in ("or", "nor") and clauses[-1] and clauses[-1][-1][1]:
            negating = max(negating, 2)  # "without rails or mattress": neither is had
        if word in ("or", "a", "an", "the", "as", "be") or (keep_all and word in DROPPED):
            if keep_all:
                clauses[-1].append((word, False))
            continue
        _add(clauses[-1], word, negating > 0)
        negating = max(0, negating - 1)
        if negating and not listed and _PLURAL.search(word):
            negating = 0  # a plural noun ends it: in "no wheels folding", folding is said
    return [(start, c) for start, c in zip(starts, clauses, strict=True) if c]


def _negated_just_before(raw: list[str], position: int, clause: list[tuple[str, bool]]) -> bool:
    """True when the word right before this slash was read as negated (a plural noun ends a
    negation, but "no footrests/legrests" still says neither)."""
    before = raw[position - 1] if position else ""
    return bool(clause) and clause[-1][1] and clause[-1][0] == before.removesuffix("'s")


def _right_after_negation(raw: list[str], position: int) -> bool:
    """True when the words before this one, "to", "be", "used" and "mounted" aside, end on a
    negation ("not to be used for catheter clamp", "not mounted on a wheelchair": the clamp and
    the wheelchair are negated)."""
    while position and raw[position - 1] in ("to", "be", "used", "mounted"):
        position -= 1
    return bool(position and _NEGATION.match(raw[position - 1]))


def _add(words: list[tuple[str, bool]], word: str, negated: bool) -> None:
    word = word.removesuffix("'s")
    # "x6 wks": a count of times or weeks says nothing of the item
    if word in DROPPED or (len(word) < 2 and not word.isdigit()) or _TIMES.match(word):
        return
    words.append((word, negated))
