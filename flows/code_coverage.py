"""Medicare coverage of a code: what each CMS coverage code means (codes/coverage.yaml) and the
advice we give with it."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field, computed_field, field_validator

from flows.code_table import HcpcsCode

MedicareCoverage = Literal[
    "carrier_judgement",
    "special_instructions",
    "not_payable",
    "not_covered",
    "not_covered_statute",
    "unknown",
]


class CoverageMeaning(BaseModel):
    letters: list[str]
    label: str = Field(min_length=1)
    advice: str = Field(min_length=1)


class UnconfirmedCode(BaseModel):
    """A code whose Medicare payment the fact sheet marks unconfirmed: its own label and advice
    replace its coverage code's, which would state a rule the facts do not confirm."""

    label: str = Field(min_length=1)
    advice: str = Field(min_length=1)
    facts: list[str] = Field(min_length=1)  # the fact ids that mark it unconfirmed


class CoverageFile(BaseModel):
    version: int
    last_reviewed: dt.date
    sources: list[str] = Field(min_length=1)
    coverage: dict[MedicareCoverage, CoverageMeaning]
    unconfirmed: dict[str, UnconfirmedCode] = {}

    @field_validator("coverage")
    @classmethod
    def _every_meaning(cls, coverage: dict[str, CoverageMeaning]) -> dict[str, CoverageMeaning]:
        missing = set(MedicareCoverage.__args__) - set(coverage)  # type: ignore[attr-defined]
        if missing:
            raise ValueError(f"missing: {', '.join(sorted(missing))}")
        return coverage


class Coverage(BaseModel):
    """What Medicare does with one code, from its CMS coverage code, with our advice."""

    code: str
    coverage_code: str
    medicare_coverage: MedicareCoverage
    label: str
    advice: str

    @computed_field  # type: ignore[prop-decorator]
    @property
    def never_covered(self) -> bool:
        """Medicare never pays for the item (non-covered, or excluded by law): a GY case."""
        return self.medicare_coverage in ("not_covered", "not_covered_statute")

    @property
    def may_pay(self) -> bool:
        """Medicare may pay for the item: by the DME MAC's judgement or special instructions."""
        return self.medicare_coverage in ("carrier_judgement", "special_instructions")


class CoverageMeanings:
    """The reviewed meaning of every CMS coverage code, looked up by the code's letter."""

    def __init__(self, coverage: CoverageFile) -> None:
        self._meanings = coverage.coverage
        self._unconfirmed = coverage.unconfirmed
        self._by_letter: dict[str, MedicareCoverage] = {
            letter: name for name, kind in coverage.coverage.items() for letter in kind.letters
        }

    def of(self, found: HcpcsCode) -> Coverage:
        """Medicare coverage of a code of the table (a letter no meaning lists is "unknown")."""
        name = self._by_letter.get(found.coverage_code, "unknown")
        meaning = self._meanings[name]
        unsure = self._unconfirmed.get(found.code)
        return Coverage(
            code=found.code,
            coverage_code=found.coverage_code,
            medicare_coverage=name,
            label=(unsure or meaning).label,
            advice=(unsure or meaning).advice.strip().format(code=found.code),
        )
