"""Reading what a biller typed for one intake step: the value, and whether it was read loosely
(from other words, a typo, units or a month and day alone) so the bot can say how it read it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from flows import parsing
from flows.intake import Step
from flows.models import Option


class Understood(NamedTuple):
    """A valid answer, and how it was read when that was not literally what was typed."""

    value: Any
    loosely: bool = False  # read from other words, a typo, a lead-in or units: say so
    year_assumed: bool = False  # a month and day alone: say which year was taken


def read_answer(
    step: Step,
    text: str,
    today: dt.date,
    options: list[Option],
    *,
    question: bool = False,
    lead_ins: list[str] = [],  # noqa: B006 (never mutated)
    blank: bool = False,
) -> Understood:
    """Validates typed text for a step; raises parsing.InvalidAnswer with a reason key. Text that
    reads as a question is matched to a choice only by number, value or label; `blank` text
    ("n/a") leaves an optional answer empty (unless a choice has its own words for it)."""
    if step.kind in ("choice", "search"):
        try:
            value, loosely = parsing.read_choice(text, options, by_words=not question)
        except parsing.InvalidAnswer:
            if blank and step.optional:
                return Understood(None, loosely=True)
            raise
        return Understood(value, loosely)
    if blank and step.optional:
        return Understood(None, loosely=True)
    stripped = parsing.strip_lead_in(text, lead_ins) if lead_ins else parsing.clean_text(text)
    trimmed = stripped != parsing.clean_text(text)
    if step.kind == "date":  # a date of service may be a planned delivery
        allow_future = step.name == "date_of_service"
        day, assumed = parsing.read_date(stripped, today, allow_future=allow_future)
        relative = parsing.relative_date(stripped.lower(), today) is not None  # say which day
        return Understood(day, trimmed or relative, assumed)
    value = parse_answer(step, stripped, today, options, question=question)
    typed_number = step.kind == "quantity" and stripped.strip() != str(value)
    worded_price = step.kind == "money" and re.search(r"[a-z]", stripped, re.I) is not None
    return Understood(value, trimmed or typed_number or worded_price)


def parse_answer(
    step: Step, text: str, today: dt.date, options: list[Option], *, question: bool = False
) -> Any:
    """Validates typed text for a step; raises parsing.InvalidAnswer with a reason key."""
    match step.kind:
        case "choice" | "search":
            return parsing.parse_choice(text, options, by_words=not question)
        case "text":
            return parsing.parse_free_text(text)
        case "date":  # a date of service may be a planned delivery
            return parsing.parse_date(text, today, allow_future=step.name == "date_of_service")
        case "month":
            return parsing.parse_month(text, today)
        case "money":
            return parsing.parse_money(text)
        case "quantity":
            return parsing.parse_quantity(text)
        case "state":
            return parsing.parse_state(text)
        case "hcpcs":
            return parsing.parse_hcpcs(text)
        case "codes":
            return parsing.parse_denial_codes(text)
    raise AssertionError(f"unknown step kind {step.kind}")
