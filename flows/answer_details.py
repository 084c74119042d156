"""The details packed into one answer beside its own value: a maker, a model, a price or a count
typed with the item ("Whill Model Ci2 power assist add-on, new, about 1,250") or with the
manufacturer ("Drive Medical, model 790, $1,250.00 each, qty 1"). Each is lifted out, so the
description keeps the item's words and each detail is offered at its own question."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

# Commas between parts, never the one grouping thousands ("$1,250").
_PARTS = re.compile(r"\s*[;\n]\s*|\s*,(?!(?<=\d,)\d{3}(?!\d))\s*")
_MODEL = re.compile(r"\b(?:model|mdl)\b\.?\s*(?:#|no\.?|number)?\s*[:#]?\s*(\S+)", re.I)
# A product number: letters and digits in one word ("Ci2", "R850", "11150-1", "TB-200").
_PRODUCT_NUMBER = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[a-z])[a-z0-9][\w-]*[a-z0-9]|\d+-\d+", re.I)
_COUNT = re.compile(r"\b(?:qty|quantity|units?)\s*[:#=]?\s*(\d{1,3})\b|^x\s*(\d{1,3})$", re.I)
# A price: dollars, or a number with cents or thousands, with what billers type around it.
_AMOUNT = re.compile(
    r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?|(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?"
    r"(?=\s*(?:each|ea|/\s*(?:mo|month|ea)|per\b|a month|monthly|dollars|$))",
    re.I,
)
_PRICE_WORDS = re.compile(
    r"\b(?:each|ea|per|a|month|mo|monthly|unit|dollars?|price|cost|list|msrp|billed|at)\b|[@$/~]",
    re.I,
)


class Details(NamedTuple):
    """The item's own words, and the details beside them (field -> the value as typed)."""

    item: str
    offers: dict[str, str]


def read_details(text: str, hedges: list[str], plain_words: set[str]) -> Details:
    """The parts of `text` that are a price, a count, a model or its maker, lifted out; the
    rest is the item. `plain_words` are parts said of the line, not the item (new, used,
    rental): left out of the item, as its own question asks for them."""
    hedge = re.compile(rf"\b(?:{'|'.join(map(re.escape, hedges))})\b\.?", re.I) if hedges else None
    offers: dict[str, str] = {}
    kept: list[str] = []
    for number, part in enumerate(p for p in _PARTS.split(text.strip()) if p.strip()):
        rest = _lift(part, offers, hedge, number == 0, plain_words)
        words = re.findall(r"[a-z]+", rest.lower())
        if words and not all(word in plain_words for word in words):
            kept.append(rest)
    return Details(", ".join(kept), offers)


def _lift(
    part: str, offers: dict[str, str], hedge: re.Pattern[str] | None, first: bool, plain: set[str]
) -> str:
    """What is left of one part once its price, count, model and maker are in `offers`."""
    if (count := _COUNT.search(part)) and "quantity" not in offers:
        offers["quantity"] = count.group(1) or count.group(2)
        part = (part[: count.start()] + part[count.end() :]).strip()
    unhedged = hedge.sub(" ", part) if hedge else part
    amount = _AMOUNT.search(unhedged)
    if amount and "unit_price" not in offers and _priced(unhedged, amount, unhedged != part, plain):
        whole, cents = amount.group(1) or amount.group(3), amount.group(2) or amount.group(4)
        value = Decimal(whole.replace(",", "") + (cents or ""))
        if value > 0:
            offers["unit_price"] = f"{value:.2f}"
            rest = unhedged[: amount.start()] + unhedged[amount.end() :]
            return " ".join(_PRICE_WORDS.sub(" ", rest).split())
    if (model := _MODEL.search(part)) and "model" not in offers:
        offers["model"] = model.group(1).strip(".,")
        before, after = part[: model.start()].strip(), part[model.end() :].strip()
        _maker(before, offers)
        return after if before or not first else part
    number = _PRODUCT_NUMBER.search(part)
    if number and not first and "model" not in offers and part[:1].isupper():
        words = part.split()  # "Rifton Activity Chair R850": a maker, then the product
        if len(words) > 1:
            _maker(words[0], offers)
            offers["model"] = " ".join(words[1:])
        else:
            offers["model"] = part
        return ""
    return part


def _priced(part: str, amount: re.Match[str], hedged: bool, plain_words: set[str]) -> bool:
    """Whether the amount found is a price: a part of nothing but the amount, price words and
    words of the line ("about 1,250", "rental $325/mo", "450 per month"; not "auth needed over
    $500"), with a dollar sign, hedged, with cents or thousands, or per unit or month; a
    number alone ("790") may be a model."""
    rest = part[: amount.start()] + part[amount.end() :]
    if set(re.findall(r"[a-z]+", _PRICE_WORDS.sub(" ", rest).lower())) - plain_words:
        return False
    return bool(amount.group(1) or hedged or amount.group(4) or "," in amount.group(3)
                or _PRICE_WORDS.search(rest))  # fmt: skip


def _maker(words: str, offers: dict[str, str]) -> None:
    """A maker's name of one to three words before its model ("Drive Medical model 790")."""
    name = words.strip(" ,.-")
    if name and len(name.split()) <= 3 and name[:1].isupper() and "manufacturer" not in offers:
        offers["manufacturer"] = name
