"""Quantities in item text: a number with its unit or a range of them, and how well a typed
value fits a code's stated range ("700 lb" in "greater than 600 pounds")."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace

_WORDS = re.compile(r"[a-z]+")
_FEET = re.compile(r"\b(?:sq|square)\.?\s*(?:ft|feet|foot)\b")
ANY_UNIT = "any"  # a typed range without a unit ("stocking 30-40")
IN_RANGE, OUT_OF_RANGE = 1.15, 0.45  # factors for a quantity inside / outside a code's range
AT_TOP = 1.1  # factor for a quantity at the closed top end of a range
UNSTATED = 0.7  # factor for a code stating no range in a typed unit that names the item's kind
# What stands before a number to compare it ("under 34 pounds"); never read as a typo.
COMPARISONS = ("greater than or equal to", "equal to or greater than", "greater than",
                "more than", "larger than", "exceeds", "over", "above", "at least",
                "less than or equal to", "up to and including", "up to", "less than", "under",
                "below", "maximum", "max")  # fmt: skip


@dataclass
class Quantity:
    """A number with its unit, or a range of them (both ends may be open)."""

    unit: str
    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False
    high_open: bool = False

    def contains(self, value: float) -> bool:
        above = value > self.low if self.low_open else value >= self.low
        below = value < self.high if self.high_open else value <= self.high
        # "less than 17 or equal to or greater than 21" (K0056) reads as low 21, high 17: either
        # side of the gap fits.
        return above or below if self.low > self.high else above and below


def quantity_fit(
    ranges: Iterable[Quantity], values: Iterable[Quantity], naming: Collection[str] = ()
) -> float:
    """Above 1 when the typed quantities fall in a code's ranges ("700 lb" in "greater than 600
    pounds"), below 1 when outside them, or when a typed unit that names the item's kind
    (`naming`: "30-40 mmhg" is a compression garment's) is one the code states no range in."""
    factor = 1.0
    by_unit = {q.unit: q for q in ranges}
    for value in values:
        stated = by_unit.get(value.unit)
        if value.unit == ANY_UNIT and len(by_unit) == 1:
            stated = next(iter(by_unit.values()))
        if stated is None and value.unit == "inches" and "square_inches" in by_unit:
            stated, value = by_unit["square_inches"], _squared(value)  # "4 in wafer" is 4 x 4
        if stated is None:
            # "thigh high 20-30": a range typed without its unit is most likely in the unit
            # naming the item's kind, so a code stating no range at all fits it less.
            bare = value.unit == ANY_UNIT and not by_unit
            factor *= UNSTATED if value.unit in naming or (bare and naming) else 1.0
            continue
        point = value.low if value.low != -math.inf else value.high
        if value.low_open:
            point += 1
        elif value.high_open and value.low == -math.inf:  # "narrower than 22 inches"
            point -= 1
        elif -math.inf < value.low < value.high < math.inf:
            point = (value.low + value.high) / 2  # "40-50 mmHg" is not "30-40 mmHg"
        if not stated.contains(point):
            factor *= OUT_OF_RANGE
        else:  # "40 mmHg" is the range starting at 40 more than the one ending there
            factor *= AT_TOP if point == stated.high > stated.low else IN_RANGE
    return factor


def sized_by_word(text: str, typed: list[Quantity], areas: dict[str, float]) -> list[Quantity]:
    """A pad's area implied by a size word when no size is typed ("medium collagen dressing":
    the 16-48 square-inch tier of the dressing descriptors); codes stating no area ignore it."""
    if any(q.unit in ("square_inches", "inches") for q in typed) or _FEET.search(text):
        return []  # a size typed, or an area in feet (a light panel's "2 sq ft")
    said = [areas[w] for w in _WORDS.findall(text.lower()) if w in areas]
    return [Quantity("square_inches", said[-1], said[-1])] if said else []


def _squared(side: Quantity) -> Quantity:
    """A square pad's area from its side ("larger than 4 in": larger than 16 square inches)."""
    return Quantity(
        "square_inches",
        side.low * abs(side.low),
        side.high * abs(side.high),
        side.low_open,
        side.high_open,
    )


def merged_by_unit(found: list[Quantity], typed: bool) -> list[Quantity]:
    """The quantities of each unit as one range: "greater than 350 ... less than 600". In a
    biller's text a bound excluding a value said beside it wins over the value: "the 50 lb
    chair is too heavy, she needs one under 36 lb" asks for under 36."""
    merged: dict[str, Quantity] = {}
    for quantity in found:
        have = merged.get(quantity.unit)
        if have is None or typed and _excludes(quantity, have):
            merged[quantity.unit] = replace(quantity)
        elif typed and _excludes(have, quantity):
            continue
        else:
            if quantity.low > have.low:
                have.low, have.low_open = quantity.low, quantity.low_open
            if quantity.high < have.high:
                have.high, have.high_open = quantity.high, quantity.high_open
    return list(merged.values())


def _excludes(bound: Quantity, value: Quantity) -> bool:
    """A bound open at one end ("under 36 lb") leaves out a single value ("50 lb")."""
    is_bound = math.isinf(bound.low) != math.isinf(bound.high)
    return is_bound and value.low == value.high and not bound.contains(value.low)
