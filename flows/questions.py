"""Tells a question from an answer, so a question typed mid-intake is answered, not stored.

Rules, measured on labelled text typed at the intake's steps (`make bench`,
benches/bench_questions.py): a question mark; a question word first; "can", "could" or "may"
followed by who or what it is about ("can I", not "can liner"); or a phrase that asks ("need
help with", "not sure what").
"""

from __future__ import annotations

import re

from flows.models import Reply
from flows.text import STOPWORDS

_SUBJECT = (
    r"(?:i|we|you|they|he|she|it|this|that|these|those|the|a|an|my|our|your|medicare|medicaid"
    r"|e1399|someone|anyone|one)"
)
_QUESTION = re.compile(
    r"^(?:"
    r"(?:what|what's|whats|how|when|where|why|who|which|is|are|should|would|will|must|explain"
    r"|tell me|any"
    r"|(?:do|does|did)(?!\s+not\b))\b"
    rf"|(?:can|could|may)\s+{_SUBJECT}\b"
    r"|(?:i\s+)?need\s+help\b|help\s+(?:me|with)\b|(?:i'?m\s+|i\s+am\s+)?wondering\b|i\s+wonder\b"
    r"|(?:i'?m\s+|i\s+am\s+)?not\s+sure\s+(?:what|how|if|whether|which|why|when|where)\b"
    r")",
    re.IGNORECASE,
)


def looks_like_question(text: str) -> bool:
    """True for "what goes in the narrative?" and "how detailed should it be"."""
    return text.rstrip().endswith("?") or bool(_QUESTION.match(text.strip()))


_ASKING_WORD = re.compile(r"\b(?:what|whats|how|why|when|where|which|who|whose)\b", re.IGNORECASE)
QUESTION_CONTENT_WORDS = 3  # "shower chair coverage" asks; "frobnicate the widget" does not


def reads_as_question(text: str) -> bool:
    """Whether a message asks something an expert could answer: a question (above), a question
    mark or word anywhere ("k0108 what is it"), or three words that are not filler; "2 ea",
    "$1,450.00/ea" and "frobnicate the widget" are none of these."""
    if "?" in text or looks_like_question(text) or _ASKING_WORD.search(text):
        return True
    words = re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower())
    content = [w for w in words if re.search("[a-z]", w) and w.strip("'-") not in STOPWORDS]
    return len(content) >= QUESTION_CONTENT_WORDS


def declined_without_asking(text: str, replies: list[Reply]) -> bool:
    """The knowledge base declined every answer and the text reads as no question: it was no
    question at all (an answer typed where none is taken, a word that is no command)."""
    answers = [r for r in replies if r.kind == "answer" and "answered" in (r.payload or {})]
    declined = bool(answers) and not any((r.payload or {})["answered"] for r in answers)
    return declined and not reads_as_question(text)
