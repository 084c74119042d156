"""How money and dates read back to a biller, and the date arithmetic of deadlines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def money(amount: Decimal) -> str:
    """$1,234.50: dollars with thousands separators and cents."""
    return f"${amount:,.2f}"


def us_date(day: dt.date) -> str:
    """03/14/2026: the month/day/year form billers read on claims and remittances."""
    return day.strftime("%m/%d/%Y")


def years_after(day: dt.date, years: int = 1) -> dt.date:
    """Same day `years` later; February 29 becomes February 28 (Medicare's timely-filing rule)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
