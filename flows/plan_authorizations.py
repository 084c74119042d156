"""Plans' own prior-authorization rules (content/rules/plan_authorizations.yaml): whether a
commercial or Medicaid plan needs one for a line, from a plan threshold the facts name or the
plan's rule as the biller quotes it in the request; unknown otherwise (check the plan's list)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

from flows.conditions import PAYER_TYPES

PlanReading = Literal["over_threshold", "quoted_rule", "under_threshold"]


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"not a valid regular expression: {error}") from None
    return pattern


class PlanThreshold(BaseModel):
    """One plan's published amount above which its line needs prior authorization."""

    model_config = ConfigDict(extra="forbid")

    plan: str = Field(min_length=3)  # as the sentence names it
    names: str  # how billers write the plan's name (a regular expression, any case)
    payer: str
    over: Decimal = Field(gt=0)  # a line total above this amount needs it
    purchases_only: bool = False  # the plan's rule is for purchases (a rental is not counted)
    source: HttpUrl
    last_reviewed: dt.date

    _pattern = field_validator("names")(_compiles)

    @field_validator("payer")
    @classmethod
    def _known_payer(cls, payer: str) -> str:
        if payer not in PAYER_TYPES:
            raise ValueError(f"payer must be one of {', '.join(PAYER_TYPES)}")
        return payer


class QuotedRule(BaseModel):
    """The plan's rule as a biller quotes it in one clause of the request ("PPO requires PA for
    DME over $1,000", "plan wants auth on every unlisted line"), unless the clause says none
    is needed."""

    model_config = ConfigDict(extra="forbid")

    authorization: str  # the words for prior authorization
    amount: str  # an amount the rule starts above; its (?P<amount>...) group holds the number
    every_line: str  # a rule for every line of a kind, with no amount
    negated: str  # the clause says no authorization is needed
    note: str | None = None

    _patterns = field_validator("authorization", "amount", "every_line", "negated")(_compiles)

    @cached_property
    def compiled(self) -> tuple[re.Pattern[str], ...]:
        return tuple(
            re.compile(p, re.IGNORECASE)
            for p in (self.authorization, self.amount, self.every_line, self.negated)
        )

    def over(self, description: str, line_total: Decimal | None) -> bool | None:
        """True when a quoted rule covers the line, False when its amount is above the line's,
        None when the request quotes no rule (or a rule and an amount the line lacks)."""
        authorization, amount, every_line, negated = self.compiled
        for clause in re.split(r"[.;!?\n]\s|[;!?\n]", description):
            if not authorization.search(clause) or negated.search(clause):
                continue
            found = amount.search(clause)
            if found and line_total is not None:
                return line_total > Decimal(found.group("amount").replace(",", ""))
            if every_line.search(clause):
                return True
        return None


class PlanAuthorizationsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    plans: list[PlanThreshold]
    quoted: QuotedRule

    def reading(self, payer: str, plan_name: str | None, description: str,
                line_total: Decimal | None, acquisition: str | None) -> dict[str, Any]:  # fmt: skip
        """The facts the document rules test: `plan_authorization` (over_threshold, quoted_rule,
        under_threshold or None) and the plan and amount the sentence names."""
        facts: dict[str, Any] = {"plan_authorization": None, "plan_authorization_plan": "",
                                 "plan_authorization_over": ""}  # fmt: skip
        quoted = self.quoted.over(description, line_total)
        if quoted is not None:
            facts["plan_authorization"] = "quoted_rule" if quoted else "under_threshold"
            return facts
        for plan in self.plans:
            named = plan_name and re.search(plan.names, plan_name, re.IGNORECASE)
            counted = not plan.purchases_only or acquisition not in ("rental", "repair")
            if plan.payer == payer and named and counted and line_total is not None:
                over = line_total > plan.over
                reading = "over_threshold" if over else "under_threshold"
                facts.update(plan_authorization=reading, plan_authorization_plan=plan.plan,
                             plan_authorization_over=plan.over)  # fmt: skip
                return facts
        return facts
