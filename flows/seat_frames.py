"""Reads a nonstandard wheelchair seat frame order as the grid its codes form (E2201-E2204,
E2340-E2343): manual or power chair, width or depth, and the inches in each code's range.

"Manual chair built with a 21\" wide seat frame" is E2201 (width 20 to under 24 inches) and
"power chair, 22\" wide seat frame" E2340 (20-23 inches), though the words rank a manual chair
base or a power base first. The ranges are read from the CMS descriptors; the words naming a
manual or a power chair are content (synonyms.yaml `seat_frames`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from flows.power_bases import Scored, Scores, put_first
from flows.search_words import SeatFrameWords, whole_words

_DESCRIPTOR = re.compile(
    r"^(manual|power) wheelchair accessory, nonstandard seat frame,? (?:\w+, )?.*?(width|depth)"
)
_NUMBER = re.compile(r"\d+")
# "21\" wide", "23 in deep", "seat depth 23\"", "width of 22 inches": inches beside a dimension
_SAID = re.compile(
    r"(?<![0-9.])([1-3]\d)\s?(?:\"|''|in\b\.?|inch(?:es)?\b|-inch\b)?\s?-?\s?(wide|width|deep|depth)\b"
    r"|\b(width|depth)\s(?:of\s|is\s|to\s)?([1-3]\d)(?![0-9.])"
)
_BESIDE = 12  # how near the seat word stands to the size: "seat depth 23\"", "22\" wide seat"
_DIMENSIONS = {"wide": "width", "width": "width", "deep": "depth", "depth": "depth"}


class FrameRange(NamedTuple):
    chair: str  # "manual" or "power"
    dimension: str  # "width" or "depth"
    low: int
    high: int  # inclusive


class SeatFrames:
    """Built once from the descriptors and synonyms.yaml's `seat_frames`."""

    def __init__(self, descriptors: dict[str, str], words: SeatFrameWords) -> None:
        self._positions = {code: position for position, code in enumerate(descriptors)}
        self._ranges: list[tuple[FrameRange, str]] = []
        for code, descriptor in descriptors.items():
            said = descriptor.lower()
            found = _DESCRIPTOR.match(said)
            numbers = [int(n) for n in _NUMBER.findall(said[found.end() :])] if found else []
            if found and numbers:
                high = numbers[-1] - 1 if "less than" in said else numbers[-1]
                chair, dimension = found.group(1), found.group(2)
                self._ranges.append((FrameRange(chair, dimension, numbers[0], high), code))
        self._seat = whole_words(words.seat_words) if words.seat_words else None
        self._chairs = [(name, whole_words(said)) for name, said in words.chairs.items() if said]
        self._other = whole_words(words.other_item_words) if words.other_item_words else None

    def code(self, description: str) -> str | None:
        """The seat frame code whose chair, dimension and range the order says, or None."""
        text = description.lower()
        if self._seat is None or not self._seat.search(text):
            return None
        if self._other is not None and self._other.search(text):
            return None  # "cushion 24 x 20", "seat upholstery 18 wide"
        chairs = {name for name, said in self._chairs if said.search(text)}
        seat = self._seat
        sizes = {  # the seat's size, not a whole chair's ("26 inch wide, extra heavy duty frame")
            (_DIMENSIONS[found.group(2) or found.group(3)], int(found.group(1) or found.group(4)))
            for found in _SAID.finditer(text)
            if seat.search(text[max(0, found.start() - _BESIDE) : found.end() + _BESIDE])
        }
        if len(chairs) != 1 or len(sizes) != 1:
            return None
        chair, (dimension, inches) = chairs.pop(), sizes.pop()
        return next(
            (
                code
                for (own, size, low, high), code in self._ranges
                if (own, size) == (chair, dimension) and low <= inches <= high
            ),
            None,
        )

    def first(
        self, scored: list[Scored], description: str, score: Callable[[int], Scores]
    ) -> list[Scored]:
        """The ranked codes with the seat frame the order says first."""
        code = self.code(description)
        return scored if code is None else put_first(scored, self._positions[code], score)
