"""Repair labor as billers type it: minutes, hours ("1.5 hrs", "1:30", "an hour") or K0739's
15-minute units ("4 units"), read as minutes so the outcome counts the units itself."""

from __future__ import annotations

import re

from flows.parsing import InvalidAnswer, clean_text

UNIT_MINUTES = 15  # K0739 is billed per 15 minutes
_HOURS = re.compile(r"(\d+(?:\.\d+)?|an?|one|half an?)\s*(?:hours?|hrs?|h)\b\.?")
_MINUTES = re.compile(r"(\d+)\s*(?:minutes?|mins?|m)\b\.?")
_UNITS = re.compile(r"(\d+)\s*(?:units?|u)\b\.?(?:\s*(?:of\s*)?k0739)?")
_CLOCK = re.compile(r"(\d{1,2}):([0-5]\d)")
_WORD_HOURS = {"a": 1.0, "an": 1.0, "one": 1.0, "half a": 0.5, "half an": 0.5}


def parse_minutes(text: str) -> int:
    """Minutes of labor from 1 to a day's 1,440: "45", "45 min", "1 hr", "1.5 hours", "1 hr 30
    min", "1:30", "an hour", "4 units" (of 15 minutes)."""
    value = clean_text(text).lower().strip(" .")
    value = re.sub(r"^(?:about|around|approx\.?|~)\s*", "", value)
    value = re.sub(r"\s+(?:of\s+)?labou?r(?:\s+time)?$", "", value)  # "45 min labor"
    minutes: float | None = None
    if re.fullmatch(r"\d{1,4}", value):
        minutes = int(value)
    elif clock := _CLOCK.fullmatch(value):
        minutes = int(clock.group(1)) * 60 + int(clock.group(2))
    elif units := _UNITS.fullmatch(value):
        minutes = int(units.group(1)) * UNIT_MINUTES
    else:
        hours = _HOURS.match(value)
        rest = re.sub(r"^[\s,]*(?:and\s+)?", "", value[hours.end() :]) if hours else value
        extra = _MINUTES.fullmatch(rest) if rest else None
        if hours and (not rest or extra):
            typed = hours.group(1)
            minutes = _WORD_HOURS[typed] * 60 if typed in _WORD_HOURS else float(typed) * 60
            minutes += int(extra.group(1)) if extra else 0
        elif extra and not hours:
            minutes = int(extra.group(1))
    if minutes is None or minutes != int(minutes):
        raise InvalidAnswer("invalid_labor_minutes")
    if not 1 <= minutes <= 24 * 60:
        raise InvalidAnswer("invalid_labor_minutes_range", minutes=int(minutes))
    return int(minutes)
