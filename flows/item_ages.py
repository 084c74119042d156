"""A patient's age in an item description, read as the size band the CMS descriptors name.

Pediatric codes say "pediatric" or name a size band: orthopedic shoes, surgical boots and
Benesch boots come for an "infant", a "child" or a "junior" (L3201-L3214). Billers type the
patient's age instead ("10-month-old", "6 yo", "13 y/o"), so an age is read as the band's size
word, which only those codes hold (synonyms.yaml `age_bands` and `range_words`): a junior's age
names no "peptamen junior" formula. A child's age between the bands, like "child", reads as
"pediatric" alone; months or years after "in", "after" or "for" are how long, not how old.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

_AGE = re.compile(r"\b(\d{1,2})[- ]?(years?|yrs?|yo|y/o|months?|mos?)(?:[- ]old)?\b")
# "liner shredded after 8 months", "3 socks in 4 months": how long, not how old.
_DURATION_BEFORE = re.compile(r"\b(?:in|after|within|over|every|for|past|last|first|next)\s*$")


class AgeBands(BaseModel):
    """Where a child's age crosses from one size band into the next."""

    infant_under_months: int = Field(gt=0)  # younger: an infant's size
    junior_from_years: int = Field(gt=0)  # this age or older (and still a child): a junior's
    band_words: list[str] = []  # a band the biller typed outranks the age ("8 yo, junior size")


class AgeReader:
    """Reads typed ages as the words the pediatric descriptors use."""

    def __init__(self, pediatric_under_years: int, bands: AgeBands) -> None:
        self._pediatric_under = pediatric_under_years
        self._bands = bands
        said = "|".join(map(re.escape, bands.band_words)) or "(?!)"
        self._band_said = re.compile(rf"\b(?:{said})\b")

    def read(self, text: str) -> str:
        """The text with a child's age read as "pediatric" and its size band ("for a 10 mo":
        pediatric infantsize; "13 y/o": pediatric juniorsize), an adult's age left out."""
        band_typed = self._band_said.search(text) is not None

        def age(match: re.Match[str]) -> str:
            number, unit = int(match.group(1)), match.group(2)
            spelled = unit in ("yo", "y/o") or match.group(0).endswith("old")
            if not spelled and _DURATION_BEFORE.search(text, 0, match.start()):
                return match.group(0)
            months = number if unit.startswith("mo") else number * 12
            if months >= self._pediatric_under * 12:
                return " "
            if band_typed:
                return " pediatric "
            if months < self._bands.infant_under_months:
                return " pediatric infantsize "
            if months >= self._bands.junior_from_years * 12:
                return " pediatric juniorsize "
            return " pediatric "  # the child's size, as "child" reads

        return _AGE.sub(age, text)
