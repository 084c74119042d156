"""The conditions rule files declare (`when:`), checked against one claim's facts.

A billing lead writes `when: {payer: medicare, acquisition: [repair, replacement]}`; this module
is the only place that knows what such a mapping means, so no billing rule needs Python.

A condition value is one of:
- a scalar: the fact equals it (a list-valued fact contains it);
- a list: the fact is one of them (a list-valued fact shares one);
- a mapping of tests: `not` (any of the above, negated), `min` / `max` (numbers, inclusive),
  `matches` (a regular expression, case-insensitive), `present` (true: the fact has a value).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Annotated, Any, get_args

from pydantic import AfterValidator

from flows.code_coverage import MedicareCoverage
from flows.models import (
    DOCUMENT_IDS,
    Acquisition,
    ClaimStatusName,
    DenialReason,
    DocumentStatus,
    ItemCategory,
    PayerType,
    ReplacementReason,
)

PAYER_TYPES: tuple[str, ...] = get_args(PayerType)
COVERAGE: tuple[str, ...] = get_args(MedicareCoverage)
ROUTES = ("new_claim", "redetermination", "reopening", "ask_contractor", "none")
DOCUMENT_STATUSES: tuple[str, ...] = get_args(DocumentStatus)

# Every fact a rule may test: a tuple lists its values; a word names its kind.
FACTS: dict[str, tuple[str, ...] | str] = {
    "payer": PAYER_TYPES,
    "state": "text",  # the beneficiary's state, as on the claim (upper case)
    "category": get_args(ItemCategory),
    "acquisition": (*get_args(Acquisition), "unknown"),
    "code": "text",
    "code_kind": ("noc", "specific", "unknown"),
    "code_status": ("valid", "terminated", "unknown"),
    "coverage": COVERAGE,
    "pricing_indicator": "text",  # the code's CMS pricing indicator ("32", "36", ...)
    "likely_code": "text",
    "likely_code_coverage": COVERAGE,
    "better_noc_coverage": COVERAGE,
    "likely_code_groups": "list",  # the code_groups.yaml groups of the likely code
    "likely_code_reviewed": "bool",
    "likely_code_described": "bool",  # its name and most of its descriptor are typed
    "likely_code_in_family": "bool",  # the chosen NOC code stands for its group's items
    "likely_code_family": "text",  # the NOC code of the likely code's group (K0108)
    "likely_code_is_named_item": "bool",  # the repaired or base item's code, not the line's
    "likely_reading": "text",  # the likely code, or the sibling by a feature the item says
    "clear_reading": "text",  # the code the search reads far ahead of every other code shown
    "clear_reading_coverage": COVERAGE,
    "family_reading": "text",  # the code of the likely code's group the item's words settle on
    "family_reading_noc": "text",  # that group's NOC code (K0108)
    "family_reading_is_named_item": "bool",  # the repaired or base item's code, not the line's
    "reviewed_codes": "text",
    "reviewed_never_covered": "text",  # the one reviewed code Medicare never covers
    "reviewed_match": "text",  # the reviewed code that reads as the item
    "reviewed_first": "text",  # the reviewed code the search reads first by a clear lead
    "reviewed_first_family": "text",  # its group's NOC code (K0108 for a wheelchair accessory)
    "reviewed_rival": "bool",  # a broader reviewed code; the match adds an unsaid feature
    "reviewed_count": "int",  # specific codes reviewed and passed over
    "better_noc": "text",
    "named_item_noc": "text",  # the NOC code of the repaired or base item's kind (E0260: E1399)
    "successor_code": "text",  # the valid code carrying a terminated code's descriptor
    "successor_disagrees": "bool",  # the item's words name another item sharing a word
    "terminated_reading": "text",  # no successor: the valid code the search reads the item as
    "terminated_replacement": "text",  # that reading, when the old descriptor reads as it too
    "other_code": "text",  # a specific code billed: the other specific code the item reads as
    "other_code_described": "bool",  # its name and most of its descriptor are typed
    "other_code_reviewed": "bool",  # the biller reviewed it and kept the keyed code
    "other_code_clear": "bool",  # it leads the keyed code widely and every other code shown
    "sibling_said": "text",  # the billed code's sibling by one feature the item says instead
    "detail_code": "text",  # a code saying the detail of the item the chosen code contradicts
    "detail_code_first": "bool",  # the search reads the item first as that code
    "detail_code_sole": "bool",  # the one such code closest to the chosen code's descriptor
    "word_noc": "text",
    "code_rule": "text",  # the checks.yaml code rule that replaced the chosen code, if one did
    "never_covered_why": "text",  # the item is a kind Medicare may never cover (noc.yaml)
    "expect_denial": "bool",
    "denial_reason": (*get_args(DenialReason), "unknown"),
    "timing": ("planned", "delivered", "undated"),
    "claim_status": get_args(ClaimStatusName),
    "denial_route": (*ROUTES, "not_denied"),
    "unprocessable": "bool",
    "denial_codes": "list",
    "front_end_codes": "list",  # a front-end rejection's codes in denial_codes (A7:507, 277CA)
    "remittance_codes": "list",  # the remittance codes in denial_codes (CO-16, N350)
    "read_as_denied": "bool",  # keyed "submitted", but a remittance code shows a decision
    "unread_denial_codes": "list",  # entries of denial_codes that are no code the rules read
    "has_determination": "bool",
    "has_redetermination_decision": "bool",
    "dates_out_of_order": "bool",
    "submitted_before_service": "bool",
    "determination_before_service": "bool",  # a likely typo in one of the two dates
    "replacement_reason": (*get_args(ReplacementReason), "unknown"),
    "rental_month": "int",
    "repair_of_code": "text",
    "code_groups": "list",  # named groups of content/rules/code_groups.yaml the code is in
    "repair_of_code_groups": "list",
    "base_item_code_groups": "list",  # the groups of the base item's code (a K0003 wheelchair)
    "repair_of_purchased": "text",
    "repaired_item_age_months": "int",  # months from repair_of_purchased to the date of service
    "labor_minutes": "int",
    # the DME MACs' labor cap for the repaired part (labor_caps.yaml), if one applies
    "labor_cap": "text",
    "labor_cap_units": "int",
    "labor_over_cap": "bool",  # the labor minutes given come to more units than the cap
    "labor_line_over_cap": "bool",  # a K0739/K0740 line's quantity is over the cap
    "base_item_code": "text",
    "text": "text",
    "situations": "list",  # what the description tells of (checks.yaml situations)
    "dme_mac_contractor": "text",  # Noridian or CGS, from the beneficiary's state
    "claim_unsafe_characters": "bool",  # X12 separators, emoji, accents in the narrative's parts
    "price_known": "bool",
    "maker_known": "bool",  # the item names its manufacturer
    "model_known": "bool",
    "unit_price_cents": "int",
    "line_total_cents": "int",  # unit price times quantity
    # the plan's own prior-authorization rule for the line (plan_authorizations.yaml), if known
    "plan_authorization": ("over_threshold", "quoted_rule", "under_threshold"),
    # what the request says the payer told the biller (plan_authorizations.yaml, `stated`)
    "prior_authorization_said": ("not_required", "condition_not_met", "obtained"),
    "quantity": "int",
    "state_known": "bool",
    "date_of_service_day": "text",  # "MM-DD", for rules about one calendar day (Feb 29)
    "date_of_service_ymd": "int",  # 20260512, for rules that start or end on a date
    "days_to_timely_filing": "int",
    # It ended on a weekend or federal holiday and today is the next workday.
    "timely_filing_next_workday_is_today": "bool",
    "timely_filing_day_off": "text",  # "Saturday", "federal holiday (Thanksgiving Day)"
    # Days to the last business day on or before the limit (transmit by 5 p.m. ET that day).
    "days_to_timely_filing_act_by": "int",
    "filed_within_timely_filing": "bool",  # submitted on or before the 12-month limit
    "days_to_record_retention": "int",
    "deadlines_gone": "list",  # deadlines past even the law's last day (good cause needed)
    "missing_required": "bool",
    "narrative_needed": "bool",  # the checklist's narrative is not "not needed"
    "before_delivery_documents": "list",
    "missing_documents": "list",
    "modifiers": "list",
    **{document: DOCUMENT_STATUSES for document in DOCUMENT_IDS},
}
TESTS = ("not", "min", "max", "matches", "present")


def _check_value(fact: str, value: object) -> None:
    kind = FACTS[fact]
    values = value if isinstance(value, list) else [value]
    for one in values:
        if isinstance(kind, tuple) and one not in kind:
            raise ValueError(f"{fact}: '{one}' is not one of {', '.join(kind)}")
        if kind == "bool" and not isinstance(one, bool):
            raise ValueError(f"{fact}: write true or false, not '{one}'")
        if kind == "int" and (isinstance(one, bool) or not isinstance(one, int)):
            raise ValueError(f"{fact}: write a whole number, not '{one}'")


def validate_conditions(conditions: dict[str, Any]) -> dict[str, Any]:
    """Rejects unknown facts, values a fact never takes, and malformed tests (content check)."""
    for fact, expected in conditions.items():
        if fact not in FACTS:
            raise ValueError(f"unknown fact '{fact}' (known: {', '.join(sorted(FACTS))})")
        if not isinstance(expected, dict):
            _check_value(fact, expected)
            continue
        for test, argument in expected.items():
            if test not in TESTS:
                raise ValueError(f"{fact}: unknown test '{test}' (use {', '.join(TESTS)})")
            if test == "not":
                _check_value(fact, argument)
            elif test in ("min", "max") and (
                isinstance(argument, bool) or not isinstance(argument, int)
            ):
                raise ValueError(f"{fact}: {test} needs a whole number")
            elif test == "matches":
                try:
                    re.compile(str(argument))
                except re.error as error:
                    raise ValueError(f"{fact}: bad pattern ({error})") from None
            elif test == "present" and not isinstance(argument, bool):
                raise ValueError(f"{fact}: present is true or false")
    return conditions


Conditions = Annotated[dict[str, Any], AfterValidator(validate_conditions)]


def _matches(value: object, expected: object) -> bool:
    if isinstance(expected, list):
        if isinstance(value, list):
            return bool(set(value) & set(expected))
        return value in expected
    if isinstance(value, list):
        return expected in value
    return value == expected and type(value) is type(expected)


def _passes(value: object, test: str, argument: object) -> bool:
    if test == "not":
        return not _matches(value, argument)
    if test == "present":
        return (value not in (None, "", [])) is argument
    if value is None:
        return False
    if test == "min":
        return value >= argument  # type: ignore[operator]
    if test == "max":
        return value <= argument  # type: ignore[operator]
    return _pattern(str(argument)).search(str(value)) is not None


@cache  # the rule files' patterns, each compiled once (re's own cache is shared and small)
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def holds(conditions: dict[str, Any], facts: dict[str, Any]) -> bool:
    """True when every condition holds for these facts (an empty mapping always holds)."""
    for fact, expected in conditions.items():
        value = facts.get(fact)
        if isinstance(expected, dict):
            if not all(_passes(value, test, arg) for test, arg in expected.items()):
                return False
        elif not _matches(value, expected):
            return False
    return True
