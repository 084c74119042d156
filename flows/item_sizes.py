"""Pad sizes, packing counts and extents in an item description.

A wound dressing's pad is typed as width x length ("4x4", "3.5 x 10 in", "10 x 10 cm") or as a
square or round pad ("6 in square", "2.5 in round"); the CMS descriptors state its area ("pad
size 16 sq. in. or less", "4 x 4 or equivalent"). Both are read as square inches. How an item is
packed ("100/box", "box of 50", "20 count") says nothing of the item. How far a garment reaches
("stocking foot to thigh") describes it and never names it. A weight said of the item itself
("34 lb frame", "the chair weighs 34 lbs") is not the weight of the patient it carries.
"""

from __future__ import annotations

import math
import re

MAX_SIDE = 12  # inches: an 18 x 16 cushion is no pad size
SQ_CM_PER_SQ_IN = 6.4516
_NUMBER = r"(\d{1,2}(?:\.\d+)?)"
_INCH = r"(?:\"|''|inch(?:es)?\b|in\b\.?)"
_BY = re.compile(
    rf"\b{_NUMBER}\s*(?:{_INCH}|(cm)\b)?\s*(?:x|by)\s*{_NUMBER}(?:\s*(?:{_INCH}|(cm)\b))?"
)
_SHAPED = re.compile(rf"\b{_NUMBER}\s*(?:{_INCH}|-inch\b)?\s*-?\s*(square|round|circle|circular)\b")
_SQUARE_WORDS = re.compile(r"\b(?:sq\.?|square)\s*(?:in\.?|inch(?:es)?)")
_PACKED = re.compile(
    r"\b\d+\s*(?:/|per|a|an|in\s+a)?\s*(?:box|boxes|bx|pk|pack|packs|package|carton|ct|count)\b"
    r"|(?:\bper|\ba|/)\s*(?:box|bx|pk|pack|package|carton)\b"
    r"|\b(?:box|boxes|pack|package|case|carton)\s+of\s+(?=\d)"
)


def _square_inches(value: float) -> str:
    return f" {round(value, 1):g} sqin "


def _area(size: re.Match[str]) -> str:
    width, first_cm, length, second_cm = size.groups()
    w, h = float(width), float(length)
    if first_cm or second_cm:  # "10 x 10 cm"
        return _square_inches(w * h / SQ_CM_PER_SQ_IN)
    return size.group(0) if w > MAX_SIDE or h > MAX_SIDE else _square_inches(w * h)


def _shaped(size: re.Match[str]) -> str:
    side, shape = float(size.group(1)), size.group(2)
    if side > MAX_SIDE:
        return size.group(0)
    return _square_inches(side * side if shape == "square" else math.pi * side * side / 4)


def pad_areas(text: str) -> str:
    """Pad sizes typed in normalised text, as square inches ("4x4" -> "16 sqin")."""
    text = _BY.sub(_area, text)
    text = _SHAPED.sub(_shaped, text)
    return _SQUARE_WORDS.sub(" sqin ", text)


def without_packing(text: str) -> str:
    """The description without how the item is packed ("gloves 100/box": gloves)."""
    return _PACKED.sub(" , ", text)


def extent_pattern(ends: list[str]) -> re.Pattern[str]:
    """ "foot to thigh", "head to toes": from one body part to another."""
    alternatives = "|".join(map(re.escape, ends))
    return re.compile(
        rf"\b((?:{alternatives})s?\s+(?:to|thru|through)\s+(?:the\s+)?(?:{alternatives})s?)\b"
    )


# A length in inches is a width unless a word beside it says depth or height ("seat depth 22
# in", "21 in deep", "16 in seat height"; "Seat frame depth, 22 to 25 inches"): each is compared
# only with the same measure of a code, so a 22-inch depth is no "width 22 inches or greater".
_MEASURES = (
    ("_depth", re.compile(r"\b(?:depth|deep|deeper)\b")),
    ("_height", re.compile(r"\b(?:height|high|tall|seat[- ]to[- ]floor)\b")),
    ("", re.compile(r"\b(?:width|wide|wider|across)\b")),
)
_BESIDE = 40  # characters looked at before a length (its clause and the one before it)


def measure_of(text: str, start: int, end: int) -> str:
    """The measure a length at text[start:end] gives ("_depth", "_height" or "" for width):
    the measure word nearest it in its clause, or in the clause before it."""
    before = ",".join(re.split(r"[;(]", text[max(0, start - _BESIDE) : start])[-1].split(",")[-2:])
    after = re.split(r"[,;(]", text[start : end + _BESIDE // 2])[0]
    nearest, found = math.inf, ""
    for suffix, words in _MEASURES:
        for match in words.finditer(before):
            if len(before) - match.end() < nearest:
                nearest, found = len(before) - match.end(), suffix
        following = words.search(after)
        if following and following.start() - (end - start) < nearest:
            nearest, found = max(0, following.start() - (end - start)), suffix
    return found


# A weight said of the item itself, not of the patient: "34 lb frame", "chair weighs 34 lbs", "the
# chair has to weigh less than 36 pounds", "lightweight model (under 36 lb)". The manual
# wheelchair classes differ by the chair's own weight (synonyms.yaml `range_quantities`), their
# users by far more: a weight over OWN_WEIGHT_MAX is always a patient's or a capacity.
OWN_WEIGHT_MAX = 60
OWN_WEIGHT = "_own"
_ITEM_NOUN = r"\b(?:wheelchair|chair|frame|model)s?\b"
_NOT_THE_ITEM = r"(?!(?:for|pt|patient|who|he|she|because|with|and)\b)"
_WEIGHT_AFTER = re.compile(rf"^[\s.-]*(?:{_NOT_THE_ITEM}[a-z]+[\s-]+)?{_ITEM_NOUN}")
_WEIGHT_BEFORE = re.compile(
    rf"{_ITEM_NOUN}(?:\s+{_NOT_THE_ITEM}[a-z]+){{0,3}}\s+(?:weighs?|weighing)\s*$"
    rf"|{_ITEM_NOUN}\s*\(?\s*$"
)


def weight_of(text: str, start: int, end: int, pounds: float) -> str:
    """OWN_WEIGHT when the weight at text[start:end] is the item's own, else ""."""
    if pounds > OWN_WEIGHT_MAX:
        return ""
    before = re.split(r"[,;:]", text[max(0, start - _BESIDE) : start])[-1]
    after = re.split(r"[,;:()]", text[end : end + _BESIDE // 2])[0]
    return OWN_WEIGHT if _WEIGHT_BEFORE.search(before) or _WEIGHT_AFTER.match(after) else ""


def measured(unit: str, match: re.Match[str], value: float, max_kcal_per_ml: float) -> str:
    """The unit of a quantity found by `match`: inches as the width, depth or height the words
    beside them say; pounds as the item's own weight or its user's; more kcal per ml than a
    formula holds (synonyms.yaml `formula_kcal_per_ml_max`) as calories."""
    if unit == "inches":
        return unit + measure_of(match.string, match.start(), match.end())
    if unit == "pounds":
        return unit + weight_of(match.string, match.start(), match.end(), value)
    if unit == "kcal_per_ml" and value > max_kcal_per_ml:
        return "kcal"  # "per 100 cal", "1500 kcal/day": the billing unit's calories, no density
    return unit
