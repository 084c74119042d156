"""How money and dates read back to a biller: one place for each format."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal


def money(amount: Decimal) -> str:
    """$1,234.50: dollars with thousands separators and cents."""
    return f"${amount:,.2f}"


def us_date(day: dt.date) -> str:
    """03/14/2026: the month/day/year form billers read on claims and remittances."""
    return day.strftime("%m/%d/%Y")


def clipped(text: str, limit: int) -> str:
    """Typed text said back within `limit` characters, cut at a word's end with an ellipsis
    ("signed by the physi" would read as a typo of the biller's)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:-") + "…"


_THOUSANDS = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d*)?")


class AmbiguousComma(ValueError):
    """An amount with a comma that does not group thousands; `guess` reads it as a decimal comma."""

    def __init__(self, guess: str | None) -> None:
        super().__init__("not a decimal amount: a comma may only group thousands (1,250.00)")
        self.guess = guess


def without_thousands_commas(value: str) -> str:
    """Drops commas that group thousands ("1,250.00"). Any other comma ("12,50", "1,2") may be a
    decimal comma, and dropping it would bill 100 times the amount: AmbiguousComma instead."""
    if "," not in value or _THOUSANDS.fullmatch(value):
        return value.replace(",", "")
    whole, _, cents = value.rpartition(",")
    if re.fullmatch(r"-?\d+", whole) and re.fullmatch(r"\d{1,2}", cents):
        raise AmbiguousComma(f"{whole}.{cents:0<2}")
    raise AmbiguousComma(None)
