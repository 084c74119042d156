"""The claim narrative (NTE02 / Item 19) and the SV101-7 description, never over 80 characters."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import partial

from flows.formats import money
from flows.models import Item

NARRATIVE_LIMIT = 80  # NTE02 and SV101-7 both hold 80 characters


def _delivered(purchased: str | None) -> str:
    """The repaired item's purchase month as DME MACs show it: "del-06/19" for 2019-06."""
    if not purchased:
        return ""
    year, month = purchased.split("-")
    return f" del-{month}/{year[2:]}"


def short_description(description: str, abbreviations: dict[str, str]) -> str:
    """The SV101-7 description: as typed when it fits, abbreviated only where that buys room."""
    if len(description) <= NARRATIVE_LIMIT:
        return description
    return _shorten(_abbreviate(description, abbreviations), NARRATIVE_LIMIT)


def _capital_like(short: str, match: re.Match[str]) -> str:
    """The abbreviation, capitalised like the word it replaces ("Medical" -> "Med")."""
    return short[:1].upper() + short[1:] if match.group()[:1].isupper() else short


def _abbreviate(text: str, abbreviations: dict[str, str]) -> str:
    for word, short in abbreviations.items():
        pattern = rf"\b{re.escape(word)}\b"
        text = re.sub(pattern, partial(_capital_like, short), text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text.replace(" ,", ",")).strip(" ,;")


def _shorten(text: str, limit: int) -> str:
    """Cuts at a word boundary to at most `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    # A cut description must not end on a joining word ("hand control for").
    return re.sub(r"(\s+(for|of|with|w/|and|&|to|on|the|a))+$", "", cut.rstrip(" ,;-/&"),
                  flags=re.IGNORECASE).rstrip(" ,;-/&")  # fmt: skip


def build_narrative(
    item: Item, abbreviations: dict[str, str], leave_out: AbstractSet[str] = frozenset()
) -> tuple[str, list[str]]:
    """The NTE02 / Item 19 narrative: what it is, who makes it, model, price-list amount, and
    the base or repaired item's code (with its purchase month, "del-06/19"). Never over 80
    characters; returns the parts dropped.

    Price and related codes are never dropped (the DME MAC needs them to price the line); the
    description is abbreviated, then shortened, then the manufacturer and model go, in that order.
    """
    description = "" if "description" in leave_out else item.description
    manufacturer = "" if "manufacturer" in leave_out else (item.manufacturer or "")
    model = "" if "model" in leave_out else (item.model or "")
    fixed = []
    if item.unit_price is not None:
        fixed.append(f"PL {money(item.unit_price)}")
    if item.base_item_code:
        fixed.append(f"for {item.base_item_code}")
    if item.repair_of_code:
        fixed.append(f"repair of {item.repair_of_code}{_delivered(item.repair_of_purchased)}")

    def compose(desc: str, maker: str, mdl: str) -> str:
        product = " ".join(part for part in (maker, mdl) if part)
        return ", ".join(part for part in (desc, product, *fixed) if part)

    narrative = compose(description, manufacturer, model)
    if len(narrative) <= NARRATIVE_LIMIT:
        return narrative, []
    description = _abbreviate(description, abbreviations)
    manufacturer = _abbreviate(manufacturer, abbreviations)
    dropped: list[str] = []
    minimum_description = 20
    full_description = description
    for step in ("shorten", "manufacturer", "model", "shorten_hard", "cut"):
        narrative = compose(description, manufacturer, model)
        overflow = len(narrative) - NARRATIVE_LIMIT
        if overflow <= 0:
            break
        if step == "shorten":
            description = _shorten(
                description, max(minimum_description, len(description) - overflow)
            )
        elif step == "manufacturer" and manufacturer:
            manufacturer, dropped = "", [*dropped, "manufacturer"]
        elif step == "model" and model:
            model, dropped = "", [*dropped, "model"]
        elif step == "shorten_hard":
            description = _shorten(description, max(8, len(description) - overflow))
        elif step == "cut":  # only with absurd inputs: never go over the limit
            narrative, dropped = narrative[:NARRATIVE_LIMIT], [*dropped, "end of the text"]
    if description != full_description:
        dropped.insert(0, "end of the description")
    return narrative, dropped
