"""Reads a wheelchair seat or back cushion order as the grid its codes form (E2601-E2625).

The cushion codes differ only by what the cushion is for (general use, skin protection,
positioning, both), seat or back, adjustable or not, and width under or over 22 inches; billers
say those in shorthand ("18w pos. cush", "combo cushion 24\"", "plain back, 18 wide") that
words alone rank below a CPAP cushion. When the order names a cushion, its use and its width,
the code in that cell goes first. The cells are read from the CMS descriptors; the ways billers
say each detail are content (synonyms.yaml `seat_cushions`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from flows.power_bases import Scored, Scores, put_first
from flows.search_words import CushionWords, whole_words

_DESCRIPTOR = re.compile(
    r"^(?P<use>general use|skin protection and positioning|skin protection|positioning) "
    r"wheelchair (?P<part>seat|back) cushion(?P<details>.*?), width (?P<width>less than 22|22)"
)
# "18w", "24 wide", "20\"", "16in", "22 inch": a cushion's width (a depth said as such is left)
_WIDTH = re.compile(
    r"(?<![0-9.x])(under\s|less\sthan\s|below\s|narrower\sthan\s|smaller\sthan\s|<\s?)?([1-3]\d)\s?(?:\"|''|in\b|inch(?:es)?\b|w\b|wide\b|-inch\b)(?!\s?(?:deep|depth|d\b))"
)
_DENIED = re.compile(r"(?<![a-z])(?:non|not|no|without|w/o)[\s-]*(?:a\s|an\s|any\s)?$")
_WIDE_FROM = 22  # the descriptors' line: "width less than 22 inches" / "22 inches or greater"


class CushionCell(NamedTuple):
    use: str  # the descriptor's words: "general use", "skin protection and positioning"
    back: bool
    lateral: str  # a positioning back's shape: "posterior", "posterior-lateral", "planar"
    adjustable: bool
    wide: bool


class SeatCushions:
    """Built once from the descriptors and synonyms.yaml's `seat_cushions`."""

    def __init__(self, descriptors: dict[str, str], words: CushionWords) -> None:
        self._positions = {code: position for position, code in enumerate(descriptors)}
        self._cells: dict[CushionCell, str] = {}
        for code, descriptor in descriptors.items():
            found = _DESCRIPTOR.match(descriptor.lower())
            if found:
                self._cells[_cell(found)] = code
        self._words = words
        self._cushion = whole_words(words.cushion_words) if words.cushion_words else None
        self._back = whole_words(words.back_words) if words.back_words else None
        self._uses = [(use, whole_words(said)) for use, said in words.uses.items() if said]
        self._adjustable = whole_words(words.adjustable_words) if words.adjustable_words else None
        self._wide = whole_words(words.wide_words) if words.wide_words else None
        self._shapes = [(shape, whole_words(said)) for shape, said in words.back_shapes.items()]

    def code(self, description: str) -> str | None:
        """The cushion code whose use, seat or back, and width the order all says, or None."""
        text = description.lower()
        cushion = self._cushion is not None and self._cushion.search(text) is not None
        back = self._back is not None and self._back.search(text) is not None
        if not cushion and not back:
            return None
        uses = []
        for use, said in self._uses:  # "skin/pos combo" before "skin" and "pos"
            if _said(said, text):  # "not skin protection", "no positioning features" are not
                uses.append(use)
            text = said.sub(" ", text)
        if set(uses) == {"skin protection", "positioning"}:  # "protects skin and positions"
            uses = ["skin protection and positioning"]
        if len(uses) != 1:
            return None
        widths = {int(w) >= _WIDE_FROM and not under for under, w in _WIDTH.findall(text)}
        if not widths and cushion and self._wide is not None and self._wide.search(text):
            widths = {True}  # "bariatric cushion"; a "bariatric ... seat and back" is a base's
        if len(widths) != 1:
            return None
        shape = "posterior"
        if back and uses[0] == "positioning":
            shape = next((name for name, said in self._shapes if _said(said, text)), shape)
        adjustable = self._adjustable is not None and _said(self._adjustable, text)
        cell = CushionCell(uses[0], back, shape if back else "", adjustable, widths.pop())
        return self._cells.get(cell)

    def first(
        self, scored: list[Scored], description: str, score: Callable[[int], Scores]
    ) -> list[Scored]:
        """The ranked codes with the cushion the order says first, as sure as the best."""
        code = self.code(description)
        if code is None:
            return scored
        return put_first(scored, self._positions[code], score)


def _said(words: re.Pattern[str], text: str) -> bool:
    """The words are said and not denied: "non adjustable", "no laterals" are not."""
    return any(not _DENIED.search(text[: found.start()]) for found in words.finditer(text))


def _cell(found: re.Match[str]) -> CushionCell:
    """What one cushion descriptor says."""
    details = found.group("details")
    back = found.group("part") == "back"
    default = "posterior" if back else ""
    shape = next((s for s in ("planar", "posterior-lateral") if s in details), default)
    return CushionCell(
        found.group("use"), back, shape, "adjustable" in details, found.group("width") == "22"
    )
