"""The heading of an intake note, "OT note:", "Repair ticket:", "Ortho discharge:": who wrote
the note or where it came from, said before a colon, which names no item and is left out."""

from __future__ import annotations

import re
from collections.abc import Iterable

_HEADING = re.compile(r"^\s*([a-z][a-z/&' -]{0,40}?)\s*:\s+", re.IGNORECASE)
_WORDS = re.compile(r"[a-z]+")


class NoteHeadings:
    """Drops a leading heading made only of heading words (content/codes/synonyms.yaml
    `note_heading_words` and `clinician_words`); any other word keeps it ("Manual wheelchair: H
    strap" names what the strap belongs to)."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = frozenset(w.lower() for w in words)

    def without_heading(self, text: str) -> str:
        """The text after its heading, or the text as typed when it opens with none."""
        heading = _HEADING.match(text)
        if heading is None or not self._words:
            return text
        said = _WORDS.findall(heading.group(1).lower())
        return text[heading.end() :] if said and set(said) <= self._words else text
