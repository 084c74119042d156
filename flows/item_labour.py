"""Repair labour told by the technician's time ("tech spent 45 min on her owned bed", "labor,
15 min units x4"): the item billed is the labour, not the equipment repaired, so the reading
puts the labour's own words first (synonyms.yaml `labour`)."""

from __future__ import annotations

import re

from flows.search_words import LabourWords, spaced_words

# "non-O2", "not oxygen equipment", "other than oxygen": the equipment is no oxygen equipment.
_NOT_BEFORE = r"(?:\bnon|\bnot|\bno|other\s+than)[\s-]+(?:an?\s+|the\s+)?"


class LabourReader:
    """Reads a normalised description whose item is a technician's repair labour."""

    def __init__(self, words: LabourWords | None) -> None:
        self._words = words
        if words is None:
            return
        self._cues = spaced_words(words.cues)
        self._by_whom = spaced_words(words.by_whom) if words.by_whom else None
        times = "|".join(re.escape(w) for w in sorted(words.time_words, key=len, reverse=True))
        self._time = re.compile(r"\d\s*(?:" + times + r")(?![a-z])") if times else None
        self._parts_only = spaced_words(words.parts_only) if words.parts_only else None
        self._no_repair = spaced_words(words.no_repair) if words.no_repair else None
        self._not_for = spaced_words(words.not_for) if words.not_for else None
        oxygen = spaced_words(words.oxygen_words).pattern if words.oxygen_words else None
        self._oxygen = re.compile(oxygen) if oxygen else None
        self._not_oxygen = re.compile(_NOT_BEFORE + oxygen) if oxygen else None

    def read(self, text: str) -> str | None:
        """Lower-case text with the labour's words as its first clause; None when the text is
        about no labour."""
        words = self._words
        if words is None or not self.is_labour(text):  # is_labour is False without words
            return None
        oxygen = self._oxygen and self._oxygen.search(
            self._not_oxygen.sub(" ", text) if self._not_oxygen else text
        )
        # What follows describes the labour: no colon or semicolon names another item after it.
        told = re.sub(r"[:;]", ",", text)
        return f"{words.oxygen_reads if oxygen else words.reads} , {told}"

    def is_labour(self, text: str) -> bool:
        """Labour said ("labor", "tech time"), or a technician beside the time spent (not
        delivering or setting up an item); not a part billed without its labour, nor an
        orthosis's or prosthesis's labour."""
        if self._words is None:
            return False
        said = bool(self._cues.search(text)) or bool(
            self._by_whom
            and self._time
            and self._by_whom.search(text)
            and self._time.search(text)
            and not (self._no_repair and self._no_repair.search(text))
        )
        if not said:
            return False
        if self._parts_only and self._parts_only.search(text):
            return False
        return not (self._not_for and self._not_for.search(text))
