"""What a biller tells of in the item's description (a nursing facility stay, an ABN signed
after delivery), as checks.yaml defines it: a pattern, and for some a date to set against the
date of service."""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from flows.parsing import InvalidAnswer, read_date


class Situation(BaseModel):
    """One situation rules test as `situations: id`: told when `matches` finds it, or when
    `after_date_of_service` finds a date (its `date` group) later than the date of service
    ("delivered 10/29 ..., pt signed the ABN on 11/3")."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    matches: str = Field(min_length=3)
    after_date_of_service: str | None = None
    note: str | None = None  # for reviewers; never shown to billers

    @field_validator("matches", "after_date_of_service")
    @classmethod
    def _compiles(cls, pattern: str | None) -> str | None:
        try:
            re.compile(pattern or "")
        except re.error as error:
            raise ValueError(f"not a valid regular expression: {error}") from None
        return pattern

    @model_validator(mode="after")
    def _names_the_date(self) -> Situation:
        dated = self.after_date_of_service
        if dated is not None and "date" not in re.compile(dated).groupindex:
            raise ValueError(
                f"situation '{self.id}': after_date_of_service needs a (?P<date>...) group"
            )
        return self

    # Compiled once per content load (and kept with it): every claim reads every situation, and
    # re's own cache (512 patterns) does not hold them beside the rest of the product's.
    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        dated = self.after_date_of_service
        told = re.compile(self.matches, re.IGNORECASE)
        return told, None if dated is None else re.compile(dated, re.IGNORECASE)

    def told_in(self, text: str, date_of_service: dt.date | None) -> bool:
        """The description tells of this situation."""
        told, dated = self.patterns
        if told.search(text):
            return True
        if dated is None or date_of_service is None:
            return False
        found = dated.finditer(text)
        return any(_after(match.group("date"), date_of_service) for match in found)


def _after(typed: str, date_of_service: dt.date) -> bool:
    """A typed date is after the date of service: a month and day alone is read as the one
    within 90 days after it, else the latest before it (a 12/28 delivery's "1/3" is January's)."""
    try:
        return read_date(typed, date_of_service, allow_future=True)[0] > date_of_service
    except InvalidAnswer:
        return False
