"""The DME MACs' caps on repair labor units (content/rules/labor_caps.yaml), read into facts.

A cap is a rule like any other (`when` the repaired part and item match); the first that holds
gives the units the outcome quotes for the labor line instead of the minutes divided by 15.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, model_validator

from flows.outcome.rule import Rule, unique_ids

MINUTES_PER_UNIT = 15  # K0739, K0740: per 15 minutes


class LaborCap(Rule):
    """One row of the DME MACs' table: the repair in the biller's words and its allowed units."""

    repair: str = Field(min_length=3)
    units: int = Field(ge=1, le=8)
    per_wheel: bool = False  # allowed per wheel, so a line's total is not compared with it


class LaborCapsFile(BaseModel):
    version: int
    caps: list[LaborCap]

    @model_validator(mode="after")
    def _unique(self) -> LaborCapsFile:
        unique_ids(list(self.caps), "labor cap")
        return self

    def facts_for(self, facts: dict[str, Any]) -> dict[str, Any]:
        """The cap facts of a repair line: which cap applies, its units in words, and whether
        the labor time given (or the K0739 line's quantity) goes over it."""
        cap = next((c for c in self.caps if c.applies(facts)), None)
        if facts.get("acquisition") != "repair" or cap is None:
            return {}
        allowed = f"{cap.units} unit{'s' if cap.units > 1 else ''}"
        minutes = facts.get("labor_minutes")
        return {
            "labor_cap": cap.id,
            "labor_cap_repair": cap.repair,
            "labor_cap_units": cap.units,
            "labor_cap_allowed": f"{allowed} per wheel" if cap.per_wheel else allowed,
            "labor_over_cap": not cap.per_wheel
            and minutes is not None
            and minutes > cap.units * MINUTES_PER_UNIT,
            "labor_line_over_cap": not cap.per_wheel
            and facts.get("code") in ("K0739", "K0740")
            and facts.get("quantity", 0) > cap.units,
        }
