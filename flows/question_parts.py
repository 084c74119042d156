"""How a question is read before it is ranked (flows/knowledge_rank.py): its parts, a claim it
quotes, the case's details (dates, a doctor's name) and the negated codes in it."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.models import RARC_IN_TEXT

# Where a question asks two things ("... and how long does it take"), each part is ranked too.
# Read after typos are fixed, which keeps words only: splitting at "?" or ";" as well made more
# wrong answers on the benchmark sets (a question mark often ends a preamble, not a part).
PART_BREAK = re.compile(
    r"\balso\b|\band (?=(?:how|what|when|where|which|who|why|do|does|is|are|can|should|will|if)\b)",
    re.IGNORECASE,
)
# "a) ... b) ...": found before typos are fixed, which drops the brackets.
LETTERED_PART = re.compile(r"(?:^|\s)[a-d]\)\s", re.IGNORECASE)
# Numbered parts are questions when they ask ("1) order before delivery? 2) prior auth?"); the
# numbered steps of an SOP to review are one question about the whole list.
NUMBERED_PART = re.compile(r"(?:^|\s)[1-4]\)\s")
# So are numbered parts a message announces as several ("two questions 1) ... 2) ...", "quick
# 3-parter: 1) ... 2) ...") though it asks them without question marks.
ANNOUNCED_PARTS = re.compile(
    r"\b(?:two|three|four|[2-4])\s+(?:quick\s+|short\s+|separate\s+)?"
    r"(?:questions|qs|things|parts|ones|cases)\b|\b(?:[2-4]|two|three)[\s-]?parter\b",
    re.IGNORECASE,
)


# A quoted passage: a quote mark after a space, colon or the start, closed by one before a
# space, punctuation or the end (so the apostrophes of "doesn't" and "pt's" are not quotes).
QUOTED = re.compile(r"""(?:^|(?<=[\s:(]))['"‘“](.{12,}?)['"’”](?=$|[\s.,;:!?)])""")
# A claim reported without quote marks ("our old cheat sheet says e1399 is oxygen misc, is that
# right?"): what the source says, up to the end of its clause or the check asked of it ("claims"
# and "states" are billers' nouns; "said no" is a decision, not a claim).
REPORTED = re.compile(
    r"\b(?:says|said|stated)\s+(?!no\b|yes\b|ok\b)(?:that\s+)?(.{12,}?)"
    r"(?=\s*(?:[,;?!]|$|\bis (?:that|this|it) (?:right|true|correct|accurate)\b))"
)
# A date or a month typed in a question (DOS 7/17/2026, "got it 3/9") is a detail of the case,
# not a word of the topic: read as words it would be three unknown numbers.
DATE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{4}-\d{1,2}-\d{1,2}\b")
# So is a doctor's name ("Dr. Patel ordered it"): read as a word it is an unknown one that
# sinks a plain question; the doctor stays a doctor. (Amounts stay: "$150", "$200" name topics.)
DOCTOR_NAMED = re.compile(r"\b(?i:dr|doctor)\.?\s+[A-Z][a-z]+(?:[-'][A-Za-z]+)?\b")
NEGATED_CODE = re.compile(
    r"\b(?:no|not|without|w/o|minus|never got|didn'?t get)\s+(?:an?\s+)?"
    r"([a-z]{1,2}-?\d{1,4}[a-z]?)\b",
    re.IGNORECASE,
)


def question_parts(question: str, read_question: Callable[[str], str]) -> list[str]:
    """The parts a question asks, typos fixed: "a) ... b) ...", "1) ...? 2) ...?", "... and how
    long ..."; one part when it asks one thing."""
    lettered = LETTERED_PART.split(question)
    if len(lettered) == 1 and (question.count("?") >= 2 or ANNOUNCED_PARTS.search(question)):
        lettered = NUMBERED_PART.split(question)
    # Before "a)" comes what the parts are about ("medicare secondary, e1399 line:"), not a
    # part of its own; the whole question still holds it.
    return [
        piece
        for part in (lettered[1:] if len(lettered) > 1 else lettered)
        for piece in PART_BREAK.split(read_question(part))
    ]


def remark_parts(question: str, read_question: Callable[[str], str]) -> list[str]:
    """Several remark codes pasted from a remit ("MA130 M51 N350 N264 what do i fix") ask what
    each one means: a part for each, with the rest of the question; none for fewer than two."""
    remarks = list(dict.fromkeys(code.upper() for code in RARC_IN_TEXT.findall(question)))
    if len(remarks) < 2:
        return []
    rest = RARC_IN_TEXT.sub(" ", question)
    return [read_question(f"{code} {rest}") for code in remarks]
