"""How money and dates read back to a biller: one place for each format."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def money(amount: Decimal) -> str:
    """$1,234.50: dollars with thousands separators and cents."""
    return f"${amount:,.2f}"


def us_date(day: dt.date) -> str:
    """03/14/2026: the month/day/year form billers read on claims and remittances."""
    return day.strftime("%m/%d/%Y")
