"""The details packed into one answer beside its own value: a maker, a model, a price or a count
typed with the item ("Whill Model Ci2 power assist add-on, new, about 1,250") or with the
manufacturer ("Drive Medical, model 790, $1,250.00 each, qty 1"). Each is lifted out, so the
description keeps the item's words and each detail is offered at its own question."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from flows.parsing import LIST_COMMA

# Commas between parts, never the one grouping thousands ("$1,250").
_PARTS = re.compile(rf"\s*[;\n]\s*|\s*{LIST_COMMA.pattern}\s*")
_MODEL = re.compile(r"\b(?:model|mdl)\b\.?\s*(?:#|no\.?|number)?\s*[:#]?\s*(\S+)", re.I)
# A product number: letters and digits in one word ("Ci2", "R850", "11150-1", "TB-200").
_PRODUCT_NUMBER = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[a-z])[a-z0-9][\w-]*[a-z0-9]|\d+-\d+", re.I)
# A count: "qty 2", "x2", "2 @ 45.00", "2 at $45", "2 x 45.00", "2 each", "1 ea" (a number
# with no $, cents or thousands before "each" counts the items; "$125 each" is a price).
_COUNT = re.compile(
    r"\b(?:qty|quantity|units?)\s*[:#=]?\s*(\d{1,3})\b|(?:^|(?<=\s))[xX]\s?(\d{1,3})$"
    r"|^(\d{1,3})\s*(?:@|at\b|x\b)(?=\s*\$?\s?\d)"
    r"|(?<![$\d.,])(\d{1,3})\s*(?:each|ea)\b\.?(?![.,]?\d)",
    re.I,
)
# A price: dollars, or a number with cents or thousands, with what billers type around it.
_AMOUNT = re.compile(
    r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?|(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?"
    r"(?=\s*(?:each|ea|/\s*(?:mo|month|ea)|per\b|a month|monthly|dollars|$))",
    re.I,
)
# What makes a bare number a price; "each" alone does not ("2 each" is a count).
_PRICE_CUES = re.compile(
    r"\b(?:price|priced|cost|charge|pl|list|msrp|billed|dollars?|month|mo|monthly|at)\b|[@$/~]",
    re.I,
)
# A size or weight typed as one word ("450lb", "20in"): it describes the item, never a model.
_MEASURE = re.compile(r"\d+(?:\.\d+)?\s*(?:lbs?|kg|in|inch|cm|mm|ft|oz|\")\.?", re.I)
_MAKER_CUE = re.compile(r"^(?:made\s+by|by|mfr|mfg|manufacturer|maker)\b\.?:?\s*", re.I)
_PRICE_WORDS = re.compile(
    r"\b(?:each|ea|per|a|month|mo|monthly|unit|dollars?|price|priced|cost|charge|pl|list|msrp|billed|at)\b"
    r"|[@$/~]",
    re.I,
)


class Details(NamedTuple):
    """The item's own words, and the details beside them (field -> the value as typed)."""

    item: str
    offers: dict[str, str]


def read_details(
    text: str,
    hedges: list[str],
    plain_words: set[str],
    makers: frozenset[str] = frozenset(),
    endings: frozenset[str] = frozenset(),
) -> Details:
    """The parts of `text` that are a price, a count, a model or its maker, lifted out; the
    rest is the item. `plain_words` are parts said of the line, not the item (new, used,
    rental): left out of the item, as its own question asks for them. `makers` are the known
    makers' names (lower case): only one of them, "by" or "model" makes a name a maker; the
    capitalised `endings` after one are its name too ("NOVA Medical Products")."""
    hedge = re.compile(rf"\b(?:{'|'.join(map(re.escape, hedges))})\b\.?", re.I) if hedges else None
    offers: dict[str, str] = {}
    kept: list[str] = []
    for number, part in enumerate(p for p in _PARTS.split(text.strip()) if p.strip()):
        rest = _lift(part, offers, hedge, number == 0, plain_words, (makers, endings))
        words = re.findall(r"[a-z]+", rest.lower())
        if words and not all(word in plain_words for word in words):
            kept.append(rest)
    return Details(", ".join(kept), offers)


def _lift(
    part: str,
    offers: dict[str, str],
    hedge: re.Pattern[str] | None,
    first: bool,
    plain: set[str],
    makers: tuple[frozenset[str], frozenset[str]],
) -> str:
    """What is left of one part once its price, count, model and maker are in `offers`."""
    count = _COUNT.search(part)
    if count and count.group(4) and _PRICE_CUES.search(part[: count.start()]):
        count = None  # "cost 95 each": a price
    if count and "quantity" not in offers and not _MODEL.search(part):
        offers["quantity"] = next(group for group in count.groups() if group)
        part = " ".join((part[: count.start()] + " " + part[count.end() :]).split())
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
        maker, item = _known_maker(before, makers)
        if not maker and before[:1].isupper() and len(before.split()) <= 3:
            maker, item = before, ""  # "Whill Model Ci2 ...": the name right before "model"
        if maker:
            _maker(maker, offers)
        if first and not before:
            return after or part
        return " ".join(f"{item} {after}".split())
    if first:  # "Drive Medical knee walker": the maker, then the item
        maker, item = _known_maker(part, makers)
        if maker and item and "manufacturer" not in offers:
            offers["manufacturer"] = maker
            return item
        return part
    number = _PRODUCT_NUMBER.search(part)
    if number and "model" not in offers and not _MEASURE.fullmatch(number.group()):
        cue = _MAKER_CUE.match(part)
        named = part[cue.end() :] if cue else part
        maker, product = _known_maker(named, makers)
        if cue and not maker and len(named.split()) > 1:  # "by Acme X200": a maker said so
            maker, product = named.split()[0], " ".join(named.split()[1:])
        if maker and product:  # "Rifton Activity Chair R850": a maker, then the product
            _maker(maker, offers)
            offers["model"] = product
            return ""
        if len(part.split()) == 1:  # "R850" alone is a model
            offers["model"] = part
            return ""
    return part


def _known_maker(words: str, makers: tuple[frozenset[str], frozenset[str]]) -> tuple[str, str]:
    """A known maker's name opening `words` (as typed) and the words after it; ("", words)
    when none opens them. A one-word name counts only capitalised ("Drive", not "drive belt").
    Capitalised endings of a firm's name after it stay with it ("NOVA Medical Products")."""
    names, endings = makers
    split = words.split()
    for size in range(min(3, len(split)), 0, -1):
        name = " ".join(split[:size]).strip(" ,.-")
        if name.lower() in names and (size > 1 or name[:1].isupper()):
            while size < len(split) and _is_ending(split[size], endings):
                size += 1
            return " ".join(split[:size]).strip(" ,.-"), " ".join(split[size:])
    return "", words


def _is_ending(word: str, endings: frozenset[str]) -> bool:
    """A capitalised word that ends a firm's name ("Medical", "Products", "Inc.")."""
    bare = word.strip(" ,.")
    return bare[:1].isupper() and bare.lower() in endings


def _priced(part: str, amount: re.Match[str], hedged: bool, plain_words: set[str]) -> bool:
    """Whether the amount found is a price: a part of nothing but the amount, price words and
    words of the line ("about 1,250", "rental $325/mo", "450 per month"; not "auth needed over
    $500"), with a dollar sign, hedged, with cents or thousands, or a price word ("PL 450",
    "cost 80"); a number alone ("790") may be a model, and one before "each" is a count."""
    rest = part[: amount.start()] + part[amount.end() :]
    if set(re.findall(r"[a-z]+", _PRICE_WORDS.sub(" ", rest).lower())) - plain_words:
        return False
    return bool(amount.group(1) or hedged or amount.group(4) or "," in amount.group(3)
                or _PRICE_CUES.search(rest))  # fmt: skip


def _maker(words: str, offers: dict[str, str]) -> None:
    """A maker's name of one to three words before its model ("Drive Medical model 790")."""
    name = words.strip(" ,.-")
    if name and len(name.split()) <= 3 and name[:1].isupper() and "manufacturer" not in offers:
        offers["manufacturer"] = name


# A product number in brackets after the name: "Nitro DLX (RTL10266)".
_BRACKETED_NUMBER = re.compile(r"\s*[(\[]\s*([^()\[\]]*\d[^()\[\]]*?)\s*[)\]]")
# "model", "model#" or "model no." between a product's name and its number.
_MODEL_WORD = re.compile(
    r"(?<=\S)[\s,;-]+(?:model|mdl)\b\.?\s*(?:#|no\.?|number)?\s*[:#]?\s*(?=\S*\d)", re.I
)


def model_named(text: str, closers: list[str]) -> str:
    """A model answer as the narrative carries it: its name and number ("Nitro DLX model
    RTL10266", "Nitro DLX, model# RTL10266", "Nitro DLX (RTL10266)" -> "Nitro DLX RTL10266"),
    without the `closers` after it that only say where it was read ("per invoice")."""
    value = text.strip()
    if closers:
        words = "|".join(re.escape(c) for c in sorted(closers, key=len, reverse=True))
        value = re.sub(rf"[\s,;:-]+(?:{words})[\s.!]*$", "", value, flags=re.I) or value
    value = _BRACKETED_NUMBER.sub(lambda m: f" {m.group(1)}", value)
    return " ".join(_MODEL_WORD.sub(" ", value).split())
