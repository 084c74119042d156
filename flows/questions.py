"""Tells a question from an answer, so a question typed mid-intake is answered, not stored.

Rules, measured on labelled text typed at the intake's steps (`make bench`,
benches/bench_questions.py): a question mark; a question word first; "can", "could" or "may"
followed by who or what it is about ("can I", not "can liner"); or a phrase that asks ("need
help with", "not sure what").
"""

from __future__ import annotations

import re

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
