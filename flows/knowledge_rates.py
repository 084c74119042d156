"""What one plan's own contract or manual sets, which no entry states: what a commercial plan,
a Medicare Advantage brand, a state's program or a DME MAC pays ("what does Aetna commercial pay
for E1399"), one plan's own limits ("BCBS Illinois timely filing limit"), a regional plan's
policy ("BCBS of Texas") and one item's fee in one state (`contract_rates` in
rules/knowledge.yaml)."""

from __future__ import annotations

import re
from collections.abc import Collection

from pydantic import BaseModel

from flows.text import phrase_alternatives as _alternatives


class ContractRates(BaseModel):
    """`contract_rates` in rules/knowledge.yaml: asking what one commercial plan pays ("what
    does Aetna commercial pay for E1399"), which the team's contract with that plan says."""

    asks: list[str] = []
    pays: list[str] = []
    then: list[str] = []
    not_one_plan: list[str] = []
    # One named plan's own limit ("BCBS Illinois timely filing limit", "humana medicare advantage
    # filing limit"): its contract or provider manual sets it. `plans_named` adds the one-plan
    # names of other payer types (an MA plan's brand) to the commercial ones.
    plan_limits: list[str] = []
    plans_named: list[str] = []
    state_programs: list[str] = []  # a state's own program ("texas medicaid") is one plan
    # Limits asked of a state's program ("does Ohio Medicaid require a PA for a $700 item"),
    # or of a Medicare Advantage brand with an amount ("does humana need auth for a $400
    # item"): whether a commercial plan or a brand needs prior authorization at all ("does
    # humana need prior auth") is its payer type's entry's answer (each plan sets its own, so
    # the entry says to ask the plan).
    program_limits: list[str] = []
    # What one item's fee is in one state ("florida medicaid fee for a standard walker",
    # "2027 fee schedule amount for E0601 in Texas"): the fee schedule's own figure, which the
    # facts sheet does not hold. One of `item_fees`, not after "no" ("a no-fee item"), with a
    # state named anywhere in the question.
    item_fees: list[str] = []


def one_plans(
    rates: ContractRates, commercial: list[str], states: list[str], titles: Collection[str]
) -> list[str]:
    """The names of one plan each (a brand, one state's program) that no entry is written for:
    an entry's title naming the plan ("Montana Medicaid DME pricing and prior authorization",
    "Priority Health rules ...") answers for it."""
    plans = [plan for plan in commercial if plan not in rates.not_one_plan] + rates.plans_named
    plans += [f"{state} {program}" for state in states for program in rates.state_programs]
    titled = [f" {' '.join(re.findall(r'[a-z0-9]+', title.lower()))} " for title in titles]
    return [plan for plan in plans if not any(f" {plan} " in title for title in titled)]


def plan_limit_pattern(rates: ContractRates, plans: list[str]) -> re.Pattern[str] | None:
    """One plan by name (or one state's program), then within a few words one of the limits its
    own contract or manual sets; for a state's program, also one of `program_limits`, and for
    a Medicare Advantage brand one of them with an amount."""
    programs = [plan for plan in plans if plan.endswith(tuple(rates.state_programs))]
    brands = [plan for plan in plans if plan in rates.plans_named]
    shapes = [
        rf"\b{_alternatives(named)}\b(?:\s+\S+){{0,4}}?\s+{_alternatives(limits)}\b{amount}"
        for named, limits, amount in (
            (plans, rates.plan_limits, ""),
            (programs, rates.program_limits, ""),
            # a brand's own dollar threshold ("does humana gold plus need auth for a $400 item")
            (brands, rates.program_limits, r"(?=.*\b\d)"),
        )
        if named and limits
    ]
    return re.compile("|".join(shapes)) if shapes else None


def regional_plan_pattern(
    rates: ContractRates, plans: list[str], states: list[str]
) -> re.Pattern[str] | None:
    """A brand named with its state ("BCBS of Texas", "Anthem Ohio"): one regional plan, whose
    own policy its provider manual sets."""
    brands = [plan for plan in plans if not plan.endswith(tuple(rates.state_programs))]
    if not (brands and states):
        return None
    return re.compile(rf"\b{_alternatives(brands)}\s+(?:of\s+)?{_alternatives(states)}\b")


def item_fee_pattern(rates: ContractRates, states: list[str]) -> re.Pattern[str] | None:
    """An item's fee asked for with a state named, before or after it."""
    if not (rates.item_fees and states):
        return None
    fee, state = _alternatives(rates.item_fees), _alternatives(states)
    return re.compile(rf"(?<!\bno )\b{fee}\b.*\b{state}\b|\b{state}\b.*(?<!\bno )\b{fee}\b")


def contract_rate_pattern(
    rates: ContractRates, one_plan: list[str], contractors: list[str]
) -> re.Pattern[str] | None:
    """An ask, one plan (`one_plans`: a commercial brand, a Medicare Advantage brand, one
    state's program) or one DME MAC, within four words ("Humana's contract with us") how it
    pays, ending the question or followed by what it pays for ("... pay for E1399", "what does
    Humana MA pay for E1399 in Kentucky", "what does JD pay per unit of K0739"): the plan's
    contract or the fee schedule's figure."""
    plans = one_plan + contractors
    if not (rates.asks and rates.pays and plans):
        return None
    after = rf"\s+{_alternatives(rates.then)}\b|" if rates.then else ""
    return re.compile(
        rf"\b{_alternatives(rates.asks)}\s+(?:the\s+)?{_alternatives(plans)}"
        rf"(?:\s+\S+){{0,4}}?\s+{_alternatives(rates.pays)}(?:{after}$)"
    )


class PlansOwn:
    """Whether a question asks what one plan's own contract, manual or fee schedule says: the
    patterns above, built once over the rules' plans, states and DME MACs."""

    def __init__(
        self,
        rates: ContractRates,
        commercial: list[str],
        states: list[str],
        titles: Collection[str],
        contractors: list[str],
    ) -> None:
        plans = one_plans(rates, commercial, states, titles)
        self._patterns = [
            pattern
            for pattern in (
                contract_rate_pattern(rates, plans, contractors),
                plan_limit_pattern(rates, plans),
                regional_plan_pattern(rates, plans, states),
                item_fee_pattern(rates, states),
            )
            if pattern is not None
        ]

    def __call__(self, text: str) -> bool:
        """`text`: the question's words, lower case, joined by single spaces."""
        return any(pattern.search(text) for pattern in self._patterns)
