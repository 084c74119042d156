"""deadlines.yaml: the windows that run from a claim's dates, the federal holidays, and the
date arithmetic both the checklist and `ask` count deadlines with."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator

from flows.formats import us_date
from flows.outcome.rule import Rule, unique_ids

CONTRACT_DEADLINES = ("timely_filing", "redetermination", "reconsideration", "reopening")
# A claim's dates a window runs from; a QIC's reconsideration date no claim holds, only a
# knowledge question types it ("QIC decision dated 11/2/2026, ALJ deadline?").
DATE_FIELDS = (
    "date_of_service",
    "determination_date",
    "redetermination_date",
    "submitted_on",
    "reconsideration_date",
)

# The claim's dates in the order they happen (an item is delivered, then billed, then decided):
# one before a date listed ahead of it cannot be right, and neither can a date counted from it.
DATE_ORDER = ("date_of_service", "submitted_on", "determination_date")


def dates_out_of_order(dates: dict[str, dt.date | None]) -> list[tuple[str, str]]:
    """(the field that should come first, the one that comes before it) for each pair of the
    claim's dates in the wrong order: ("date_of_service", "determination_date") for a
    determination dated before the item was delivered."""
    known = [(field, day) for field in DATE_ORDER if (day := dates.get(field)) is not None]
    return [
        (first, then)
        for at, (first, first_day) in enumerate(known)
        for then, then_day in known[at + 1 :]
        if then_day < first_day
    ]


class Length(BaseModel):
    model_config = ConfigDict(extra="forbid")

    days: int | None = Field(default=None, gt=0, le=3650)
    months: int | None = Field(default=None, gt=0, le=120)
    years: int | None = Field(default=None, gt=0, le=20)

    @model_validator(mode="after")
    def _one_unit(self) -> Length:
        if sum(v is not None for v in (self.days, self.months, self.years)) != 1:
            raise ValueError("give exactly one of days, months or years")
        return self

    def after(self, day: dt.date) -> dt.date:
        """The day this long after `day`; a month end that does not exist moves back (Feb 29)."""
        if self.days is not None:
            return day + dt.timedelta(days=self.days)
        months = self.months if self.months is not None else 12 * (self.years or 0)
        month_index = day.month - 1 + months
        year, month = day.year + month_index // 12, month_index % 12 + 1
        for last in (day.day, 30, 29, 28):
            try:
                return dt.date(year, month, min(day.day, last))
            except ValueError:
                continue
        raise AssertionError("unreachable: every month has a 28th")


class Window(Rule):
    """A period that runs from a date on the claim: a deadline or a reminder date."""

    starts: Literal[DATE_FIELDS]  # type: ignore[valid-type]
    length: Length
    # The date shown is counted strictly from `starts`. The law may allow more: days for the
    # notice to arrive by mail and a next-workday rollover; those give the legal last day
    # (`{id}_legal_last_day`), which the wording offers only as a fallback.
    receipt_days: int = Field(default=0, ge=0, le=30)  # presumed mail receipt before it starts
    deadline: bool = False  # listed under `deadlines` (contract ids only) when `when` holds
    # The contract id a deadline is listed under when its own id is none (a Medicare Advantage
    # plan's reconsideration is listed as `reconsideration`).
    listed_as: str | None = None
    why: str = Field(min_length=10)
    when_passed: str | None = None  # what is still possible once the date has gone by
    still_on_time: str | None = None  # gone by when counted strictly, the legal last day ahead
    due_today: str | None = None  # the date shown is today (else messages' outcome_due_today)
    rolls_to_next_workday: bool = False  # a last day on a weekend or federal holiday moves on
    # A safe date on a weekend or holiday: what to do by the last business day before it
    # ({day_off}, {weekday} {workday_before}), where it is not a claim transmission (else
    # messages' outcome_deadline_day_off).
    day_off_says: str | None = None
    # A safe date on a weekend or holiday whose last business day before it has gone by while the
    # date itself has not: the fallback the law allows, with its doubts, in the same fields and
    # {next_workday} (else messages' outcome_deadline_day_off_passed).
    day_off_passed: str | None = None

    @model_validator(mode="after")
    def _contract_id(self) -> Window:
        if self.deadline and (self.listed_as or self.id) not in CONTRACT_DEADLINES:
            raise ValueError(f"a deadline id must be one of {', '.join(CONTRACT_DEADLINES)}")
        return self

    def due(self, start: dt.date) -> dt.date:
        return self.length.after(start)

    @property
    def extended_by_law(self) -> bool:
        return bool(self.receipt_days) or self.rolls_to_next_workday


class Holiday(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: dt.date
    name: str = Field(min_length=3)


class FederalHolidays(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: HttpUrl
    last_reviewed: dt.date
    days: list[Holiday] = Field(min_length=1)


class DeadlinesFile(BaseModel):
    version: int
    federal_holidays: FederalHolidays
    windows: list[Window]

    @model_validator(mode="after")
    def _unique(self) -> DeadlinesFile:
        unique_ids(list(self.windows), "deadline")
        return self

    def day_off(self, day: dt.date) -> str | None:
        """Why nobody files on this day ("Saturday", "federal holiday (Labor Day)"), or None."""
        if day.weekday() >= 5:
            return day.strftime("%A")
        holiday = next((h.name for h in self.federal_holidays.days if h.date == day), None)
        return f"federal holiday ({holiday})" if holiday else None

    def next_workday(self, day: dt.date, step: int = 1) -> dt.date:
        """The day itself if it is a workday, else the first workday after it (before it with
        `step=-1`)."""
        while self.day_off(day):
            day += dt.timedelta(days=step)
        return day

    def act_by(self, due: dt.date) -> dt.date:
        """The day to act by for a date: the date itself on a workday, else the last workday
        before it (a deadline on a Sunday is met by transmitting on the Friday)."""
        return self.next_workday(due, step=-1)

    def day_off_line(
        self, window: Window, due: dt.date, today: dt.date
    ) -> tuple[str, dict[str, object]] | None:
        """What a date still ahead that falls on a weekend or federal holiday asks (F17.19): act
        by the last business day before it (5 p.m. ET), named, while it is ahead; that it is
        today; or that it has passed, with the fallback the law allows (the window's own words
        where it has them, else messages'). The words' key and fields, the one place the
        checklist and `ask` read them from; None for a workday or a date gone by."""
        day_off = self.day_off(due)
        if due < today or day_off is None:
            return None
        before, after = self.act_by(due), self.next_workday(due)
        fields: dict[str, object] = {
            "day_off": day_off, "workday_before": before, "weekday": f"{before:%A}",
            "next_workday": f"{after:%A} {us_date(after)}",
        }  # fmt: skip
        if before == today:
            return "messages.outcome_deadline_day_off_today", fields
        ahead = before > today
        own = window.day_off_says if ahead else window.day_off_passed
        if own:
            return f"deadlines.{window.id}.{'day_off_says' if ahead else 'day_off_passed'}", fields
        return f"messages.outcome_deadline_day_off{'' if ahead else '_passed'}", fields

    def legal_last_day(self, window: Window, start: dt.date) -> dt.date:
        """The legal last day: after the presumed mail days, rolled past a day off."""
        due = window.length.after(start + dt.timedelta(days=window.receipt_days))
        return self.next_workday(due) if window.rolls_to_next_workday else due
