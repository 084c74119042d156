"""A deadline that falls today says so, in the dates list and the next step alike; one on a
weekend names the last business day before it and dates the step on it; and a Medicare
Advantage plan's reconsideration window is listed with the Medicare appeal windows. A wheelchair
part that may have a specific code leads with that code, K0108 shown as the fallback only."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.models import Claim
from tests.flows.test_outcome_situations import BUILDER


def claim(description: str, **fields: Any) -> Claim:
    item = {"description": description, "category": "equipment", **fields.pop("item", {})}
    return Claim.model_validate({
        "payer": fields.pop("payer", {"type": "medicare", "state": "OH"}),
        "item": item,
        "code_check": {"searched": True, "chosen_code": "E1399"},
        "date_of_service": "2026-09-15",
        **fields,
    })  # fmt: skip


# The plan's notice of 10/01/2026: its 65th day is 12/05/2026 (F16.13, F17.32).
PLAN_DENIED = claim(
    "Bariatric shower commode chair with padded seat",
    payer={"type": "medicare_advantage", "name": "Humana Gold"},
    claim={"status": "denied", "submitted_on": "2026-09-20",
           "determination_date": "2026-10-01", "denial_codes": ["CO-50"]},
)  # fmt: skip


def test_a_plan_appeal_due_on_a_saturday_today_says_the_friday_before_has_passed() -> None:
    """The 65th day is Saturday 12/05/2026, today: the last business day before it has gone
    by, said plainly, and the step is dated on it and overdue (F17.19)."""
    today = dt.date(2026, 12, 5)
    found = BUILDER.build(PLAN_DENIED, today)
    (window,) = found.deadlines
    assert (window.id, window.date, window.passed) == ("reconsideration", today, False)
    assert "check the plan's notice" in window.why  # a contracted supplier's date differs
    assert "last business day before it, Friday 12/04/2026, has passed" in window.why
    step = next(f for f in found.follow_up if f.id == "plan_appeal")
    assert (step.when, step.overdue) == (dt.date(2026, 12, 4), True)
    assert "Friday 12/04/2026, has passed: send it now" in step.action
    text = BUILDER.markdown(PLAN_DENIED, today)
    assert "OVERDUE (was due 12/04/2026)" in text


def test_a_plan_appeal_due_on_a_saturday_is_sent_today_on_the_friday_before() -> None:
    today = dt.date(2026, 12, 4)
    step = next(f for f in BUILDER.build(PLAN_DENIED, today).follow_up if f.id == "plan_appeal")
    assert (step.when, step.overdue) == (today, False)
    assert "today, Friday 12/04/2026, is the last business day before it" in step.action
    assert "DUE TODAY (12/04/2026)" in BUILDER.markdown(PLAN_DENIED, today)


def test_a_plan_appeal_the_day_after_is_passed_and_overdue() -> None:
    found = BUILDER.build(PLAN_DENIED, dt.date(2026, 12, 6))
    (window,) = found.deadlines
    assert window.passed and "ask the plan whether it accepts a late request" in window.why
    step = next(f for f in found.follow_up if f.id == "plan_appeal")
    assert step.overdue and "65th day" not in step.action
    text = BUILDER.markdown(PLAN_DENIED, dt.date(2026, 12, 6))
    assert "12/05/2026, PASSED" in text and "OVERDUE (was due 12/05/2026)" in text
    assert "DUE TODAY" not in text


def test_a_plan_appeal_still_ahead_is_dated_without_due_today() -> None:
    text = BUILDER.markdown(PLAN_DENIED, dt.date(2026, 11, 20))
    assert "Plan reconsideration request (Medicare Advantage): 12/05/2026 (" in text
    # the 65th day is a Saturday: the step is dated on the Friday before
    assert "by 12/04/2026: Find out today" in text and "DUE TODAY" not in text


def test_a_plan_that_upheld_its_denial_lists_no_reconsideration_window() -> None:
    upheld = PLAN_DENIED.model_copy(deep=True)
    upheld.item.description += "; the plan upheld the denial on reconsideration"
    assert BUILDER.build(upheld, dt.date(2026, 12, 5)).deadlines == []


def test_a_medicare_redetermination_due_on_a_saturday_today_offers_the_legal_last_day() -> None:
    """A Medicare denial's safe date of 120 days is Saturday, today: the Friday before has gone
    by, and the legal last day (mail days, next workday) is the fallback the why names."""
    denied = claim(
        "Bariatric shower commode chair, Acme SC-500",
        claim={"status": "denied", "submitted_on": "2026-01-20",
               "determination_date": "2026-08-07", "denial_codes": ["CO-50"]},
    )  # fmt: skip
    today = dt.date(2026, 12, 5)  # 120 days after 08/07/2026
    found = BUILDER.build(denied, today)
    window = next(d for d in found.deadlines if d.id == "redetermination")
    assert window.date == today and not window.passed
    assert "The law allows until 12/10/2026" in window.why
    assert "Friday 12/04/2026, has passed: send it now" in window.why
    assert "The safe date is today" not in window.why  # a Saturday is no day to send it
    earlier = BUILDER.build(denied, dt.date(2026, 12, 3))
    window = next(d for d in earlier.deadlines if d.id == "redetermination")
    assert "transmit by 5 p.m. ET on Friday 12/04/2026, the last business day" in window.why


ROHO = claim(
    "Roho high profile wheelchair seat cushion 18x18",
    item={"unit_price": "450.00", "acquisition": "new_purchase"},
    date_of_service="2026-11-20",
    claim={"status": "not_submitted"},
)


@pytest.mark.parametrize("payer", ["medicare", "commercial"])
def test_a_wheelchair_part_that_may_have_a_code_leads_with_it(payer: str) -> None:
    """F11.3, F16.12: K0108 is only for a part with no specific code."""
    paid_by = ROHO.model_copy(update={"payer": ROHO.payer.model_copy(update={"type": payer})})
    found = BUILDER.build(paid_by, dt.date(2026, 12, 5))
    assert found.code == "K0108"  # the fallback: the search is not sure enough to bill E2622
    first = found.warnings[0]
    assert first.startswith("Check the specific code first: this item may be E2622")
    assert "Only if none fits" in first and "K0108 instead of E1399 as that fallback" in first
    assert not any("This item may have a specific code" in w for w in found.warnings)


def test_the_code_line_says_k0108_is_the_fallback() -> None:
    text = BUILDER.markdown(ROHO, dt.date(2026, 12, 5))
    code_line = text.index("**Code**: K0108")
    assert text.index("K0108 only if no specific code fits: check E2622 first") > code_line


def test_a_wheelchair_part_with_no_likely_code_is_billed_k0108_plainly() -> None:
    plain = claim("wheelchair anti-tip bar bracket hardware, custom bent")
    found = BUILDER.build(plain, dt.date(2026, 12, 5))
    assert found.code == "K0108"
    assert found.warnings[0].startswith("This reads as a wheelchair component or accessory")
    assert "only if no specific code fits" not in BUILDER.markdown(plain, dt.date(2026, 12, 5))


# Timely filing ends Sunday 12/06/2026: Friday 12/04/2026 is the last business day before it.
SUNDAY_LIMIT = claim(
    "Home air purifier HEPA",
    item={"manufacturer": "Acme Med", "model": "BX-500", "unit_price": "1250.00",
          "acquisition": "new_purchase"},
    date_of_service="2025-12-06",
)  # fmt: skip
GONE_BY = "the last business day before it, Friday 12/04/2026, has passed"


@pytest.mark.parametrize(
    ("today", "warned", "overdue"),
    [
        (dt.date(2026, 12, 3), "Transmit by 5 p.m. ET on Friday 12/04/2026", False),
        (dt.date(2026, 12, 4), "today, Friday 12/04/2026, is the last business day before it, "
                               "so transmit today, by 5 p.m. ET", False),
        (dt.date(2026, 12, 5), GONE_BY, True),
        (dt.date(2026, 12, 6), GONE_BY, True),
    ],
)  # fmt: skip
def test_a_timely_filing_limit_on_a_sunday_names_the_friday_before_and_dates_the_claim_on_it(
    today: dt.date, warned: str, overdue: bool
) -> None:
    """F17.19: count strictly, transmit by 5 p.m. ET on the last business day before the limit;
    once that day has gone by, say so and give the next-workday rule only as a fallback."""
    found = BUILDER.build(SUNDAY_LIMIT, today)
    (limit,) = [d for d in found.deadlines if d.id == "timely_filing"]
    assert (limit.date, limit.passed) == (dt.date(2026, 12, 6), False)
    assert any(warned in w for w in found.warnings), found.warnings
    submit = next(f for f in found.follow_up if f.id == "submit")
    assert (submit.when, submit.overdue) == (dt.date(2026, 12, 4), overdue)
    fallback = [w for w in found.warnings if "next workday (Monday 12/07/2026)" in w]
    assert bool(fallback) == overdue  # with its doubt: not confirmed for the DME MACs
    assert all("not confirmed" in w for w in fallback)
    assert not any("ends today" in w for w in found.warnings)  # a Sunday is no day to send
