"""A date typed in a deadline question ("dos 12/13/2025, last day to file?"): the deadline counted
from it as content/rules/deadlines.yaml counts it, and, when that last day is a weekend or a
federal holiday, the entry on such days in place of the general one (rules/knowledge.yaml
`dated_deadlines`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from pydantic import BaseModel

from flows.outcome.rulebook import DeadlinesFile
from flows.text import phrase_pattern

# A full date as billers type it: 12/13/2025 or 1/10/26 (a date with no year says no deadline).
_FULL_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")


class DatedDeadline(BaseModel):
    """One deadline a typed date can settle: `window` is its window id in deadlines.yaml, and
    `date_is` the words saying the date is the one the window starts from ("dos"); `entries`
    answer the question in general; `on_day_off` answers it when the last day counted from the
    date falls on a weekend or federal holiday."""

    window: str
    date_is: list[str]
    entries: list[str]
    on_day_off: str


class DayOff(NamedTuple):
    """The deadline a typed date gives, on a day nobody files."""

    entry_id: str
    start: dt.date
    due: dt.date
    why: str  # "Sunday", "federal holiday (Labor Day)"


def typed_date(question: str) -> dt.date | None:
    """The one full date the question types, or None (none, several, or not a real date)."""
    found = _FULL_DATE.findall(question)
    if len(found) != 1:
        return None
    month, day, year = (int(part) for part in found[0])
    try:
        return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None


class DatedDeadlines:
    """The `dated_deadlines` rules over the deadline windows, read once."""

    def __init__(self, rules: list[DatedDeadline], deadlines: DeadlinesFile | None) -> None:
        windows = {window.id: window for window in deadlines.windows} if deadlines else {}
        self._rules = [
            (rule, windows[rule.window], phrase_pattern(rule.date_is))
            for rule in rules
            if rule.window in windows
        ]
        self._deadlines = deadlines

    def day_off(self, question: str, best_entry: str) -> DayOff | None:
        """For a question the ranking answers with a deadline's entry and that types one date:
        the entry on weekends and holidays, when the last day counted from it is one."""
        start = typed_date(question)
        if start is None or self._deadlines is None:
            return None
        text = " ".join(re.findall(r"[a-z0-9]+", question.lower()))
        for rule, window, date_is in self._rules:
            if best_entry not in rule.entries or not (date_is and date_is.search(text)):
                continue
            due = window.due(start)
            why = self._deadlines.day_off(due)
            return DayOff(rule.on_day_off, start, due, why) if why else None
        return None
