"""Tells a question from an answer, so a question typed mid-intake is answered, not stored."""

from __future__ import annotations

import re

_QUESTION_START = re.compile(
    r"^(what|what's|whats|how|when|where|why|who|which|can|could|is|are|should|would|will|may|"
    r"must|explain|tell me|any|(?:do|does|did)(?!\s+not\b))\b",
    re.IGNORECASE,
)


def looks_like_question(text: str) -> bool:
    """True for "what goes in the narrative?" and "how detailed should it be"."""
    return text.endswith("?") or bool(_QUESTION_START.match(text))
