"""A date typed in a deadline question ("dos 12/13/2025, last day to file?"): the deadline counted
from it as content/rules/deadlines.yaml counts it, and, when that last day is a weekend or a
federal holiday, the entry on such days in place of the general one (rules/knowledge.yaml
`dated_deadlines`)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

from flows.formats import us_date
from flows.messages import Messages
from flows.models import PLANNED_LIMIT
from flows.outcome.rulebook import DeadlinesFile, Holiday
from flows.parsing import InvalidAnswer, read_date

if TYPE_CHECKING:
    from flows.knowledge_rules import RankingRules

# A full date as billers type it: 12/13/2025 or 1/10/26 (a date with no year says no deadline).
_FULL_DATE = r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b(?!\s*(?:or|to|through|-)\s*\d)"
# Between a label and its date: spaces, a colon, an equals sign, a dash or a comma ("DOS: 9/6/25").
_MARKS = r"[\s:=,-]*"
# A day named before its date in brackets ("dos was juneteenth (6/19/2026)", "dos new years day
# 2027 (1/1/27)"): up to four words, then the bracket; or a holiday's name ending in "day" right
# before it ("dos was veterans day 11/11/2026").
_NAMED_DAY = r"(?:[a-z0-9']+\s+){0,4}\(|(?:[a-z']+\s+){0,2}day\s+"
# A date with the month spelled ("Jan 18 2026", "january 18th, 2026"): read as 1/18/2026.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SPELLED_DATE = re.compile(
    rf"\b({'|'.join(_MONTHS)})[a-z]*\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
)
# A weekday typed between a label and its date ("delivered Sat 12/26/2026", "dos: mon, 1/4/27").
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"


class DatedDeadline(BaseModel):
    """One deadline a typed date can settle: `window` is its window id in deadlines.yaml, and
    `date_is` the words labelling the date the window starts from ("dos 9/6/25", "a 9/6/25
    dos"), with up to two of `joined_by` between label and date ("dos was on 9/6/25");
    `entries` answer the question in general; `on_day_off` answers it when the last day counted
    from the date falls on a weekend or federal holiday. With none of `entries` ranked first,
    only a question saying `files_it` asks it ("sat 9/2/2028 delivery. claim due by?", however
    the words rank), and none asks it that names `other_deadline` (another deadline the date
    does not start)."""

    window: str
    date_is: list[str]
    joined_by: list[str] = []
    entries: list[str]
    on_day_off: str
    files_it: list[str] = []
    other_deadline: list[str] = []
    source: str = ""
    last_reviewed: dt.date | None = None

    def asked(self, question: str, ranked: list[str]) -> bool:
        """Whether the question asks this deadline: none of `other_deadline` said, and one of
        `entries` ranked first, or `files_it` said."""
        text = question.lower()
        if self.other_deadline and _any_said(tuple(self.other_deadline)).search(text):
            return False
        if ranked[0] in self.entries:
            return True
        return bool(self.files_it) and bool(_any_said(tuple(self.files_it)).search(text))


class DayOff(NamedTuple):
    """The deadline a typed date gives: on a day nobody files (`why`), or on a weekday outside
    the federal holiday list (`holidays`: its first and last day), which says nothing about
    holidays."""

    entry_id: str
    start: dt.date
    due: dt.date
    why: str  # "Sunday", "federal holiday (Labor Day)"; "" when the holidays could not be checked
    holidays: tuple[dt.date, dt.date] | None = None
    work_day: bool = False  # a weekday the holiday list says is no federal holiday

    def said(self, messages: Messages) -> str:
        """The last day counted from the typed date: why nobody files on it, that it is a
        working day, or that the holiday list does not reach it."""
        start, due = us_date(self.start), us_date(self.due)
        if self.work_day:
            return messages.text("answer_deadline_work_day", start=start, due=due,
                                 weekday=self.due.strftime("%A"))  # fmt: skip
        if self.holidays:
            return messages.text("answer_deadline_unchecked", start=start, due=due,
                                 weekday=self.due.strftime("%A"), first=us_date(self.holidays[0]),
                                 last=us_date(self.holidays[1]))  # fmt: skip
        return messages.text("answer_deadline_day_off", start=start, due=due, why=self.why)


class HolidayNames(BaseModel):
    """rules/knowledge.yaml `named_days`: holiday name -> "mm-dd", or its holiday-list name."""

    model_config = ConfigDict(extra="forbid")

    source: HttpUrl
    last_reviewed: dt.date
    days: dict[str, str] = Field(min_length=1)


class NamedDays:
    """Holidays typed by name with a year in place of a date ("christmas day 2027 delivery",
    "delivered on the fourth of july (2026)"), read as that day: a fixed month and day ("12-25")
    or, for a holiday set by its weekday, its name in the holiday list, dated from that year's
    row (rules/knowledge.yaml `named_days`)."""

    def __init__(self, names: dict[str, str], holidays: list[Holiday]) -> None:
        self._days = {_plain(name): day for name, day in names.items()}
        self._listed = {(_plain(h.name), h.date.year): h.date for h in holidays}
        spelled = sorted(self._days, key=len, reverse=True)
        names_group = "|".join(r"[\s-]+".join(map(re.escape, name.split())) for name in spelled)
        self._pattern = re.compile(rf"\b(?:the\s+)?({names_group})\s*,?\s*\(?(\d{{4}})\)?(?!\d)")

    def dated(self, text: str) -> str:
        """The text with each named holiday and year written as m/d/yyyy."""
        return self._pattern.sub(self._date, re.sub("['’]", "", text)) if self._days else text

    def _date(self, match: re.Match[str]) -> str:
        day, year = self._days[_plain(match.group(1))], int(match.group(2))
        if re.fullmatch(r"\d{2}-\d{2}", day):
            month, dom = (int(part) for part in day.split("-"))
            return f"{month}/{dom}/{year}"
        listed = self._listed.get((_plain(day), year))
        return f"{listed.month}/{listed.day}/{year}" if listed else match.group(0)


def _plain(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", name.lower().replace("'", "")))


def labelled_date(
    question: str,
    labels: list[str],
    joined_by: list[str],
    today: dt.date,
    named: NamedDays | None = None,
    years_ahead: bool = False,
) -> dt.date | None:
    """The one full date a label names ("dos 12/13/2025", "DOS was 1/10/26", "a 9/6/25 dos",
    "DOS Jan 18 2026", "dos was juneteenth (6/19/2026)"), or None (none, several, or not a date
    of service). Other dates in the question (the denial's, the remittance's) are not it. The
    date is read as the intake reads one ("99" is 1999); a date more than a year ahead is not a
    date of service, unless its year is typed in full and `years_ahead` allows it (a worked
    example: "DOS 7/4/2028, TF?", "DOS Feb 29 2036"): past the holiday list's end, a weekend is
    still known to be a day off."""
    if not labels:
        return None
    label = _words(labels)
    joiners = rf"(?:{_words(joined_by)}\s+){{0,2}}" if joined_by else ""
    text = _SPELLED_DATE.sub(
        lambda m: f"{_MONTHS.index(m.group(1)) + 1}/{m.group(2)}/{m.group(3)}", question.lower()
    )
    text = named.dated(text) if named else text
    found = re.findall(
        rf"\b{label}\b{_MARKS}{joiners}(?:{_NAMED_DAY})?{_WEEKDAY}{_FULL_DATE}", text
    ) + re.findall(rf"\b{_FULL_DATE}\s+{label}\b", text)
    if len(set(found)) != 1:
        return None
    try:
        typed, _ = read_date("/".join(found[0]), today, allow_future=True)
    except InvalidAnswer:
        return None
    in_full = years_ahead and len(found[0][2]) == 4
    return typed if typed <= today + PLANNED_LIMIT or in_full else None


@functools.lru_cache(maxsize=64)
def _any_said(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of a rule's phrases as whole words: built once, not for every question."""
    return re.compile(rf"\b{_words(list(phrases))}\b")


def _words(phrases: list[str]) -> str:
    """One group matching any of the phrases, words joined by spaces or dashes."""
    spelled = (r"[\s-]+".join(re.findall(r"[a-z0-9]+", phrase.lower())) for phrase in phrases)
    return "(?:" + "|".join(spelled) + ")"


class DatedDeadlines:
    """The `dated_deadlines` rules over the deadline windows, read once."""

    def __init__(
        self,
        rules: list[DatedDeadline],
        deadlines: DeadlinesFile | None,
        named_days: dict[str, str] | None = None,
    ) -> None:
        windows = {window.id: window for window in deadlines.windows} if deadlines else {}
        self._rules = [(rule, windows[rule.window]) for rule in rules if rule.window in windows]
        self._deadlines = deadlines
        days = deadlines.federal_holidays.days if deadlines else []
        self._named = NamedDays(named_days or {}, days)
        listed = [day.date for day in days]
        # The days the holiday list can vouch for: a last day outside them is counted unchecked.
        self._holidays = (min(listed), max(listed)) if listed else None

    @classmethod
    def of(cls, rules: RankingRules) -> DatedDeadlines:
        """The dated deadlines, holiday names and deadline windows of the ranking rules."""
        named = rules.named_days.days if rules.named_days else None
        return cls(rules.dated_deadlines, rules.deadlines, named)

    def day_off(
        self, question: str, ranked: list[str], today: dt.date | None = None
    ) -> DayOff | None:
        """For a question the ranking answers with a deadline's entry and that types its start
        date: the entry on weekends and holidays when the last day counted from it is one, or
        the general entry with the day counted when the holiday list does not reach it. A
        deadline whose entry does not rank first (`ranked`: the best entries first) is answered
        only for a day off, and only when the question says it files the claim
        (`DatedDeadline.asked`)."""
        if self._deadlines is None or not ranked:
            return None
        best_entry = ranked[0]
        today = today or dt.date.today()
        for rule, window in self._rules:
            if not rule.asked(question, ranked):
                continue
            labels, joined_by = rule.date_is, rule.joined_by
            start = labelled_date(question, labels, joined_by, today, self._named, True)
            if start is None:
                continue
            due = window.due(start)
            why = self._deadlines.day_off(due)
            if why:
                return DayOff(rule.on_day_off, start, due, why)
            holidays = self._holidays
            checked = holidays is None or holidays[0] <= due <= holidays[1]
            ranked_first = best_entry in rule.entries
            general = [entry for entry in rule.entries if entry != rule.on_day_off]
            if checked and best_entry == rule.on_day_off and general:
                # A working day: the general entry, not the one for days nobody files.
                return DayOff(general[0], start, due, "", work_day=True)
            return (
                None
                if checked or not ranked_first
                else DayOff(best_entry, start, due, "", holidays)
            )
        return None
